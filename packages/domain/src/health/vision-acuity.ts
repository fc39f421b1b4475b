import { labelledCodes } from "../labelled-codes.ts";

/**
 * Uncorrected distance acuity on the 5-point (五分记录) logarithmic chart of GB/T 11533 标准对数视力表,
 * graded as in WS/T 663-2020 中小学生屈光不正筛查规范: 视力不良 is acuity below 5.0 for a child of 6 or
 * over; 4.9 轻度, 4.6–4.8 中度, ≤ 4.5 重度.
 */
export const { codes: ACUITY_CLASSES, labels: ACUITY_CLASS_LABELS } = labelledCodes({
  normal: "视力正常",
  mild: "轻度视力不良",
  moderate: "中度视力不良",
  severe: "重度视力不良",
});
export type AcuityClass = (typeof ACUITY_CLASSES)[number];

/** GB/T 11533 chart: rows from 4.0 to 5.3 at 5 m, down to 3.0 when the child walks closer. */
export const ACUITY_MIN = 3.0;
export const ACUITY_MAX = 5.3;
/** 5.0 = 1.0 decimal acuity, the lower edge of normal (WS/T 663-2020 视力不良). */
export const NORMAL_ACUITY = 5.0;

function tenths(acuity: number): number {
  return Math.round(acuity * 10);
}

/** True for a value on the chart: 3.0–5.3 in steps of 0.1. */
export function isValidAcuity(acuity: number): boolean {
  if (!Number.isFinite(acuity)) return false;
  const t = tenths(acuity);
  return Math.abs(acuity * 10 - t) < 1e-6 && t >= ACUITY_MIN * 10 && t <= ACUITY_MAX * 10;
}

/** Class of a valid acuity; throws RangeError for a value not on the chart. */
export function classifyAcuity(acuity: number): AcuityClass {
  if (!isValidAcuity(acuity)) throw new RangeError(`视力 ${String(acuity)} 不是 3.0–5.3 之间的五分记录值`);
  const t = tenths(acuity);
  if (t >= 50) return "normal";
  if (t === 49) return "mild";
  if (t >= 46) return "moderate";
  return "severe";
}

/** The worse of two classes (reports grade a student by the worse eye). */
export function worseAcuityClass(a: AcuityClass, b: AcuityClass): AcuityClass {
  return ACUITY_CLASSES.indexOf(a) >= ACUITY_CLASSES.indexOf(b) ? a : b;
}
