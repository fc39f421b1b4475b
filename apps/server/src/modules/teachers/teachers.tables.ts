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

export const teachers = pgTable("teachers", {
  id: uuid("id").primaryKey().defaultRandom(),
  teacherNumber: text("teacher_number").notNull().unique(),
  name: text("name").notNull(),
  sex: text("sex").notNull(),
  birthDate: date("birth_date").notNull(),
  idNumber: text("id_number").notNull().unique(),
  institutionId: uuid("institution_id").notNull(),
  districtId: uuid("district_id").notNull(),
  post: text("post").notNull(),
  subject: text("subject").notNull(),
  stage: text("stage").notNull(),
  title: text("title").notNull(),
  employment: text("employment").notNull(),
  qualificationType: text("qualification_type"),
  qualificationSubject: text("qualification_subject"),
  qualificationNumber: text("qualification_number"),
  firstRegisteredOn: date("first_registered_on"),
  registeredOn: date("registered_on"),
  fitToTeach: boolean("fit_to_teach").notNull().default(true),
  userId: uuid("user_id").unique(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const teacherPostings = pgTable("teacher_postings", {
  id: uuid("id").primaryKey().defaultRandom(),
  teacherId: uuid("teacher_id").notNull(),
  schoolName: text("school_name").notNull(),
  fromDate: date("from_date").notNull(),
  toDate: date("to_date"),
  rural: boolean("rural").notNull().default(false),
});

export const teacherAnnualReviews = pgTable(
  "teacher_annual_reviews",
  {
    teacherId: uuid("teacher_id").notNull(),
    year: integer("year").notNull(),
    grade: text("grade").notNull(),
    approvedLeave: text("approved_leave"),
  },
  (table) => [primaryKey({ columns: [table.teacherId, table.year] })],
);

export const teacherCorrections = pgTable("teacher_corrections", {
  id: uuid("id").primaryKey().defaultRandom(),
  teacherId: uuid("teacher_id").notNull(),
  field: text("field").notNull(),
  currentValue: text("current_value"),
  requestedValue: text("requested_value").notNull(),
  reason: text("reason").notNull(),
  status: text("status").notNull().default("pending"),
  reviewNote: text("review_note"),
  reviewedBy: uuid("reviewed_by"),
  reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const teacherExchanges = pgTable("teacher_exchanges", {
  id: uuid("id").primaryKey().defaultRandom(),
  teacherId: uuid("teacher_id").notNull(),
  kind: text("kind").notNull(),
  fromInstitutionId: uuid("from_institution_id").notNull(),
  toInstitutionId: uuid("to_institution_id").notNull(),
  fromDate: date("from_date").notNull(),
  toDate: date("to_date"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** 农村(薄弱)学校任教经历认定: an application with the computed result at that moment, then the 区县's decision. */
export const ruralExperienceRecognitions = pgTable("rural_experience_recognitions", {
  id: uuid("id").primaryKey().defaultRandom(),
  teacherId: uuid("teacher_id").notNull(),
  status: text("status").notNull().default("pending"),
  asOf: date("as_of").notNull(),
  totalMonths: integer("total_months").notNull(),
  totalDays: integer("total_days").notNull(),
  periods: jsonb("periods").notNull(),
  basis: text("basis").notNull(),
  message: text("message").notNull(),
  appliedBy: uuid("applied_by").notNull(),
  appliedAt: timestamp("applied_at", { withTimezone: true }).notNull().defaultNow(),
  reviewedBy: uuid("reviewed_by"),
  reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
  reviewNote: text("review_note"),
  certificateYear: integer("certificate_year"),
  certificateNo: text("certificate_no").unique(),
});

/** 中止教育教学工作: stretches away from teaching, with the kind of approved leave if any. */
export const teacherAbsences = pgTable("teacher_absences", {
  id: uuid("id").primaryKey().defaultRandom(),
  teacherId: uuid("teacher_id").notNull(),
  fromDate: date("from_date").notNull(),
  toDate: date("to_date").notNull(),
  approvedLeave: text("approved_leave"),
  note: text("note"),
  recordedBy: uuid("recorded_by"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
