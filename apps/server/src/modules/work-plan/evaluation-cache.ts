import type { Db } from "../../db/database.ts";
import type { Clock } from "../../http/clock.ts";
import { versionedMemo } from "../../platform/versioned-memo.ts";
import { planToday } from "@edubureau/domain/work-plan";
import { evaluatePlan, type PlanEvaluation } from "./plan-evaluation.ts";
import type { PlanRow } from "./plan-structure.queries.ts";
import type { ValueSources } from "./target-values.ts";

/**
 * Evaluating a plan runs a live indicator query per bound target; the dashboard is read far more often
 * than the data changes. The evaluation is kept while the data version stands (platform/versioned-memo.ts)
 * for the plan's day (its evaluation date, or today in Beijing): a new designation or report shows on the
 * very next request, and with no write nobody pays the cold evaluation again until the day turns (a past
 * day's evaluation is let go with the next write).
 */
export function createEvaluationCache(
  db: Db,
  clock: Clock,
  sources: ValueSources,
  evaluate: typeof evaluatePlan = evaluatePlan,
) {
  const memo = versionedMemo(
    db,
    ({ plan, now }: { plan: PlanRow; now: Date }) => `${plan.id}|${planToday(plan.evaluationDate, now)}`,
    (requests) => Promise.all(requests.map(({ plan, now }) => evaluate(db, sources, plan, now))),
  );
  return {
    get: (plan: PlanRow): Promise<PlanEvaluation> => memo.get({ plan, now: clock.now() }),
  };
}

export type EvaluationCache = ReturnType<typeof createEvaluationCache>;
