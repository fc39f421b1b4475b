import { bindingToIndicator, measurePeriod, type MeasurePeriodBasis } from "@edubureau/domain/indicators";
import { BINDING_MEASURES, isBindingMeasureCode, type BindingMeasureCode } from "@edubureau/domain/work-plan";
import type { IndicatorsService } from "../indicators/indicators.service.ts";
import type { PlanMeasureProvider } from "./plan-measures.ts";
import type { ReportedValue } from "./plan-progress.queries.ts";
import type { TargetRow, TaskRow, UnitRef } from "./plan-structure.queries.ts";

export interface ValueSources {
  indicators: Pick<IndicatorsService, "evaluateResolved" | "evaluateResolvedForUnits" | "provenanceResolved">;
  providers: readonly PlanMeasureProvider[];
}

export interface CurrentValue {
  value: number | null;
  /** Where the figure comes from, in words (shown on the target page). */
  source: string;
  /** Why a bound target has no live value (unknown measure, no module answers it). */
  note: string | null;
}

/** What a binding without its own period is read for: the deadline's year, or the school year of `at`. */
export function targetPeriodBasis(target: TargetRow, at: Date): MeasurePeriodBasis {
  return { year: Number(target.deadline.slice(0, 4)), at };
}

/**
 * Live value of a bound target for one unit's subtree: registry measures through the indicator engine,
 * teacher and health measures through the module that owns them.
 */
export async function boundValue(
  sources: ValueSources,
  target: TargetRow,
  unit: UnitRef,
  at: Date,
): Promise<CurrentValue> {
  const binding = target.binding;
  if (binding.kind !== "indicator") throw new Error("boundValue on a manual target");
  const measure = binding.measure;
  if (!isBindingMeasureCode(measure)) return { value: null, source: "", note: `未知的绑定指标 ${measure}` };
  const label = BINDING_MEASURES[measure].label;
  const provider = sources.providers.find((p) => p.measures.includes(measure));
  if (provider) {
    const value = await provider.evaluate(measure, binding.filter, unit.id);
    return { value, source: label, note: null };
  }
  const query = bindingToIndicator(measure, binding.filter);
  if (!query.ok) return { value: null, source: label, note: query.reason };
  const period = measurePeriod(query.indicator.periodType, query.period, targetPeriodBasis(target, at));
  const figures = await sources.indicators.evaluateResolved(query.indicator, unit.path, period);
  return {
    value: figures.value,
    source: `${query.indicator.name}（${period.label}）`,
    note: null,
  };
}

/**
 * A manual target's value: with district shares, the sum of the districts' latest accepted figures;
 * otherwise the lead unit's latest accepted figure. Null until someone has reported.
 */
export function reportedValue(
  target: TargetRow,
  task: TaskRow,
  reported: readonly ReportedValue[],
  unitId?: string,
): CurrentValue {
  const mine = reported.filter((r) => r.targetId === target.id);
  const of = (id: string) => mine.find((r) => r.orgUnitId === id)?.value ?? null;
  if (unitId !== undefined) return { value: of(unitId), source: "进展报告", note: null };
  if (target.shares.length > 0) {
    const values = target.shares.map((s) => of(s.unit.id)).filter((v): v is number => v !== null);
    return {
      value: values.length === 0 ? null : values.reduce((a, b) => a + b, 0),
      source: "各区县进展报告合计",
      note: null,
    };
  }
  return { value: of(task.leadUnit.id), source: "牵头单位进展报告", note: null };
}

export type MeasureCode = BindingMeasureCode;
