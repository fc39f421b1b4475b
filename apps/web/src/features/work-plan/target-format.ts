import { formatQuantity } from "../../app/format.ts";
import { t } from "../../app/locale/index.ts";

/** 14 所, 80.0%, 8,000 人; "—" when nothing is known yet. */
export function formatValue(value: number | null, unit: string): string {
  return formatQuantity(value, unit);
}

/** "≥ 20 所" as the plan commits it. */
export function formatGoal(target: { comparator: string; targetValue: number; unit: string }): string {
  return `${t.workPlan.comparators[target.comparator] ?? target.comparator} ${formatValue(target.targetValue, target.unit)}`;
}
