import { bindingToIndicator, DATA_BASIS_LABELS, measurePeriod } from "@edubureau/domain/indicators";
import { BINDING_MEASURES, isBindingMeasureCode } from "@edubureau/domain/work-plan";
import type { MeasureProvenance } from "./plan-measures.ts";
import type { TargetRow, UnitRef } from "./plan-structure.queries.ts";
import { targetPeriodBasis, type ValueSources } from "./target-values.ts";

/** Where a bound target's current value comes from, as the provenance page shows it. */
export interface TargetProvenance {
  /** The indicator or measure, with the period read (e.g. 审批服务事项全流程网上办比例（2019年）). */
  indicator: string;
  dataSource: string;
  /** Which data count: always approved figures for a plan target. */
  dataBasis: string;
  approvedAsOf: Date | null;
  units: MeasureProvenance["units"];
}

const SOURCE_TEXT = {
  reported: "区县、学校填报（区县审核或市局确认后计入）",
  class_lists: "学校班级名册（该学年经区县审核或市局确认后计入）",
  registry: "名录登记（登记即计入）",
} as const;

/** Same reading as `boundValue`: a module's provider when it answers the measure, else the indicator engine. */
export async function boundProvenance(
  sources: ValueSources,
  target: TargetRow,
  unit: UnitRef,
  at: Date,
): Promise<TargetProvenance | null> {
  const binding = target.binding;
  if (binding.kind !== "indicator" || !isBindingMeasureCode(binding.measure)) return null;
  const measure = binding.measure;
  const label = BINDING_MEASURES[measure].label;
  const dataBasis = DATA_BASIS_LABELS.approved;
  const provider = sources.providers.find((p) => p.measures.includes(measure));
  if (provider) {
    const found = await provider.provenance?.(measure, binding.filter, unit.id);
    return {
      indicator: label,
      dataSource: found?.dataSource ?? label,
      dataBasis,
      approvedAsOf: found?.approvedAsOf ?? null,
      units: found?.units ?? null,
    };
  }
  const query = bindingToIndicator(measure, binding.filter);
  if (!query.ok) return null;
  const period = measurePeriod(query.indicator.periodType, query.period, targetPeriodBasis(target, at));
  const found = await sources.indicators.provenanceResolved(query.indicator, unit.path, period);
  return {
    indicator: `${query.indicator.name}（${period.label}）`,
    dataSource: SOURCE_TEXT[found.kind],
    dataBasis,
    approvedAsOf: found.approvedAsOf,
    units: found.units,
  };
}
