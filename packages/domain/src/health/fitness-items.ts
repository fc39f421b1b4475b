import { labelledCodes } from "../labelled-codes.ts";

/**
 * Test items of 国家学生体质健康标准（2014年修订）(教体艺〔2014〕5号), 小学一年级 to 高三. The ids are
 * the keys of data/fitness-2014.json; BMI is scored from height and weight and is not in this list.
 */
export const { codes: FITNESS_ITEMS, labels: FITNESS_ITEM_LABELS } = labelledCodes({
  vital_capacity: "肺活量",
  run_50m: "50米跑",
  sit_and_reach: "坐位体前屈",
  rope_skip_1min: "1分钟跳绳",
  sit_up_1min: "1分钟仰卧起坐",
  shuttle_50x8: "50米×8往返跑",
  standing_long_jump: "立定跳远",
  pull_up: "引体向上",
  run_1000m: "1000米跑",
  run_800m: "800米跑",
});
export type FitnessItem = (typeof FITNESS_ITEMS)[number];

/** Units of the raw results the scorer takes: times in seconds (800 m as 3:30 → 210), lengths in cm. */
export const FITNESS_ITEM_UNITS: Record<FitnessItem, "ml" | "s" | "cm" | "count"> = {
  vital_capacity: "ml",
  run_50m: "s",
  sit_and_reach: "cm",
  rope_skip_1min: "count",
  sit_up_1min: "count",
  shuttle_50x8: "s",
  standing_long_jump: "cm",
  pull_up: "count",
  run_1000m: "s",
  run_800m: "s",
};

export const { codes: SEXES, labels: SEX_LABELS } = labelledCodes({ male: "男", female: "女" });
export type Sex = (typeof SEXES)[number];

/** 1 = 小学一年级 … 6 = 六年级, 7–9 = 初一–初三, 10–12 = 高一–高三. */
export type Grade = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

export const GRADES: readonly Grade[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export const GRADE_LABELS: Record<Grade, string> = {
  1: "一年级",
  2: "二年级",
  3: "三年级",
  4: "四年级",
  5: "五年级",
  6: "六年级",
  7: "初一",
  8: "初二",
  9: "初三",
  10: "高一",
  11: "高二",
  12: "高三",
};

export function isGrade(value: number): value is Grade {
  return Number.isInteger(value) && value >= 1 && value <= 12;
}

export function isSex(value: string): value is Sex {
  return value === "male" || value === "female";
}

/** Index of a sex in the typed tables: 0 = male, 1 = female. */
export function sexIndex(sex: Sex): 0 | 1 {
  return sex === "male" ? 0 : 1;
}

/** Weight groups of the standard's 单项指标与权重 table: each group shares one item set and weights. */
export type GradeGroup = "1-2" | "3-4" | "5-6" | "7-12";

export function gradeGroup(grade: Grade): GradeGroup {
  if (grade <= 2) return "1-2";
  if (grade <= 4) return "3-4";
  if (grade <= 6) return "5-6";
  return "7-12";
}
