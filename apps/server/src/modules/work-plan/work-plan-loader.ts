import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import { loadPlanYaml, type PlanFile, type PlanProblem } from "@edubureau/domain/work-plan";
import type { Db } from "../../db/database.ts";
import { droppedWithReports } from "./plan-reload-guard.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import {
  focusAreas,
  planMilestones,
  planTargets,
  planTargetShares,
  planTasks,
  planTaskUnits,
  workPlans,
} from "./work-plan.tables.ts";

export type PlanLoad =
  | {
      ok: true;
      planId: string;
      counts: { focusAreas: number; tasks: number; targets: number; milestones: number };
    }
  | { ok: false; problems: PlanProblem[] };

/** Units a plan may name: the city's divisions and districts, by code. */
async function unitIdsByCode(db: Db, cityCode: string): Promise<Map<string, string>> {
  const city = await db.select().from(orgUnits).where(eq(orgUnits.code, cityCode)).limit(1);
  const root = city[0];
  if (!root) return new Map();
  const rows = await db
    .select({ id: orgUnits.id, code: orgUnits.code })
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, root.id), inArray(orgUnits.kind, ["division", "district"])));
  return new Map([[root.code, root.id], ...rows.map((row) => [row.code, row.id] as const)]);
}

/**
 * Loads a plan file into the database. The whole file is checked first and refused with every problem
 * if anything is wrong; a valid file is written in one transaction, keyed by codes, so loading the same
 * file again changes nothing and a corrected file updates in place (ids stay stable for reports).
 */
export async function loadWorkPlan(db: Db, yamlText: string, cityCode: string, at: Date): Promise<PlanLoad> {
  const units = await unitIdsByCode(db, cityCode);
  if (units.size === 0) {
    return {
      ok: false,
      problems: [{ path: "plan.city.code", message: `系统中没有代码为 ${cityCode} 的城市` }],
    };
  }
  const validation = loadPlanYaml(yamlText, new Set(units.keys()));
  if (!validation.ok) return validation;
  const plan = validation.plan;
  if (plan.plan.city.code !== cityCode) {
    return {
      ok: false,
      problems: [
        { path: "plan.city.code", message: `计划属于 ${plan.plan.city.code}，不是本市 ${cityCode}` },
      ],
    };
  }
  const unitId = (code: string): string => {
    const id = units.get(code);
    if (!id) throw new Error(`validated unit code missing: ${code}`);
    return id;
  };
  return db.transaction(async (tx) => {
    const dropped = await droppedWithReports(tx, unitId(cityCode), plan);
    if (dropped.length > 0) return { ok: false, problems: dropped };
    return writePlan(tx, plan, unitId, at);
  });
}

