import { t } from "../../app/locale/index.ts";

/** 14 所, 80%, 8000 人; "—" when nothing is known yet. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null) return "—";
  const rounded = Math.round(value * 100) / 100;
  return unit === "%" ? `${rounded}%` : `${rounded.toLocaleString("zh-CN")} ${unit}`;
}

/** "≥ 20 所" as the plan commits it. */
export function formatGoal(target: { comparator: string; targetValue: number; unit: string }): string {
  return `${t.workPlan.comparators[target.comparator] ?? target.comparator} ${formatValue(target.targetValue, target.unit)}`;
}
