import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { addDays, evaluateTarget, reportingPeriods } from "@edubureau/domain/work-plan";
import { Prng } from "../../../../tools/synthetic-city/index.ts";
import type { Db } from "../db/database.ts";
import { planValueSources } from "../plan-value-sources.ts";
import type { PlanEvaluation } from "../modules/work-plan/plan-evaluation.ts";
import { evaluatePlan } from "../modules/work-plan/plan-evaluation.ts";
import {
  planReports,
  planTargetSnapshots,
  supervisionNotices,
} from "../modules/work-plan/plan-progress.tables.ts";
import { findPlan } from "../modules/work-plan/plan-structure.queries.ts";
import { loadWorkPlan } from "../modules/work-plan/work-plan-loader.ts";
import { planMilestones, workPlans } from "../modules/work-plan/work-plan.tables.ts";
import type { FeatureSeedContext } from "./feature-seed.ts";

export const CHANGSHA_2019_PLAN = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../plans/changsha-2019.yaml",
);

/**
 * The 2019 plan with a year of synthetic progress as of the city's data date: most quarterly reports
 * in and accepted, a few late or missing, one returned; milestones mostly done on time; month-end
 * snapshots for the trend charts; a few 督办单 raised in October, one already answered.
 */
export async function seedWorkPlan(ctx: FeatureSeedContext): Promise<void> {
  const { tx, city, seed, now } = ctx;
  const load = await loadWorkPlan(tx, fs.readFileSync(CHANGSHA_2019_PLAN, "utf8"), "430100", now);
  if (!load.ok) throw new Error(`2019 工作计划载入失败：${load.problems.map((p) => p.message).join("；")}`);
  const asOf = city.asOf;
  await tx.update(workPlans).set({ evaluationDate: asOf }).where(eq(workPlans.id, load.planId));
  const plan = await findPlan(tx, load.planId);
  if (!plan) throw new Error("plan vanished");
  const rng = new Prng(seed, "work-plan");

  // Milestones due before the data date: most done, on or a little before the due day.
  const milestones = await tx.select().from(planMilestones);
  for (const m of milestones) {
    if (m.dueDate >= asOf || !rng.chance(0.85)) continue;
    await tx
      .update(planMilestones)
      .set({ completedOn: addDays(m.dueDate, -rng.int(0, 20)) })
      .where(eq(planMilestones.id, m.id));
  }

  const sources = planValueSources({ database: { db: tx }, clock: { now: () => ctx.now } });
  const evaluation = await evaluatePlan(tx, sources, plan, now);
  const periods = reportingPeriods(plan.year, plan.reportingFrequency).filter((p) => p.dueDate < asOf);
  const rows: (typeof planReports.$inferInsert)[] = [];
  for (const task of evaluation.tasks) {
    for (const unit of task.responsibleUnits) {
      for (const period of periods) {
        const roll = rng.next();
        if (roll < 0.04) continue; // never reported: raises a 督办单 at the first sweep
        const late = roll < 0.12;
        const submittedOn = addDays(period.dueDate, late ? rng.int(1, 12) : -rng.int(0, 8));
        const isLead = unit.id === task.leadUnit.id;
        const returned = !isLead && roll > 0.985;
        const awaiting = !isLead && !returned && period === periods.at(-1) && roll > 0.9;
        const at = new Date(`${submittedOn}T10:00:00+08:00`);
        rows.push({
          taskId: task.id,
          orgUnitId: unit.id,
          periodKey: period.key,
          status: returned ? "returned" : awaiting ? "submitted" : "accepted",
          narrative: narrativeOf(task.title, unit.name, period.label, rng),
          submittedOn,
          submittedAt: at,
          reviewedAt: awaiting ? null : addMs(at, 2 * 86_400_000),
          returnReason: returned ? "请补充具体数据和佐证材料后重新报送。" : null,
          revision: 1,
          createdAt: at,
          updatedAt: at,
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 500) await tx.insert(planReports).values(rows.slice(i, i + 500));

  await tx
    .insert(planTargetSnapshots)
    .values(snapshotsOf(evaluation, asOf, rng))
    .onConflictDoNothing();
  await seedNotices(tx, evaluation, rng);
}

function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

const PHRASES = [
  "已召开专题推进会，明确责任分工和时间节点",
  "按月调度进度，重点项目已完成阶段性任务",
  "已完成摸底调研，形成工作方案并报局党组审定",
  "联合相关部门开展督查，发现问题已督促整改",
  "组织区县(市)交流经验，推广典型做法",
] as const;

function narrativeOf(task: string, unit: string, period: string, rng: Prng): string {
  const a = PHRASES[rng.int(0, PHRASES.length - 1)];
  const b = PHRASES[rng.int(0, PHRASES.length - 1)];
  return `${unit}${period}“${task}”工作进展：${a}；${b}。下一步将继续按计划推进。（演示数据）`;
}

/** Month-end snapshots rising towards today's value, so the trend charts have a believable history. */
function snapshotsOf(e: PlanEvaluation, asOf: string, rng: Prng) {
  const rows: (typeof planTargetSnapshots.$inferInsert)[] = [];
  const monthEnds = Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(e.plan.year, i + 1, 0));
    return d.toISOString().slice(0, 10);
  }).filter((d) => d < asOf);
  for (const task of e.tasks) {
    for (const t of task.targets) {
      const shape = rng.float(1.2, 2.2);
      for (const [i, day] of monthEnds.entries()) {
        const share = Math.pow((i + 1) / (monthEnds.length + 1), shape);
        const base = t.baseline ?? 0;
        const value = t.current === null ? null : base + (t.current - base) * share;
        const at = new Date(`${day}T12:00:00+08:00`);
        const judged = evaluateTarget({ target: t, current: value, now: at });
        rows.push({ targetId: t.id, onDate: day, value, progress: judged.progress, status: judged.status });
      }
    }
  }
  return rows;
}

/** 督办单 of October: for Q3 reports still missing then; the oldest escalated, one answered. */
async function seedNotices(tx: Db, e: PlanEvaluation, rng: Prng) {
  const missing = e.tasks.flatMap((task) =>
    task.reports.filter((r) => r.state === "overdue" && r.periodKey.endsWith("Q3")).map((r) => ({ task, r })),
  );
  for (const [i, { task, r }] of missing.slice(0, 6).entries()) {
    const raisedOn = addDays(r.dueDate, 5);
    const answered = i === 0;
    await tx.insert(supervisionNotices).values({
      planId: e.plan.id,
      taskId: task.id,
      orgUnitId: r.unit.id,
      triggerKey: `report_overdue:${task.code}:${r.periodKey}`,
      triggerKind: "report_overdue",
      reason: `【${task.code} ${task.title}】进展报告逾期未报：${r.periodLabel}进展报告应于 ${r.dueDate} 前报送，至今未报。`,
      raisedOn,
      responseDeadline: addDays(raisedOn, 7),
      response: answered ? "因负责同志外出学习延误，已安排专人补报，今后按时报送。" : null,
      respondedOn: answered ? addDays(raisedOn, rng.int(2, 6)) : null,
    });
  }
}
