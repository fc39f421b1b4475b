import { FITNESS_ITEMS } from "./fitness-items.ts";
import type { FitnessItem } from "./fitness-items.ts";

/** A raw field of a fitness record: a test item, or the height and weight BMI is computed from. */
export type FitnessField = FitnessItem | "heightCm" | "weightKg";

export interface PlausibleRange {
  readonly min: number;
  readonly max: number;
  /** Why the edge is where it is. */
  readonly why: string;
}

/**
 * Plausible ranges of raw results. These are EduBureau app limits, not numbers from the standard:
 * a result outside them is a typing or device error (a 50 m time faster than the adult world record),
 * so it is reported as a problem instead of being scored. Each range is far wider than every table.
 */
export const FITNESS_LIMITS: Readonly<Record<FitnessField, PlausibleRange>> = {
  vital_capacity: {
    min: 100,
    max: 10_000,
    why: "应用限值：高于任何年龄组的肺活量，低于 100 ml 为仪器或录入错误",
  },
  run_50m: { min: 5.5, max: 30, why: "应用限值：50米成年男子世界纪录约 5.5 秒；30 秒以上即为步行" },
  sit_and_reach: { min: -30, max: 50, why: "应用限值：远超评分表范围（−9.0 至 25.3 cm）" },
  rope_skip_1min: { min: 0, max: 400, why: "应用限值：每秒 6 次以上持续 1 分钟不可能" },
  sit_up_1min: { min: 0, max: 100, why: "应用限值：1 分钟内 100 次以上不可能" },
  shuttle_50x8: { min: 60, max: 600, why: "应用限值：400 米世界纪录约 43 秒，另有 7 次折返" },
  standing_long_jump: { min: 0, max: 400, why: "应用限值：立定跳远世界最好成绩约 3.7 米" },
  pull_up: { min: 0, max: 80, why: "应用限值：远超评分表最高档（18 次）" },
  run_1000m: { min: 130, max: 1_200, why: "应用限值：1000 米世界纪录约 2 分 12 秒；20 分钟以上即为步行" },
  run_800m: { min: 110, max: 1_200, why: "应用限值：女子 800 米世界纪录约 1 分 53 秒；20 分钟以上即为步行" },
  heightCm: { min: 80, max: 230, why: "应用限值：6–18 岁学生身高范围之外" },
  weightKg: { min: 10, max: 200, why: "应用限值：6–18 岁学生体重范围之外" },
};

/** True for a finite value inside the field's plausible range (edges included). */
export function isPlausible(field: FitnessField, value: number): boolean {
  const range = FITNESS_LIMITS[field];
  return Number.isFinite(value) && value >= range.min && value <= range.max;
}

/** Limits indexed like FITNESS_ITEMS, for the bulk scorer. */
export const ITEM_MIN = Float64Array.from(FITNESS_ITEMS, (item) => FITNESS_LIMITS[item].min);
export const ITEM_MAX = Float64Array.from(FITNESS_ITEMS, (item) => FITNESS_LIMITS[item].max);
