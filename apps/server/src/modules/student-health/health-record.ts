import { sql } from "drizzle-orm";
import {
  ACUITY_CLASS_LABELS,
  FITNESS_BAND_LABELS,
  FITNESS_ITEM_LABELS,
  MYOPIA_STATUS_LABELS,
  WEIGHT_STATUS_LABELS,
  graduationScore,
  isGrade,
  scoreFitness,
} from "@edubureau/domain/health";
import type { AcuityClass, FitnessBand, MyopiaStatus, WeightStatus } from "@edubureau/domain/health";
import { queryRows, type Db } from "../../db/database.ts";
import { gradeLabel } from "../students/students-workbook.ts";
import { CORRECTION_LABELS } from "./screening-check.ts";
import type { Correction } from "./student-health.tables.ts";

export interface ScreeningEntry {
  screenedOn: string;
  schoolYear: string;
  gradeLabel: string;
  acuityRight: number | null;
  acuityLeft: number | null;
  seRight: number | null;
  seLeft: number | null;
  correction: string;
  worseClass: string | null;
  myopia: string;
  myopic: boolean;
}

export interface FitnessEntry {
  schoolYear: string;
  testedOn: string;
  gradeLabel: string;
  heightCm: number | null;
  weightKg: number | null;
  bmi: number | null;
  weightStatus: string | null;
  items: { label: string; value: number | null; score: number | null }[];
  weighted: number;
  bonus: number;
  total: number;
  band: string;
}

/** 电子健康档案: every screening and fitness year of one student, oldest first. */
export interface HealthRecord {
  student: {
    name: string;
    sex: "male" | "female";
    gradeLabel: string;
    className: string;
    institutionName: string;
  };
  screenings: ScreeningEntry[];
  fitness: FitnessEntry[];
  /** 毕业成绩 (50% final year + 50% mean of the others), once the student is in a final grade (6, 9, 12). */
  graduation: { score: number; band: string } | null;
}

interface ScreeningRow {
  screened_on: string;
  school_year: string;
  grade: number;
  acuity_right: number | null;
  acuity_left: number | null;
  se_right: number | null;
  se_left: number | null;
  correction: Correction;
  worse_class: AcuityClass | null;
  myopia: MyopiaStatus;
}

interface FitnessRow {
  school_year: string;
  tested_on: string;
  grade: number;
  sex: "male" | "female";
  height_cm: number | null;
  weight_kg: number | null;
  bmi: number | null;
  weight_status: WeightStatus | null;
  items: Record<string, number>;
  weighted: number;
  bonus: number;
  total: number;
  band: FitnessBand;
}

const FINAL_GRADES = new Set([6, 9, 12]);

export async function healthRecord(
  db: Db,
  student: HealthRecord["student"] & { id: string; grade: number },
): Promise<HealthRecord> {
  const [screenings, fitness] = await Promise.all([
    queryRows<ScreeningRow>(
      db,
      sql`select screened_on::text as screened_on, school_year, grade, acuity_right, acuity_left, se_right, se_left,
            correction, worse_class, myopia
          from vision_screenings where student_id = ${student.id} order by screened_on`,
    ),
    queryRows<FitnessRow>(
      db,
      sql`select school_year, tested_on::text as tested_on, grade, sex, height_cm, weight_kg, bmi, weight_status,
            items, weighted, bonus, total, band
          from fitness_results where student_id = ${student.id} order by school_year`,
    ),
  ]);
  const fitnessEntries = fitness.map((f): FitnessEntry => {
    const items = typeof f.items === "string" ? (JSON.parse(f.items) as Record<string, number>) : f.items;
    const scored = isGrade(f.grade)
      ? scoreFitness({ grade: f.grade, sex: f.sex, items, heightCm: f.height_cm, weightKg: f.weight_kg })
      : null;
    return {
      schoolYear: f.school_year,
      testedOn: f.tested_on,
      gradeLabel: gradeLabel(f.grade),
      heightCm: f.height_cm,
      weightKg: f.weight_kg,
      bmi: f.bmi,
      weightStatus: f.weight_status ? WEIGHT_STATUS_LABELS[f.weight_status] : null,
      items: (scored?.items ?? []).map((i) => ({
        label: i.item === "bmi" ? "体重指数(BMI)" : FITNESS_ITEM_LABELS[i.item],
        value: i.value,
        score: i.score,
      })),
      weighted: Number(f.weighted),
      bonus: Number(f.bonus),
      total: Number(f.total),
      band: FITNESS_BAND_LABELS[f.band],
    };
  });
  const last = fitness.at(-1);
  const graduation =
    last && FINAL_GRADES.has(last.grade) && FINAL_GRADES.has(student.grade)
      ? graduationScore({
          finalYear: Number(last.total),
          otherYears: fitness.slice(0, -1).map((f) => Number(f.total)),
        })
      : null;
  return {
    student: {
      name: student.name,
      sex: student.sex,
      gradeLabel: student.gradeLabel,
      className: student.className,
      institutionName: student.institutionName,
    },
    screenings: screenings.map((s) => ({
      screenedOn: s.screened_on,
      schoolYear: s.school_year,
      gradeLabel: gradeLabel(s.grade),
      acuityRight: s.acuity_right,
      acuityLeft: s.acuity_left,
      seRight: s.se_right,
      seLeft: s.se_left,
      correction: CORRECTION_LABELS[s.correction],
      worseClass: s.worse_class ? ACUITY_CLASS_LABELS[s.worse_class] : null,
      myopia: MYOPIA_STATUS_LABELS[s.myopia],
      myopic: s.myopia === "myopic",
    })),
    fitness: fitnessEntries,
    graduation: graduation ? { score: graduation.score, band: FITNESS_BAND_LABELS[graduation.band] } : null,
  };
}
