import { date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Minimal 学籍 (migration 0010): who the student is and where they study now. */
export const students = pgTable("students", {
  id: uuid("id").primaryKey().defaultRandom(),
  studentNo: text("student_no").notNull().unique(),
  name: text("name").notNull(),
  sex: text("sex").$type<"male" | "female">().notNull(),
  birthDate: date("birth_date", { mode: "string" }).notNull(),
  idNumber: text("id_number"),
  institutionId: uuid("institution_id").notNull(),
  districtId: uuid("district_id").notNull(),
  /** The school's org-unit path, so scope is a prefix match. */
  unitPath: text("unit_path").notNull(),
  grade: integer("grade").notNull(),
  /** The school year `grade` and `className` refer to ("2019-2020"). */
  gradeYear: text("grade_year").notNull(),
  className: text("class_name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export type StudentRow = typeof students.$inferSelect;
