import { TARGET_STATUS_LABELS } from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import { problems } from "../../http/problem.ts";
import type { EvaluationCache } from "./evaluation-cache.ts";
import { findPlan } from "./plan-structure.queries.ts";
import { boundProvenance } from "./target-provenance.ts";
import type { ValueSources } from "./target-values.ts";

/** The provenance page: every bound target of a plan with where its city-wide value comes from. */
export function createTargetProvenanceService(
  ctx: AppContext,
  deps: { evaluations: EvaluationCache; sources: ValueSources },
) {
  const { db } = ctx.database;
  return {
    async planProvenance(planId: string) {
      const plan = await findPlan(db, planId);
      if (!plan) throw problems.notFound("工作计划");
      const evaluation = await deps.evaluations.get(plan);
      const { structure, at } = evaluation;
      const items = [];
      for (const task of evaluation.tasks) {
        const rows = structure.tasks.find((t) => t.id === task.id)?.targets ?? [];
        for (const target of task.targets.filter((x) => x.bound)) {
          const row = rows.find((r) => r.id === target.id);
          const found = row ? await boundProvenance(deps.sources, row, structure.city, at) : null;
          items.push({
            targetId: target.id,
            code: target.code,
            name: target.name,
            taskId: task.id,
            taskCode: task.code,
            unit: target.unit,
            targetValue: target.targetValue,
            comparator: target.comparator,
            current: target.current,
            status: target.status,
            statusLabel: TARGET_STATUS_LABELS[target.status],
            indicator: found?.indicator ?? target.source,
            dataSource: found?.dataSource ?? target.note ?? "",
            dataBasis: found?.dataBasis ?? "",
            approvedAsOf: found?.approvedAsOf ?? null,
            units: found?.units ?? null,
          });
        }
      }
      return { plan: { id: plan.id, title: plan.title, year: plan.year }, readAt: at, items };
    },
  };
}

export type TargetProvenanceService = ReturnType<typeof createTargetProvenanceService>;
