import {
  boolean,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

export const trainingProgrammes = pgTable("training_programmes", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  level: text("level").notNull(),
  kind: text("kind").notNull(),
  hours: doublePrecision("hours").notNull(),
  startsOn: date("starts_on").notNull(),
  endsOn: date("ends_on").notNull(),
  capacity: integer("capacity").notNull(),
  eligibility: jsonb("eligibility").notNull(),
  organiserId: uuid("organiser_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const trainingQuotas = pgTable(
  "training_quotas",
  {
    programmeId: uuid("programme_id").notNull(),
    districtId: uuid("district_id").notNull(),
    quota: integer("quota").notNull(),
  },
  (table) => [primaryKey({ columns: [table.programmeId, table.districtId] })],
);

export const trainingEnrolments = pgTable("training_enrolments", {
  id: uuid("id").primaryKey().defaultRandom(),
  programmeId: uuid("programme_id").notNull(),
  teacherId: uuid("teacher_id").notNull(),
  districtId: uuid("district_id").notNull(),
  status: text("status").notNull().default("enrolled"),
  attendedHours: doublePrecision("attended_hours"),
  assessmentPassed: boolean("assessment_passed"),
  completedOn: date("completed_on"),
  note: text("note"),
  enrolledAt: timestamp("enrolled_at", { withTimezone: true }).notNull().defaultNow(),
});

export const trainingCredits = pgTable("training_credits", {
  id: uuid("id").primaryKey().defaultRandom(),
  teacherId: uuid("teacher_id").notNull(),
  programmeId: uuid("programme_id"),
  level: text("level").notNull(),
  kind: text("kind").notNull(),
  title: text("title").notNull(),
  hours: doublePrecision("hours").notNull(),
  creditedOn: date("credited_on").notNull(),
  status: text("status").notNull().default("approved"),
  evidence: text("evidence"),
  reviewNote: text("review_note"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
