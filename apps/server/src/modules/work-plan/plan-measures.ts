import type { BindingMeasureCode } from "@edubureau/domain/work-plan";

/**
 * A module that computes some of the plan's bound measures from its own tables (teachers: training
 * completions, studios, honours, normal-student intake; health: myopia, fitness, obesity rates). The work
 * plan asks each provider for current values; it never reads another module's tables itself.
 */
export interface PlanMeasureProvider {
  /** The measures this provider answers (see BINDING_MEASURES in packages/domain/src/work-plan). */
  readonly measures: readonly BindingMeasureCode[];
  /**
   * Current value of `measure` for the subtree of `orgUnitId` (the city for the plan total, a district
   * for its share). `filter` has already passed `BINDING_MEASURES[measure].filter`. Null: no data yet
   * (e.g. no screening in that year), which the plan shows as 无数据 rather than 0.
   */
  evaluate(measure: BindingMeasureCode, filter: unknown, orgUnitId: string): Promise<number | null>;
  /** Where the value comes from, for the provenance page; a provider without it is shown by its label only. */
  provenance?(
    measure: BindingMeasureCode,
    filter: unknown,
    orgUnitId: string,
  ): Promise<MeasureProvenance | null>;
}

export interface MeasureProvenance {
  /** The records counted, in words (e.g. 教师培训学时登记，经认定后计入). */
  dataSource: string;
  approvedAsOf: Date | null;
  /** Units with records, units whose records count, units whose records do not count yet. */
  units: { reporting: number; approved: number; missing: number } | null;
}
