import type { Db } from "../../db/database.ts";
import type { Clock } from "../../http/clock.ts";
import { evaluatePlan, type PlanEvaluation } from "./plan-evaluation.ts";
import { dataVersion } from "./plan-progress.queries.ts";
import type { PlanRow } from "./plan-structure.queries.ts";
import type { ValueSources } from "./target-values.ts";

const MINUTE_MS = 60_000;

/**
 * Evaluating a plan runs a live indicator query per bound target; the dashboard is read far more often
 * than the data changes. The cached evaluation is reused while the data version (newest audit row) and
 * the minute are the same, so a new designation or report shows on the very next request.
 */
export function createEvaluationCache(db: Db, clock: Clock, sources: ValueSources) {
  const entries = new Map<string, { key: string; value: Promise<PlanEvaluation> }>();
  return {
    async get(plan: PlanRow): Promise<PlanEvaluation> {
      const now = clock.now();
      const key = [
        await dataVersion(db),
        plan.evaluationDate ?? "",
        Math.floor(now.getTime() / MINUTE_MS),
      ].join("|");
      const cached = entries.get(plan.id);
      if (cached?.key === key) return cached.value;
      const value = evaluatePlan(db, sources, plan, now);
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
