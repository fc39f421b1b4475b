import {
  boolean,
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

export const honourRounds = pgTable("honour_rounds", {
  id: uuid("id").primaryKey().defaultRandom(),
  kind: text("kind").notNull(),
  year: integer("year").notNull(),
  seriesNo: integer("series_no"),
  windowFrom: date("window_from").notNull(),
  windowTo: date("window_to").notNull(),
  stage: text("stage").notNull().default("nomination"),
  history: jsonb("history").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const honourNominations = pgTable(
  "honour_nominations",
  {
    roundId: uuid("round_id").notNull(),
    teacherId: uuid("teacher_id").notNull(),
    selected: boolean("selected").notNull().default(false),
    awardedOn: date("awarded_on"),
  },
  (table) => [primaryKey({ columns: [table.roundId, table.teacherId] })],
);

export const teacherStudios = pgTable("teacher_studios", {
  id: uuid("id").primaryKey().defaultRandom(),
  type: text("type").notNull(),
  name: text("name").notNull(),
  establishment: text("establishment").notNull(),
  year: integer("year").notNull(),
  leaderId: uuid("leader_id").notNull(),
  institutionId: uuid("institution_id").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const teacherStudioMembers = pgTable(
  "teacher_studio_members",
  { studioId: uuid("studio_id").notNull(), teacherId: uuid("teacher_id").notNull() },
  (table) => [primaryKey({ columns: [table.studioId, table.teacherId] })],
);

export const teacherStudioAssessments = pgTable(
  "teacher_studio_assessments",
  {
    studioId: uuid("studio_id").notNull(),
    year: integer("year").notNull(),
    grade: text("grade").notNull(),
    note: text("note"),
  },
  (table) => [primaryKey({ columns: [table.studioId, table.year] })],
);

export const normalStudentIntakes = pgTable(
  "normal_student_intakes",
  {
    districtId: uuid("district_id").notNull(),
    year: integer("year").notNull(),
    programme: text("programme").notNull(),
    students: integer("students").notNull(),
  },
  (table) => [primaryKey({ columns: [table.districtId, table.year, table.programme] })],
);