async function writePlan(
  tx: Db,
  file: PlanFile,
  unitId: (code: string) => string,
  at: Date,
): Promise<PlanLoad> {
  const meta = file.plan;
  const planValues = {
    cityUnitId: unitId(meta.city.code),
    year: meta.year,
    title: meta.title,
    issuer: meta.issuer,
    publishDate: meta.publishDate,
    sourceUrl: meta.sourceUrl,
    sourceNote: meta.sourceNote,
    reportingFrequency: meta.reportingFrequency,
    demoDataNote: meta.demoDataNote,
    loadedAt: at,
  };
  const [planRow] = await tx
    .insert(workPlans)
    .values(planValues)
    .onConflictDoUpdate({ target: [workPlans.cityUnitId, workPlans.year], set: planValues })
    .returning({ id: workPlans.id });
  if (!planRow) throw new Error("plan upsert returned no row");
  const planId = planRow.id;

  const areaIds = new Map<string, string>();
  for (const area of file.focusAreas) {
    const values = { planId, code: area.code, seq: area.seq, title: area.title, summary: area.summary };
    const [row] = await tx
      .insert(focusAreas)
      .values(values)
      .onConflictDoUpdate({ target: [focusAreas.planId, focusAreas.code], set: values })
      .returning({ id: focusAreas.id });
    if (row) areaIds.set(area.code, row.id);
  }

  let targetCount = 0;
  let milestoneCount = 0;
  for (const [index, task] of file.tasks.entries()) {
    const focusAreaId = areaIds.get(task.focusArea);
    if (!focusAreaId) throw new Error(`validated focus area missing: ${task.focusArea}`);
    const values = {
      planId,
      focusAreaId,
      code: task.code,
      seq: index + 1,
      title: task.title,
      text: task.text,
      leadUnitId: unitId(task.leadUnit),
    };
    const [taskRow] = await tx
      .insert(planTasks)
      .values(values)
      .onConflictDoUpdate({ target: [planTasks.planId, planTasks.code], set: values })
      .returning({ id: planTasks.id });
    if (!taskRow) throw new Error("task upsert returned no row");
    const taskId = taskRow.id;

    await tx.delete(planTaskUnits).where(eq(planTaskUnits.taskId, taskId));
    const coUnits = task.coUnits.filter((code) => code !== task.leadUnit);
    await tx
      .insert(planTaskUnits)
      .values([
        { taskId, orgUnitId: unitId(task.leadUnit), role: "lead" as const },
        ...[...new Set(coUnits)].map((code) => ({ taskId, orgUnitId: unitId(code), role: "co" as const })),
      ]);

    for (const target of task.targets) {
      const targetValues = {
        taskId,
        code: target.code,
        name: target.name,
        unit: target.unit,
        baseline: target.baseline,
        targetValue: target.targetValue,
        comparator: target.comparator,
        startDate: target.startDate,
        deadline: target.deadline,
        sourceQuote: target.source,
        binding: target.binding,
      };
      const [targetRow] = await tx
        .insert(planTargets)
        .values(targetValues)
        .onConflictDoUpdate({ target: [planTargets.taskId, planTargets.code], set: targetValues })
        .returning({ id: planTargets.id });
      if (!targetRow) throw new Error("target upsert returned no row");
      await tx.delete(planTargetShares).where(eq(planTargetShares.targetId, targetRow.id));
      const shares = target.districtShares ?? [];
      if (shares.length > 0) {
        await tx.insert(planTargetShares).values(
          shares.map((share) => ({
            targetId: targetRow.id,
            orgUnitId: unitId(share.unit),
            value: share.value,
          })),
        );
      }
      targetCount++;
    }
    await removeMissing(
      tx,
      planTargets,
      taskId,
      task.targets.map((t) => t.code),
    );

    for (const milestone of task.milestones) {
      const milestoneValues = {
        taskId,
        code: milestone.code,
        name: milestone.name,
        dueDate: milestone.dueDate,
      };
      await tx
        .insert(planMilestones)
        .values(milestoneValues)
        .onConflictDoUpdate({ target: [planMilestones.taskId, planMilestones.code], set: milestoneValues });
      milestoneCount++;
    }
    await removeMissing(
      tx,
      planMilestones,
      taskId,
      task.milestones.map((m) => m.code),
    );
  }
  const taskCodes = file.tasks.map((task) => task.code);
  await tx.delete(planTasks).where(and(eq(planTasks.planId, planId), notInArray(planTasks.code, taskCodes)));
  const areaCodes = file.focusAreas.map((area) => area.code);
  await tx
    .delete(focusAreas)
    .where(and(eq(focusAreas.planId, planId), notInArray(focusAreas.code, areaCodes)));

  return {
    ok: true,
    planId,
    counts: {
      focusAreas: file.focusAreas.length,
      tasks: file.tasks.length,
      targets: targetCount,
      milestones: milestoneCount,
    },
  };
}

/** Drops the targets or milestones of a task that the file no longer lists. */
async function removeMissing(
  tx: Db,
  table: typeof planTargets | typeof planMilestones,
  taskId: string,
  codes: string[],
): Promise<void> {
  const keep = codes.length > 0 ? notInArray(table.code, codes) : sql`true`;
  await tx.delete(table).where(and(eq(table.taskId, taskId), keep));
}
