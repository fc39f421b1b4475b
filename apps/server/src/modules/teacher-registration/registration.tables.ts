import { date, doublePrecision, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** 师德 findings: confidential, read and written only with ethics.read / ethics.write. */
export const teacherEthicsRecords = pgTable("teacher_ethics_records", {
  id: uuid("id").primaryKey().defaultRandom(),
  teacherId: uuid("teacher_id").notNull(),
  foundOn: date("found_on").notNull(),
  severity: text("severity").notNull(),
  description: text("description").notNull(),
  recordedBy: uuid("recorded_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const teacherRegistrations = pgTable("teacher_registrations", {
  id: uuid("id").primaryKey().defaultRandom(),
  teacherId: uuid("teacher_id").notNull(),
  year: integer("year").notNull(),
  outcome: text("outcome").notNull(),
  reasons: jsonb("reasons").notNull(),
  hours: doublePrecision("hours").notNull(),
  confirmedBy: uuid("confirmed_by"),
  confirmedOn: date("confirmed_on").notNull(),
});
