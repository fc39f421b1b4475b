import { and, eq, sql } from "drizzle-orm";
import { hasCityWideScope, isWithin } from "@edubureau/domain";
import { planToday, type TargetStatus } from "@edubureau/domain/work-plan";
import { schoolYearOn } from "@edubureau/domain/registry";
import type { AppContext } from "../../app-context.ts";
import { queryRows } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { entityHistory } from "../audit/audit.service.ts";
import type { EvaluationCache } from "./evaluation-cache.ts";
import { periodReportProgress } from "./period-report-progress.ts";
import type { PlanEvaluation, TaskEvaluation } from "./plan-evaluation.ts";
import { planTrend } from "./plan-trend.ts";
import { findPlan, listPlans, type PlanRow } from "./plan-structure.queries.ts";
import { focusAreaOf, planHeader, targetView, taskRowView, unitView, worstTargets } from "./plan-views.ts";
import type { SupervisionService } from "./supervision.service.ts";
import type { TaskFigureProvider } from "./task-figures.ts";
import { workPlans } from "./work-plan.tables.ts";

const WORST_TARGETS = 10;
const PUBLIC_DEMO_NOTE = "本页为演示数据：责任单位、进度和完成情况由平台模拟生成，不代表实际工作情况。";

export interface TaskFilter {
  focusArea?: string | undefined;
  status?: TargetStatus | undefined;
  unitId?: string | undefined;
  mine?: boolean | undefined;
  q?: string | undefined;
}

