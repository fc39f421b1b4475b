import { BINDING_MEASURES, type BindingMeasureCode } from "@edubureau/domain/work-plan";
import type { Db } from "../../db/database.ts";
import type { PlanMeasureProvider } from "../work-plan/plan-measures.ts";
import { ratesOf } from "./health-rates.ts";
import { healthCounts, unitById } from "./health-rates.queries.ts";
import { schoolYearOfPlanYear } from "@edubureau/domain/registry";

const GRADES_OF_LEVEL = {
  小学: [1, 6],
  初中: [7, 9],
  高中: [10, 12],
  全学段: [1, 12],
} as const satisfies Record<string, readonly [number, number]>;

type HealthMeasure = "myopia_rate" | "fitness_excellent_good_rate" | "obesity_rate";
const MEASURES: readonly HealthMeasure[] = ["myopia_rate", "fitness_excellent_good_rate", "obesity_rate"];

/**
 * The work plan's health targets read live: 近视率, 体质健康优良率 and 肥胖率 for an org-unit subtree, in
 * percent (52.13 = 52.13 %). A plan year reads the school year starting in it (2019 → 2019-2020, the autumn
 * screening and the year's fitness test); null when nothing was screened or tested.
 */
export function createHealthPlanMeasures(db: Db): PlanMeasureProvider {
  return {
    measures: MEASURES,
    async evaluate(measure: BindingMeasureCode, filter: unknown, orgUnitId: string) {
      if (!(MEASURES as readonly string[]).includes(measure))
        throw new RangeError(`health cannot measure ${measure}`);
      const { level, year } = BINDING_MEASURES[measure as HealthMeasure].filter.parse(filter);
      const unit = await unitById(db, orgUnitId);
      if (!unit) return null;
      const [total] = await healthCounts(db, {
        scopePath: unit.path,
        schoolYears: [schoolYearOfPlanYear(year)],
        grades: GRADES_OF_LEVEL[level],
      });
      if (!total) return null;
      const rates = ratesOf(total.counts);
      const rate =
        measure === "myopia_rate"
          ? rates.myopiaRate
          : measure === "fitness_excellent_good_rate"
            ? rates.goodRate
            : rates.obesityRate;
      // Plan targets in "%" are 0–100, as the indicator engine's percentages (factor 100).
      return rate === null ? null : Math.round(rate * 10_000) / 100;
    },
  };
}
