import {
  boolean,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { FitnessBand, MyopiaStatus, WeightStatus } from "@edubureau/domain/health";

export type Correction = "none" | "glasses" | "ortho_k";

/** One vision screening (WS/T 663-2020), with the classification stored beside the raw values. */
export const visionScreenings = pgTable("vision_screenings", {
  id: uuid("id").primaryKey().defaultRandom(),
  studentId: uuid("student_id").notNull(),
  institutionId: uuid("institution_id").notNull(),
  districtId: uuid("district_id").notNull(),
  unitPath: text("unit_path").notNull(),
  schoolYear: text("school_year").notNull(),
  grade: integer("grade").notNull(),
  sex: text("sex").$type<"male" | "female">().notNull(),
  screenedOn: date("screened_on", { mode: "string" }).notNull(),
  acuityRight: doublePrecision("acuity_right"),
  acuityLeft: doublePrecision("acuity_left"),
  sphereRight: doublePrecision("sphere_right"),
  cylinderRight: doublePrecision("cylinder_right"),
  sphereLeft: doublePrecision("sphere_left"),
  cylinderLeft: doublePrecision("cylinder_left"),
  seRight: doublePrecision("se_right"),
  seLeft: doublePrecision("se_left"),
  correction: text("correction").$type<Correction>().notNull(),
  poorVision: boolean("poor_vision"),
  worseClass: text("worse_class"),
  myopia: text("myopia").$type<MyopiaStatus>().notNull(),
  counted: boolean("counted").notNull(),
  importId: uuid("import_id"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One 国家学生体质健康标准 test per student and school year, scored at write time. */
export const fitnessResults = pgTable("fitness_results", {
  id: uuid("id").primaryKey().defaultRandom(),
  studentId: uuid("student_id").notNull(),
  institutionId: uuid("institution_id").notNull(),
  districtId: uuid("district_id").notNull(),
  unitPath: text("unit_path").notNull(),
  schoolYear: text("school_year").notNull(),
  grade: integer("grade").notNull(),
  sex: text("sex").$type<"male" | "female">().notNull(),
  testedOn: date("tested_on", { mode: "string" }).notNull(),
  heightCm: doublePrecision("height_cm"),
  weightKg: doublePrecision("weight_kg"),
  bmi: doublePrecision("bmi"),
  items: jsonb("items").$type<Record<string, number>>().notNull(),
  weighted: doublePrecision("weighted").notNull(),
  bonus: doublePrecision("bonus").notNull(),
  total: doublePrecision("total").notNull(),
  band: text("band").$type<FitnessBand>().notNull(),
  complete: boolean("complete").notNull(),
  weightStatus: text("weight_status").$type<WeightStatus>(),
  importId: uuid("import_id"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
