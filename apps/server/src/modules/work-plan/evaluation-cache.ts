import type { Db } from "../../db/database.ts";
import type { Clock } from "../../http/clock.ts";
import { dataVersion } from "../../platform/data-version.ts";
import { planToday } from "@edubureau/domain/work-plan";
import { evaluatePlan, type PlanEvaluation } from "./plan-evaluation.ts";
import type { PlanRow } from "./plan-structure.queries.ts";
import type { ValueSources } from "./target-values.ts";

/**
 * Evaluating a plan runs a live indicator query per bound target; the dashboard is read far more often
 * than the data changes. The cached evaluation is reused while the data version (raised by the database
 * on every committed write, see platform/data-version.ts) and the plan's day (its evaluation date, or
 * today in Beijing) are the same: a new designation or report shows on the very next request, and with
 * no write nobody pays the cold evaluation again until the day turns.
 */
export function createEvaluationCache(
  db: Db,
  clock: Clock,
  sources: ValueSources,
  evaluate: typeof evaluatePlan = evaluatePlan,
) {
  const entries = new Map<string, { key: string; value: Promise<PlanEvaluation> }>();
  return {
    async get(plan: PlanRow): Promise<PlanEvaluation> {
      const now = clock.now();
      const key = [await dataVersion(db), planToday(plan.evaluationDate, now)].join("|");
      const cached = entries.get(plan.id);
      if (cached?.key === key) return cached.value;
      const value = evaluate(db, sources, plan, now);
      entries.set(plan.id, { key, value });
      value.catch(() => {
        if (entries.get(plan.id)?.value === value) entries.delete(plan.id);
      });
      return value;
    },
    clear(): void {
      entries.clear();
    },
  };
}

export type EvaluationCache = ReturnType<typeof createEvaluationCache>;
