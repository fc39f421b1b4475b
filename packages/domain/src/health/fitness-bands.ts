import { labelledCodes } from "../labelled-codes.ts";

/**
 * 评定等级 of 国家学生体质健康标准（2014年修订）: 优秀 ≥ 90.0, 良好 80.0–89.9, 及格 60.0–79.9,
 * 不及格 ≤ 59.9. The same cut-offs name the level of a single item (单项等级: 100–90 优秀, 85–80 良好,
 * 78–60 及格, 50–10 不及格) and of a year's or a graduation total.
 */
export const { codes: FITNESS_BANDS, labels: FITNESS_BAND_LABELS } = labelledCodes({
  excellent: "优秀",
  good: "良好",
  pass: "及格",
  fail: "不及格",
});
export type FitnessBand = (typeof FITNESS_BANDS)[number];

/**
 * A score rounded half up to one decimal. The standard prints totals and band edges to one decimal
 * (89.9 / 90.0) without a rounding rule; a weighted total such as 89.95 would otherwise fall between
 * two bands, so it is rounded (四舍五入) before it is banded.
 */
export function roundToTenth(score: number): number {
  return Math.floor(score * 10 + 0.5 + 1e-9) / 10;
}

/** Band index (order of FITNESS_BANDS) of a score given in tenths of a point. */
export function bandIndexOfTenths(tenths: number): number {
  if (tenths >= 900) return 0;
  if (tenths >= 800) return 1;
  if (tenths >= 600) return 2;
  return 3;
}

/** Band of a score (item score, year total or graduation score), after rounding to one decimal. */
export function fitnessBand(score: number): FitnessBand {
  return FITNESS_BANDS[bandIndexOfTenths(Math.round(roundToTenth(score) * 10))]!;
}

export interface GraduationInput {
  /** 毕业当年学年总分. */
  readonly finalYear: number;
  /** 其他学年总分 (the years before the final one). */
  readonly otherYears: readonly number[];
}

/**
 * 毕业成绩 = 毕业当年学年总分 × 50% + 其他学年总分平均得分 × 50% (国家学生体质健康标准
 * （2014年修订）). With no other year on record (a student who joined in the final year) the final year's total
 * stands alone rather than being halved.
 */
export function graduationScore(input: GraduationInput): { score: number; band: FitnessBand } {
  const { finalYear, otherYears } = input;
  if (otherYears.length === 0) {
    const score = roundToTenth(finalYear);
    return { score, band: fitnessBand(score) };
  }
  const othersMean = otherYears.reduce((sum, total) => sum + total, 0) / otherYears.length;
  const score = roundToTenth(finalYear * 0.5 + othersMean * 0.5);
  return { score, band: fitnessBand(score) };
}