export function createWorkPlanService(
  ctx: AppContext,
  deps: {
    evaluations: EvaluationCache;
    supervision: SupervisionService;
    /** Live figures other modules publish on tasks without targets of their own (task-figures.ts). */
    figures?: readonly TaskFigureProvider[];
  },
) {
  const { db } = ctx.database;

  async function planOrThrow(id: string): Promise<PlanRow> {
    const plan = await findPlan(db, id);
    if (!plan) throw problems.notFound("工作计划");
    return plan;
  }

  async function evaluationOf(planId: string): Promise<PlanEvaluation> {
    return deps.evaluations.get(await planOrThrow(planId));
  }

  async function planOfTask(taskId: string): Promise<PlanRow> {
    const rows = await queryRows<{ plan_id: string }>(
      db,
      sql`select plan_id from plan_tasks where id = ${taskId}`,
    );
    const planId = rows[0]?.plan_id;
    if (!planId) throw problems.notFound("计划任务");
    return planOrThrow(planId);
  }

  function taskOf(e: PlanEvaluation, taskId: string): TaskEvaluation {
    const task = e.tasks.find((t) => t.id === taskId);
    if (!task) throw problems.notFound("计划任务");
    return task;
  }

  const dashboards = new WeakMap<PlanEvaluation, ReturnType<typeof buildDashboard>>();
  async function buildDashboard(e: PlanEvaluation) {
    const planId = e.plan.id;
    const [trend, notices] = await Promise.all([planTrend(db, e), deps.supervision.counts(planId, e)]);
    return {
      plan: planHeader(e),
      summary: e.summary,
      targetCounts: countTargets(e),
      focusAreas: e.focusAreas.map((a) => ({
        id: a.id,
        code: a.code,
        seq: a.seq,
        title: a.title,
        status: a.status.status,
        progress: a.status.progress,
        counts: a.status.counts,
        taskCount: a.taskIds.length,
      })),
      worstTargets: worstTargets(e, WORST_TARGETS),
      reportProgress: periodReportProgress(e, null),
      notices,
      trend,
    };
  }

  const isMine = (actor: Actor, task: TaskEvaluation) =>
    task.responsibleUnits.some((u) => u.id === actor.orgUnitId);

  return {
    /**
     * The work year in force for pages that pick a year: the latest plan's year and its "today" (its
     * evaluation date in a demo), so a 2019 plan opens data entry, classes and registration on 2019.
     */
    async calendar() {
      const plans = await listPlans(db);
      const latest = plans.reduce<(typeof plans)[number] | undefined>(
        (a, p) => (a && a.year >= p.year ? a : p),
        undefined,
      );
      const today = planToday(latest?.evaluationDate ?? null, new Date());
      return {
        year: latest?.year ?? Number(today.slice(0, 4)),
        today,
        schoolYear: schoolYearOn(today),
      };
    },

    async plans() {
      return (await listPlans(db)).map((p) => ({
        id: p.id,
        year: p.year,
        title: p.title,
        issuer: p.issuer,
        publishDate: p.publishDate,
        reportingFrequency: p.reportingFrequency,
        evaluationDate: p.evaluationDate,
      }));
    },

    /**
     * Built once per evaluation: while the data version is unchanged every leader gets the same object,
     * so the dashboard costs one version query per request.
     */
    async dashboard(planId: string) {
      const e = await evaluationOf(planId);
      let built = dashboards.get(e);
      if (!built) {
        built = buildDashboard(e);
        dashboards.set(e, built);
      }
      return built;
    },

    /** 本期进展报告 as the actor sees it: city-wide for city roles, otherwise the actor's own unit. */
    async reportProgress(actor: Actor, planId: string) {
      const e = await evaluationOf(planId);
      return periodReportProgress(e, hasCityWideScope(actor.role) ? null : actor.orgUnitId);
    },

    async tasks(actor: Actor, planId: string, filter: TaskFilter) {
      const e = await evaluationOf(planId);
      const q = filter.q?.trim();
      return e.tasks
        .filter((t) => (filter.focusArea ? focusAreaOf(e, t).code === filter.focusArea : true))
        .filter((t) => (filter.status ? t.summary.status === filter.status : true))
        .filter((t) => (filter.unitId ? t.responsibleUnits.some((u) => u.id === filter.unitId) : true))
        .filter((t) => (filter.mine ? isMine(actor, t) : true))
        .filter((t) => (q ? t.title.includes(q) || t.code.includes(q.toUpperCase()) : true))
        .map((t) => taskRowView(t, focusAreaOf(e, t)));
    },

    async targets(planId: string) {
      const e = await evaluationOf(planId);
      return e.tasks.flatMap((task) => task.targets.map((t) => targetView(t, task)));
    },

    async task(actor: Actor, taskId: string) {
      const e = await deps.evaluations.get(await planOfTask(taskId));
      const task = taskOf(e, taskId);
      const structure = e.structure.tasks.find((t) => t.id === taskId);
      const seesAllReports = hasCityWideScope(actor.role) || actor.orgUnitId === task.leadUnit.id;
      const reports = task.reports.filter(
        (r) => seesAllReports || r.unit.id === actor.orgUnitId || isWithin(r.unit.path, actor.scopePath),
      );
      const notices = (await deps.supervision.byTask(taskId)).filter(
        (n) => seesAllReports || n.orgUnitId === actor.orgUnitId,
      );
      return {
        ...taskRowView(task, focusAreaOf(e, task)),
        plan: planHeader(e),
        text: structure?.text ?? "",
        responsibleUnits: task.responsibleUnits.map(unitView),
        isMine: isMine(actor, task),
        isLead: actor.orgUnitId === task.leadUnit.id,
        targets: task.targets.map((t) => targetView(t, task)),
        milestones: task.milestones,
        reportStates: reports.map((r) => ({
          unit: unitView(r.unit),
          periodKey: r.periodKey,
          periodLabel: r.periodLabel,
          dueDate: r.dueDate,
          state: r.state,
          reportId: r.reportId,
        })),
        liveFigures: (
          await Promise.all(
            (deps.figures ?? [])
              .filter((p) => p.taskCodes.includes(task.code))
              .map((p) => p.figures(task.code, actor.scopePath)),
          )
        ).flat(),
        notices: notices.map((n) => ({
          id: n.id,
          unitId: n.orgUnitId,
          kind: n.triggerKind,
          reason: n.reason,
          raisedOn: n.raisedOn,
          responseDeadline: n.responseDeadline,
          respondedOn: n.respondedOn,
          response: n.response,
        })),
      };
    },

    async target(targetId: string) {
      const rows = await queryRows<{ plan_id: string; task_id: string }>(
        db,
        sql`select k.plan_id, k.id as task_id from plan_targets t join plan_tasks k on k.id = t.task_id where t.id = ${targetId}`,
      );
      const row = rows[0];
      if (!row) throw problems.notFound("目标");
      const e = await deps.evaluations.get(await planOrThrow(row.plan_id));
      const task = taskOf(e, row.task_id);
      const target = task.targets.find((t) => t.id === targetId);
      if (!target) throw problems.notFound("目标");
      const snapshots = await queryRows<{
        on_date: string;
        value: string | null;
        progress: string;
        status: TargetStatus;
      }>(
        db,
        sql`select on_date::text as on_date, value::text as value, progress::text as progress, status
            from plan_target_snapshots where target_id = ${targetId} order by on_date`,
      );
      const reported = await queryRows<{
        period_key: string;
        unit_name: string;
        value: string;
        status: string;
        submitted_on: string | null;
      }>(
        db,
        sql`select r.period_key, u.name as unit_name, v.value::text as value, r.status, r.submitted_on::text as submitted_on
            from plan_report_values v join plan_reports r on r.id = v.report_id join org_units u on u.id = r.org_unit_id
            where v.target_id = ${targetId} order by r.period_key, u.code`,
      );
      return {
        ...targetView(target, task),
        focusArea: focusAreaOf(e, task),
        plan: planHeader(e),
        history: snapshots.map((s) => ({
          date: s.on_date,
          value: s.value === null ? null : Number(s.value),
          progress: Number(s.progress),
          status: s.status,
        })),
        reportedValues: reported.map((r) => ({
          periodKey: r.period_key,
          unitName: r.unit_name,
          value: Number(r.value),
          status: r.status,
          submittedOn: r.submitted_on,
        })),
        changes: (await entityHistory(db, { entities: ["plan_target"], entityId: targetId, limit: 20 })).map(
          (h) => ({
            at: h.at,
            actor: h.actorName,
            action: h.action,
          }),
        ),
      };
    },

    /** Tasks the actor's unit answers for, with the reports it owes now or soon. */
    async myTasks(actor: Actor, planId: string) {
      const e = await evaluationOf(planId);
      return e.tasks
        .filter((t) => isMine(actor, t))
        .map((t) => ({
          ...taskRowView(t, focusAreaOf(e, t)),
          role: t.leadUnit.id === actor.orgUnitId ? ("lead" as const) : ("co" as const),
          reports: t.reports
            .filter((r) => r.unit.id === actor.orgUnitId && r.periodStart <= e.today)
            .map((r) => ({
              periodKey: r.periodKey,
              periodLabel: r.periodLabel,
              dueDate: r.dueDate,
              state: r.state,
              reportId: r.reportId,
            })),
        }));
    },

    /** 政府信息公开: what the plan commits to and how far it has come — no reports, notices or people. */
    async publicPlan(year: number) {
      const [plan] = await db
        .select()
        .from(workPlans)
        .where(and(eq(workPlans.year, year)))
        .limit(1);
      if (!plan) throw problems.notFound("工作计划");
      const e = await evaluationOf(plan.id);
      return {
        plan: {
          year: e.plan.year,
          title: e.plan.title,
          issuer: e.plan.issuer,
          publishDate: e.plan.publishDate,
          sourceUrl: e.plan.sourceUrl,
          today: e.today,
          // The internal note names files and modelling choices; the public only needs to know it is a demo.
          demoDataNote: e.plan.demoDataNote === null ? null : PUBLIC_DEMO_NOTE,
        },
        summary: { status: e.summary.status, progress: e.summary.progress, counts: e.summary.counts },
        focusAreas: e.focusAreas.map((a) => ({
          code: a.code,
          title: a.title,
          summary: a.summary,
          status: a.status.status,
          progress: a.status.progress,
          tasks: e.tasks
            .filter((t) => t.focusAreaId === a.id)
            .map((t) => ({
              code: t.code,
              title: t.title,
              text: e.structure.tasks.find((s) => s.id === t.id)?.text ?? "",
              leadUnitName: t.leadUnit.name,
              status: t.summary.status,
              progress: t.summary.progress,
              targets: t.targets.map((g) => ({
                code: g.code,
                name: g.name,
                unit: g.unit,
                targetValue: g.targetValue,
                comparator: g.comparator,
                deadline: g.deadline,
                current: g.current,
                status: g.status,
                progress: g.progress,
              })),
              milestones: t.milestones.map((m) => ({
                name: m.name,
                dueDate: m.dueDate,
                status: m.status,
              })),
            })),
        })),
      };
    },

    async publicYears() {
      return (await listPlans(db)).map((p) => ({ year: p.year, title: p.title }));
    },

    evaluationOf,
  };
}

function countTargets(e: PlanEvaluation) {
  const statuses = e.tasks.flatMap((t) => t.targets.map((g) => g.status));
  return Object.fromEntries(
    ["not_started", "on_track", "lagging", "seriously_lagging", "completed", "overdue"].map((s) => [
      s,
      statuses.filter((x) => x === s).length,
    ]),
  ) as Record<TargetStatus, number>;
}
export type WorkPlanService = ReturnType<typeof createWorkPlanService>;

/** Reports of the period under way (the latest one that has begun): how many are in, reviewed, missing. */
