/** A problem with one reported figure, named by the form field it came from. */
export interface ReportedValueProblem {
  field: string;
  message: string;
}

/** Whole counts (所/个/人) stop at a million: no city bureau counts more of anything in a year. */
export const MAX_REPORTED_COUNT = 1_000_000;

/**
 * A reported figure must fit the target's unit: a percentage lies in 0–100; 所/个/人 are whole
 * counts from 0 up to a million.
 */
export function checkReportedValue(
  field: string,
  targetName: string,
  unit: string,
  value: unknown,
): ReportedValueProblem | null {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return { field, message: `“${targetName}”的数值须为数字` };
  }
  if (unit === "%") {
    return value < 0 || value > 100 ? { field, message: `“${targetName}”是百分比，须在 0–100 之间` } : null;
  }
  if (!Number.isInteger(value)) return { field, message: `“${targetName}”以“${unit}”计，须为整数` };
  if (value < 0 || value > MAX_REPORTED_COUNT) {
    return { field, message: `“${targetName}”须在 0–1000000 ${unit}之间` };
  }
  return null;
}
