import { FITNESS_DATA } from "./fitness-data.ts";
import type { BmiBandsData } from "./fitness-data.ts";
import { sexIndex } from "./fitness-items.ts";
import type { Grade, Sex } from "./fitness-items.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * 体重指数 (BMI) bands of 国家学生体质健康标准（2014年修订）, 男生/女生体重指数（BMI）单项评分表.
 * Printed bands leave 0.1-wide gaps (正常 13.5–18.1, 超重 18.2–20.3), so BMI is rounded to one decimal
 * before lookup; only then does every student fall into exactly one band.
 */
export const { codes: BMI_CATEGORIES, labels: BMI_CATEGORY_LABELS } = labelledCodes({
  normal: "正常",
  underweight: "低体重",
  overweight: "超重",
  obese: "肥胖",
});
export type BmiCategory = (typeof BMI_CATEGORIES)[number];

/** 正常 100, 低体重 80, 超重 80, 肥胖 60 (体重指数（BMI）单项评分表, 单项得分). */
export const BMI_CATEGORY_SCORES: Record<BmiCategory, number> = FITNESS_DATA.bmi.scores;

/** Scores by category index (the order of BMI_CATEGORIES), for the bulk scorer. */
export const BMI_SCORE_BY_INDEX = Uint8Array.from(
  BMI_CATEGORIES,
  (category) => BMI_CATEGORY_SCORES[category],
);

/** Per (grade, sex): upper edges of 低体重, 正常 and 超重 in tenths of kg/m²; above the last is 肥胖. */
const EDGES = new Int32Array(12 * 2 * 3);

function upper(bands: BmiBandsData, key: "underweight" | "normal" | "overweight"): number {
  const edge = bands[key][1];
  if (edge === null) throw new Error(`fitness-2014.json: BMI band "${key}" has no upper edge`);
  return Math.round(edge * 10);
}

for (const sex of ["male", "female"] as const) {
  for (let grade = 1; grade <= 12; grade++) {
    const bands = FITNESS_DATA.bmi[sex][String(grade)];
    if (!bands) throw new Error(`fitness-2014.json: BMI bands for grade ${String(grade)} are missing`);
    const base = ((grade - 1) * 2 + sexIndex(sex)) * 3;
    EDGES[base] = upper(bands, "underweight");
    EDGES[base + 1] = upper(bands, "normal");
    EDGES[base + 2] = upper(bands, "overweight");
  }
}

/** A BMI in tenths of kg/m², rounded half up: 18.25 → 183. The nudge absorbs floating-point error only. */
export function toBmiTenths(bmi: number): number {
  return Math.floor(bmi * 10 + 0.5 + 1e-9);
}

/** BMI of a height and weight in tenths of kg/m², rounded half up. */
export function bmiTenths(heightCm: number, weightKg: number): number {
  const metres = heightCm / 100;
  return toBmiTenths(weightKg / (metres * metres));
}

/** BMI = kg / m², one decimal (the value the tables are read with). */
export function bmiOneDecimal(heightCm: number, weightKg: number): number {
  return bmiTenths(heightCm, weightKg) / 10;
}

/** Category index (order of BMI_CATEGORIES) of a BMI in tenths; sex is 0 for boys, 1 for girls. */
export function bmiCategoryIndex(grade: number, sex: number, tenths: number): number {
  const base = ((grade - 1) * 2 + sex) * 3;
  if (tenths <= EDGES[base]!) return 1;
  if (tenths <= EDGES[base + 1]!) return 0;
  if (tenths <= EDGES[base + 2]!) return 2;
  return 3;
}

/** Category and score of a BMI (rounded to one decimal first) for a grade and sex. */
export function classifyFitnessBmi(
  grade: Grade,
  sex: Sex,
  bmi: number,
): { category: BmiCategory; score: number } {
  const category = BMI_CATEGORIES[bmiCategoryIndex(grade, sexIndex(sex), toBmiTenths(bmi))]!;
  return { category, score: BMI_CATEGORY_SCORES[category] };
}
