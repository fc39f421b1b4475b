import { labelledCodes } from "../labelled-codes.ts";

/**
 * Units a target may count in. People are always "人" even where the plan says 名 or 位, so
 * teacher and principal counts add up across tasks.
 */
export const TARGET_UNITS = ["所", "个", "人", "%"] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

/** ">=" reach at least; "<=" reduce to at most (lower is better); "=" hit exactly. */
export const COMPARATORS = [">=", "<=", "="] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const { codes: REPORTING_FREQUENCIES, labels: REPORTING_FREQUENCY_LABELS } = labelledCodes({
  monthly: "按月报送",
  quarterly: "按季度报送",
});
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];
