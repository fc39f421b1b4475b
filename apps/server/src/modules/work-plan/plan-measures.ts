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
}
