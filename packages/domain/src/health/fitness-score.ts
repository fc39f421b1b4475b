import { bandIndexOfTenths, FITNESS_BANDS, fitnessBand } from "./fitness-bands.ts";
import type { FitnessBand } from "./fitness-bands.ts";
import { BMI_CATEGORIES, BMI_SCORE_BY_INDEX, bmiCategoryIndex, bmiTenths } from "./fitness-bmi.ts";
import type { BmiCategory } from "./fitness-bmi.ts";
import { bonusFromUnits, TOTAL_BONUS_MAX } from "./fitness-bonus.ts";
import { FITNESS_ITEM_LABELS, FITNESS_ITEMS, isGrade, isSex, sexIndex } from "./fitness-items.ts";
import type { FitnessItem, Grade, Sex } from "./fitness-items.ts";
import { FITNESS_LIMITS, isPlausible } from "./fitness-limits.ts";
import type { FitnessField } from "./fitness-limits.ts";
import { HIGHER_IS_BETTER, itemIndex, scoreUnits, tableIndex, toUnits } from "./fitness-tables.ts";
import { fitnessItemSet } from "./fitness-weights.ts";

export interface FitnessInput {
  readonly grade: Grade;
  readonly sex: Sex;
  /** Raw results in the units of FITNESS_ITEM_UNITS (seconds, cm, ml, counts); absent or null = not tested. */
  readonly items: Readonly<Partial<Record<FitnessItem, number | null>>>;
  readonly heightCm?: number | null;
  readonly weightKg?: number | null;
}

export type FitnessProblem =
  | { readonly code: "not_tested_in_grade"; readonly field: FitnessItem; readonly message: string }
  | { readonly code: "missing"; readonly field: FitnessField; readonly message: string }
  | {
      readonly code: "out_of_range";
      readonly field: FitnessField;
      readonly value: number;
      readonly min: number;
      readonly max: number;
      readonly message: string;
    };

export interface ItemScore {
  readonly item: FitnessItem | "bmi";
  /** Weight in percent of the standard score (单项指标与权重). */
  readonly weight: number;
  /** The raw result (kept when implausible), or the one-decimal BMI; null when missing. */
  readonly value: number | null;
  /** Single-item score 0–100; null when the result is missing or implausible. */
  readonly score: number | null;
  /** 单项等级; null with the score, and for BMI, whose category is in FitnessResult.bmi. */
  readonly level: FitnessBand | null;
  readonly bonus: number;
}

export interface FitnessResult {
  readonly grade: Grade;
  readonly sex: Sex;
  readonly items: readonly ItemScore[];
  readonly bmi: { readonly value: number; readonly category: BmiCategory; readonly score: number } | null;
  /** 标准分: Σ item score × weight, 0–100, exact (two decimals at most). */
  readonly weighted: number;
  /** 附加分, 0–20. */
  readonly bonus: number;
  /** 学年总分 = 标准分 + 附加分, rounded half up to one decimal. */
  readonly total: number;
  readonly band: FitnessBand;
  /** False when an item of the grade is missing or implausible: the total then counts it as 0. */
  readonly complete: boolean;
  readonly problems: readonly FitnessProblem[];
}

function label(field: FitnessField): string {
  if (field === "heightCm") return "身高";
  if (field === "weightKg") return "体重";
  return FITNESS_ITEM_LABELS[field];
}

function checkValue(
  field: FitnessField,
  value: number | null | undefined,
  problems: FitnessProblem[],
): number | null {
  if (value === undefined || value === null || Number.isNaN(value)) {
    problems.push({ code: "missing", field, message: `缺少${label(field)}成绩` });
    return null;
  }
  if (!isPlausible(field, value)) {
    const { min, max } = FITNESS_LIMITS[field];
    problems.push({
      code: "out_of_range",
      field,
      value,
      min,
      max,
      message: `${label(field)} ${String(value)} 超出合理范围 ${String(min)}–${String(max)}`,
    });
    return null;
  }
  return value;
}

function bmiScore(input: FitnessInput, problems: FitnessProblem[]): FitnessResult["bmi"] {
  const height = checkValue("heightCm", input.heightCm, problems);
  const weight = checkValue("weightKg", input.weightKg, problems);
  if (height === null || weight === null) return null;
  const tenths = bmiTenths(height, weight);
  const categoryIdx = bmiCategoryIndex(input.grade, sexIndex(input.sex), tenths);
  return {
    value: tenths / 10,
    category: BMI_CATEGORIES[categoryIdx]!,
    score: BMI_SCORE_BY_INDEX[categoryIdx]!,
  };
}

/**
 * 学年总分 of one student per 国家学生体质健康标准（2014年修订）: every item of the grade scored from its
 * table, weighted per 单项指标与权重, plus 附加分 (capped at 20). Problems are listed, not thrown: a missing or
 * implausible item scores 0 and marks the result incomplete; a result for an item the grade does not
 * test is ignored.
 */
export function scoreFitness(input: FitnessInput): FitnessResult {
  const { grade, sex } = input;
  if (!isGrade(grade) || !isSex(sex)) throw new RangeError("年级须为 1–12，性别须为 male 或 female");
  const problems: FitnessProblem[] = [];
  const items: ItemScore[] = [];
  let bmi: FitnessResult["bmi"] = null;
  let hundredths = 0;
  let bonus = 0;
  for (const { item, weight } of fitnessItemSet(grade, sex)) {
    if (item === "bmi") {
      bmi = bmiScore(input, problems);
      const score = bmi?.score ?? null;
      hundredths += (score ?? 0) * weight;
      // BMI is graded by category (正常/低体重/超重/肥胖, in `bmi`), not by 优秀…不及格.
      items.push({ item, weight, value: bmi?.value ?? null, score, level: null, bonus: 0 });
      continue;
    }
    const raw = input.items[item];
    const value = checkValue(item, raw, problems);
    if (value === null) {
      // An implausible result is kept for display; a missing one (absent, null or NaN) reads null.
      const shown = raw === undefined || raw === null || Number.isNaN(raw) ? null : raw;
      items.push({ item, weight, value: shown, score: null, level: null, bonus: 0 });
      continue;
    }
    const idx = itemIndex(item);
    const table = tableIndex(idx, grade, sexIndex(sex));
    const units = toUnits(idx, value);
    const score = scoreUnits(table, HIGHER_IS_BETTER[idx] === 1, units);
    const itemBonus = bonusFromUnits(idx, table, units);
    hundredths += score * weight;
    bonus += itemBonus;
    items.push({ item, weight, value, score, level: fitnessBand(score), bonus: itemBonus });
  }
  for (const item of FITNESS_ITEMS) {
    const raw = input.items[item];
    if (raw === undefined || raw === null || items.some((entry) => entry.item === item)) continue;
    problems.push({
      code: "not_tested_in_grade",
      field: item,
      message: `本年级不测${label(item)}，成绩未计入`,
    });
  }
  bonus = Math.min(bonus, TOTAL_BONUS_MAX);
  // Weights are whole percents, so the weighted sum is exact in hundredths; totals end in 0 or 5 there.
  const totalTenths = Math.floor((hundredths + bonus * 100 + 5) / 10);
  return {
    grade,
    sex,
    items,
    bmi,
    weighted: hundredths / 100,
    bonus,
    total: totalTenths / 10,
    band: FITNESS_BANDS[bandIndexOfTenths(totalTenths)]!,
    complete: !problems.some((problem) => problem.code !== "not_tested_in_grade"),
    problems,
  };
}
