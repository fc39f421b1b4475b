import type { ClassSizeStage } from "../class-size/class-size-bands.ts";
import type { InstitutionType } from "./institution-types.ts";

/** Grades as school_classes stores them: 0 = 幼儿园, 1–6 = 小学, 7–9 = 初中, 10–12 = 高中. */
export interface GradeRange {
  min: number;
  max: number;
}

/**
 * Grades each kind of institution teaches, on the 六三制 that Hunan uses (小学六年、初中三年).
 * Kinds without classes in the national statistics (社区学习中心、校外机构、高职) get null.
 * 特殊教育学校 run 学前 to 高中 sections, so they may register any grade.
 */
export const GRADE_RANGES: Record<InstitutionType, GradeRange | null> = {
  kindergarten: { min: 0, max: 0 },
  primary: { min: 1, max: 6 },
  junior: { min: 7, max: 9 },
  nine_year: { min: 1, max: 9 },
  complete_secondary: { min: 7, max: 12 },
  senior: { min: 10, max: 12 },
  secondary_vocational: { min: 10, max: 12 },
  special: { min: 0, max: 12 },
  higher_vocational: null,
  community_learning_centre: null,
  out_of_school: null,
};

const GRADE_LABELS = [
  "幼儿园",
  "一年级",
  "二年级",
  "三年级",
  "四年级",
  "五年级",
  "六年级",
  "七年级",
  "八年级",
  "九年级",
  "高一",
  "高二",
  "高三",
] as const;

export function gradeRangeOf(type: InstitutionType): GradeRange | null {
  return GRADE_RANGES[type];
}

export function gradeLabel(grade: number): string {
  return GRADE_LABELS[grade] ?? `${grade}年级`;
}

/** The grades of a range, lowest first; empty for kinds without classes. */
export function gradesOf(type: InstitutionType): number[] {
  const range = GRADE_RANGES[type];
  if (!range) return [];
  return Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i);
}

/**
 * Which class-size standard a class is measured against: 小学 45 for grades 1–6, 中学 50 for 7–12
 * (建标〔2002〕102号 gives one 中学 size for 初中 and 高中). Kindergarten classes are sized by age group
 * and special-school classes by disability (特殊教育学校建设标准 建标156-2011), so neither has a band here.
 */
export function classSizeStageOf(type: InstitutionType, grade: number): ClassSizeStage | null {
  if (type === "kindergarten" || type === "special") return null;
  if (grade >= 1 && grade <= 6) return "primary";
  if (grade >= 7 && grade <= 12) return "junior";
  return null;
}
