import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { findPlan, type PlanRow } from "./plan-structure.queries.ts";
import { responsibleUnits } from "@edubureau/domain/work-plan";
import {
  planMilestones,
  planTargets,
  planTargetShares,
  planTasks,
  planTaskUnits,
} from "./work-plan.tables.ts";

/** What writing a report on one task needs to know: its plan, who answers for it, what can be reported. */
export interface TaskContext {
  plan: PlanRow;
  task: { id: string; code: string; title: string; leadUnitId: string };
  responsibleUnitIds: Set<string>;
  manualTargets: { id: string; code: string; name: string; unit: string }[];
  milestones: { id: string; code: string; name: string; dueDate: string; completedOn: string | null }[];
}

export async function loadTaskContext(db: Db, taskId: string): Promise<TaskContext | null> {
  const [task] = await db.select().from(planTasks).where(eq(planTasks.id, taskId));
  if (!task) return null;
  const plan = await findPlan(db, task.planId);
  if (!plan) return null;
  // Sequential: called inside write transactions.
  const units = await db.select().from(planTaskUnits).where(eq(planTaskUnits.taskId, taskId));
  const targets = await db.select().from(planTargets).where(eq(planTargets.taskId, taskId));
  const milestones = await db.select().from(planMilestones).where(eq(planMilestones.taskId, taskId));
  const shares =
    targets.length === 0
      ? []
      : await db
          .select()
          .from(planTargetShares)
          .where(
            inArray(
              planTargetShares.targetId,
              targets.map((t) => t.id),
            ),
          );
  return {
    plan,
    task: { id: task.id, code: task.code, title: task.title, leadUnitId: task.leadUnitId },
    responsibleUnitIds: new Set(
      responsibleUnits(
        {
          lead: task.leadUnitId,
          coUnits: units.map((u) => u.orgUnitId),
          shareHolders: shares.map((s) => s.orgUnitId),
        },
        (id) => id,
      ),
    ),
    manualTargets: targets
      .filter((t) => t.binding.kind === "manual")
      .map((t) => ({ id: t.id, code: t.code, name: t.name, unit: t.unit })),
    milestones: milestones.map((m) => ({
      id: m.id,
      code: m.code,
      name: m.name,
      dueDate: m.dueDate,
      completedOn: m.completedOn,
    })),
  };
}
