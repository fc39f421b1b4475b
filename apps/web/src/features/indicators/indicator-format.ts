import { formatNumber, formatQuantity } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";

/** A value as the explorer prints it: shares to one decimal, counts with separators; no value is a dash. */
export function formatValue(value: number | null, unit: string): string {
  return value === null ? t.indicators.noValue : formatQuantity(value, unit);
}

export function formatCount(value: number): string {
  return formatNumber(value);
}
