import { t } from "../../app/locale/index.ts";

/** A value as the explorer prints it: shares to two decimals, counts whole; no value is a dash. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return t.indicators.noValue;
  if (unit === "%") return `${value.toFixed(2)}%`;
  return `${Number.isInteger(value) ? value.toLocaleString("zh-CN") : value.toFixed(2)} ${unit}`;
}

export function formatCount(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString("zh-CN") : value.toFixed(2);
}
