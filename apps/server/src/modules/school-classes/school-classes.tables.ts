import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const schoolClasses = pgTable("school_classes", {
  id: uuid("id").primaryKey().defaultRandom(),
  institutionId: uuid("institution_id").notNull(),
  schoolYear: text("school_year").notNull(),
  grade: integer("grade").notNull(),
  name: text("name").notNull(),
  students: integer("students").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type SchoolClassRow = typeof schoolClasses.$inferSelect;
