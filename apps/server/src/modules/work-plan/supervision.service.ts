import { and, asc, count, desc, eq, isNull, sql } from "drizzle-orm";
import { hasCityWideScope } from "@edubureau/domain";
import {
  isLeaderVisible,
  noticeState,
  periodLabelOf,
  responseDeadline,
  supervisionTriggers,
  TARGET_STATUS_LABELS,
  TRIGGER_LABELS,
  triggerKey,
  type NoticeState,
  type SupervisionTrigger,
  type TargetStatus,
} from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { supervisionNoticePolicy } from "../../policies/supervision-notice.ts";
import { recordAudit, whoOf, type AuditWho } from "../audit/audit.service.ts";
import { notify, type NewNotification } from "../notifications/notifications.service.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import type { EvaluationCache } from "./evaluation-cache.ts";
import { planNow, planToday } from "@edubureau/domain/work-plan";
import type { PlanEvaluation, TaskEvaluation } from "./plan-evaluation.ts";
import { planTargetSnapshots, supervisionNotices } from "./plan-progress.tables.ts";
import { findPlan, listPlans, type PlanRow } from "./plan-structure.queries.ts";
import { planTasks, workPlans } from "./work-plan.tables.ts";

const SYSTEM: AuditWho = { actorId: null, actorName: "系统督办", ip: null };

interface RaisedNotice {
  unitId: string;
  trigger: SupervisionTrigger;
  reason: string;
}

/** Who must answer each cause: an overdue report its reporting unit; target and milestone trouble the lead. */
function noticesFor(task: TaskEvaluation): RaisedNotice[] {
  const raised: RaisedNotice[] = [];
  for (const unit of task.responsibleUnits) {
    const reports = task.reports.filter((r) => r.unit.id === unit.id);
    const isLead = unit.id === task.leadUnit.id;
    const triggers = supervisionTriggers({
      taskCode: task.code,
      taskStatus: task.summary.status,
      reports: reports.map((r) => ({ periodKey: r.periodKey, state: r.state })),
      targets: isLead ? task.targets.map((t) => ({ code: t.code, status: t.status })) : [],
      milestones: isLead ? task.milestones.map((m) => ({ code: m.code, status: m.status })) : [],
    });
    for (const trigger of triggers)
      raised.push({ unitId: unit.id, trigger, reason: reasonOf(task, trigger) });
  }
  return raised;
}

function reasonOf(task: TaskEvaluation, trigger: SupervisionTrigger): string {
  const head = `【${task.code} ${task.title}】${TRIGGER_LABELS[trigger.kind]}：`;
  switch (trigger.kind) {
    case "report_overdue": {
      const period = task.reports.find((r) => r.periodKey === trigger.periodKey);
      return `${head}${period?.periodLabel ?? periodLabelOf(trigger.periodKey)}进展报告应于 ${period?.dueDate ?? ""} 前报送，至今未报。`;
    }
    case "target_seriously_lagging":
    case "target_overdue": {
      const t = task.targets.find((x) => x.code === trigger.targetCode);
      if (!t) return head;
      const current = t.current === null ? "无数据" : `${+t.current.toFixed(2)}${t.unit}`;
      return `${head}“${t.name}”目标 ${t.targetValue}${t.unit}，当前 ${current}，时间已过 ${Math.round(t.elapsed * 100)}%，进度 ${Math.round(t.progress * 100)}%（${TARGET_STATUS_LABELS[t.status]}）。`;
    }
    case "milestone_late": {
      const m = task.milestones.find((x) => x.code === trigger.milestoneCode);
      return `${head}“${m?.name ?? trigger.milestoneCode}”应于 ${m?.dueDate ?? ""} 完成，尚未完成。`;
    }
    case "hazard_overdue":
    case "rectification_overdue":
      // Raised by the inspectorate through raiseFor, with its own reason; never from a task evaluation.
      return head;
  }
}

/** What a notice's state is worked out from. */
type NoticeFacts = Pick<
  typeof supervisionNotices.$inferSelect,
  "planId" | "taskId" | "orgUnitId" | "raisedOn" | "respondedOn" | "triggerKind"
>;

/** Only a notice still waiting for its answer (not one its completed task closed) takes a 批示. */
const canInstruct = (actor: Actor, n: NoticeFacts, state: NoticeState): boolean =>
  (state === "awaiting_response" || state === "escalated") &&
  supervisionNoticePolicy.allow(actor, "instruct", n);

const taskStatuses = (evaluation: PlanEvaluation): Map<string, TargetStatus> =>
  new Map(evaluation.tasks.map((t) => [t.id, t.summary.status]));

export function createSupervisionService(ctx: AppContext, deps: { evaluations: EvaluationCache }) {
  const { db } = ctx.database;

  /**
   * Reads each notice's state as of its plan's day, its task's status taken from the plan's evaluation (an
   * overdue-report notice stands only while the task still owes reports).
   */
  async function noticeStateReader(planIds: readonly string[]) {
    const plans = new Map<string, PlanRow>();
    const statusOf = new Map<string, TargetStatus>();
    for (const planId of new Set(planIds)) {
      const plan = await findPlan(db, planId);
      if (!plan) continue;
      plans.set(planId, plan);
      for (const [taskId, status] of taskStatuses(await deps.evaluations.get(plan)))
        statusOf.set(taskId, status);
    }
    const now = ctx.clock.now();
    return (n: NoticeFacts): NoticeState =>
      noticeState({
        raisedOn: n.raisedOn,
        respondedOn: n.respondedOn,
        now: planNow(plans.get(n.planId)?.evaluationDate ?? null, now),
        kind: n.triggerKind as SupervisionTrigger["kind"],
        taskStatus: statusOf.get(n.taskId),
      });
  }

  async function sweepPlan(plan: PlanRow, evaluation: PlanEvaluation) {
    const at = ctx.clock.now();
    const today = evaluation.today;
    return db.transaction(async (tx) => {
      // Daily snapshot of every target, for the trend charts.
      const targets = evaluation.tasks.flatMap((t) => t.targets);
      if (targets.length > 0) {
        await tx
          .insert(planTargetSnapshots)
          .values(
            targets.map((t) => ({
              targetId: t.id,
              onDate: today,
              value: t.current,
              progress: t.progress,
              status: t.status,
            })),
          )
          .onConflictDoUpdate({
            target: [planTargetSnapshots.targetId, planTargetSnapshots.onDate],
            set: {
              value: sql`excluded.value`,
              progress: sql`excluded.progress`,
              status: sql`excluded.status`,
            },
          });
      }

      const existing = await tx
        .select({ unitId: supervisionNotices.orgUnitId, key: supervisionNotices.triggerKey })
        .from(supervisionNotices)
        .where(eq(supervisionNotices.planId, plan.id));
      const raisedKeys = new Set(existing.map((e) => `${e.unitId}|${e.key}`));
      const fresh = evaluation.tasks.flatMap((task) =>
        noticesFor(task)
          .filter((n) => !raisedKeys.has(`${n.unitId}|${triggerKey(n.trigger)}`))
          .map((n) => ({ ...n, task })),
      );
      const notes: NewNotification[] = [];
      for (const n of fresh) {
        const [row] = await tx
          .insert(supervisionNotices)
          .values({
            planId: plan.id,
            taskId: n.task.id,
            orgUnitId: n.unitId,
            triggerKey: triggerKey(n.trigger),
            triggerKind: n.trigger.kind,
            reason: n.reason,
            raisedOn: today,
            responseDeadline: responseDeadline(today),
            createdAt: at,
          })
          .onConflictDoNothing()
          .returning({ id: supervisionNotices.id });
        if (!row) continue;
        await recordAudit(
          tx,
          SYSTEM,
          { event: "SUPERVISION_NOTICE_RAISED", entityId: row.id, after: { reason: n.reason } },
          at,
        );
        notes.push({
          orgUnitId: n.unitId,
          role: null,
          kind: "supervision_raised",
          title: `督办单：${n.reason}`,
          body: `请于 ${responseDeadline(today)} 前回复。`,
          link: `/work-plan/supervision?notice=${row.id}`,
        });
      }

      // Open notices past their deadline go up to the leaders, once.
      const overdue = await tx
        .select()
        .from(supervisionNotices)
        .where(
          and(
            eq(supervisionNotices.planId, plan.id),
            isNull(supervisionNotices.respondedOn),
            isNull(supervisionNotices.escalatedOn),
            sql`${supervisionNotices.responseDeadline} < ${today}`,
          ),
        );
      // A report notice of a task completed since is closed as 无需回复, not escalated (isReportOwed).
      const statusOf = taskStatuses(evaluation);
      const escalating = overdue.filter(
        (n) =>
          noticeState({
            raisedOn: n.raisedOn,
            respondedOn: n.respondedOn,
            now: evaluation.at,
            kind: n.triggerKind as SupervisionTrigger["kind"],
            taskStatus: statusOf.get(n.taskId),
          }) === "escalated",
      );
      for (const n of escalating) {
        await tx
          .update(supervisionNotices)
          .set({ escalatedOn: today })
          .where(eq(supervisionNotices.id, n.id));
        await recordAudit(
          tx,
          SYSTEM,
          { event: "SUPERVISION_NOTICE_ESCALATED", entityId: n.id, after: { escalatedOn: today } },
          at,
        );
        notes.push({
          orgUnitId: plan.cityUnitId,
          role: "city_leader",
          kind: "supervision_escalated",
          title: `督办单逾期未回复，已升级：${n.reason}`,
          link: `/work-plan/supervision?notice=${n.id}`,
        });
      }
      await notify(tx, notes, at);
      return { raised: fresh.length, escalated: escalating.length };
    });
  }

  return {
    /**
     * A 督办单 raised by another module on a record tied to a plan task (a campus-safety hazard past its
     * deadline), inside the caller's transaction: the newest plan's task with this code, addressed to
     * `unitId`. Raised once per trigger key; the hourly sweep escalates it to the leaders when unanswered
     * within the response period, like any other. Null when no plan has the task, or already raised.
     */
    async raiseForTask(
      tx: Db,
      input: { trigger: SupervisionTrigger; unitId: string; reason: string; link: string },
    ): Promise<{ id: string; responseDeadline: string } | null> {
      const [task] = await tx
        .select({ id: planTasks.id, planId: planTasks.planId, title: planTasks.title })
        .from(planTasks)
        .innerJoin(workPlans, eq(workPlans.id, planTasks.planId))
        .where(eq(planTasks.code, input.trigger.taskCode))
        .orderBy(desc(workPlans.year))
        .limit(1);
      if (!task) return null;
      const plan = await findPlan(tx, task.planId);
      const at = ctx.clock.now();
      const today = planToday(plan?.evaluationDate ?? null, at);
      const reason = `【${input.trigger.taskCode} ${task.title}】${TRIGGER_LABELS[input.trigger.kind]}：${input.reason}`;
      const [row] = await tx
        .insert(supervisionNotices)
        .values({
          planId: task.planId,
          taskId: task.id,
          orgUnitId: input.unitId,
          triggerKey: triggerKey(input.trigger),
          triggerKind: input.trigger.kind,
          reason,
          raisedOn: today,
          responseDeadline: responseDeadline(today),
          createdAt: at,
        })
        .onConflictDoNothing()
        .returning({ id: supervisionNotices.id });
      if (!row) return null;
      await recordAudit(
        tx,
        SYSTEM,
        { event: "SUPERVISION_NOTICE_RAISED", entityId: row.id, after: { reason } },
        at,
      );
      await notify(
        tx,
        [
          {
            orgUnitId: input.unitId,
            role: null,
            kind: "supervision_raised",
            title: `督办单：${reason}`,
            body: `请于 ${responseDeadline(today)} 前回复。`,
            link: input.link,
          },
        ],
        at,
      );
      return { id: row.id, responseDeadline: responseDeadline(today) };
    },

    /**
     * Raises 督办单 for new causes, escalates unanswered ones and snapshots the targets. Run at start,
     * hourly by the server, and on demand; running it twice in a row changes nothing the second time.
     */
    async sweep(): Promise<{ raised: number; escalated: number }> {
      let raised = 0;
      let escalated = 0;
      for (const plan of await listPlans(db)) {
        const evaluation = await deps.evaluations.get(plan);
        const result = await sweepPlan(plan, evaluation);
        raised += result.raised;
        escalated += result.escalated;
      }
      return { raised, escalated };
    },

    /**
     * Notices the actor may see: its own unit's; city-wide roles see all, or with `leader` only those
     * escalated (unanswered in time).
     */
    async list(
      actor: Actor,
      filter: {
        planId?: string | undefined;
        view: "mine" | "leader" | "all";
        state?: NoticeState | undefined;
      },
    ) {
      const cityWide = hasCityWideScope(actor.role);
      if (filter.view !== "mine" && !cityWide) throw problems.forbidden("只有市局可以查看全部督办单。");
      const rows = await db
        .select({
          n: supervisionNotices,
          unitName: orgUnits.name,
          taskCode: planTasks.code,
          taskTitle: planTasks.title,
        })
        .from(supervisionNotices)
        .innerJoin(orgUnits, eq(orgUnits.id, supervisionNotices.orgUnitId))
        .innerJoin(planTasks, eq(planTasks.id, supervisionNotices.taskId))
        .where(
          and(
            filter.planId ? eq(supervisionNotices.planId, filter.planId) : undefined,
            filter.view === "mine" ? eq(supervisionNotices.orgUnitId, actor.orgUnitId) : undefined,
          ),
        )
        .orderBy(asc(supervisionNotices.responseDeadline), asc(supervisionNotices.createdAt));
      const stateOf = await noticeStateReader(rows.map((r) => r.n.planId));
      return rows
        .map(({ n, unitName, taskCode, taskTitle }) => {
          const state = stateOf(n);
          return {
            id: n.id,
            planId: n.planId,
            task: { id: n.taskId, code: taskCode, title: taskTitle },
            unit: { id: n.orgUnitId, name: unitName },
            kind: n.triggerKind,
            kindLabel: TRIGGER_LABELS[n.triggerKind as SupervisionTrigger["kind"]] ?? n.triggerKind,
            reason: n.reason,
            raisedOn: n.raisedOn,
            responseDeadline: n.responseDeadline,
            escalatedOn: n.escalatedOn,
            response: n.response,
            respondedOn: n.respondedOn,
            state,
            canRespond: supervisionNoticePolicy.allow(actor, "respond", n),
            instruction: n.instruction,
            instructedOn: n.instructedOn,
            urgedCount: n.urgedCount,
            lastUrgedOn: n.lastUrgedOn,
            canInstruct: canInstruct(actor, n, state),
          };
        })
        .filter((n) => (filter.view === "leader" ? isLeaderVisible(n.state) : true))
        .filter((n) => (filter.state ? n.state === filter.state : true));
    },

    /** 工作台: the unit's notices it may answer (the `mine` list's canRespond), counted in SQL. */
    async awaitingResponseCount(actor: Actor): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(supervisionNotices)
        .innerJoin(orgUnits, eq(orgUnits.id, supervisionNotices.orgUnitId))
        .innerJoin(planTasks, eq(planTasks.id, supervisionNotices.taskId))
        .where(
          and(eq(supervisionNotices.orgUnitId, actor.orgUnitId), isNull(supervisionNotices.respondedOn)),
        );
      return row?.n ?? 0;
    },

    /**
     * 工作台: notices of the `leader` list the leader may instruct and has not yet (canInstruct, no 批示).
     * Their state needs the plan's evaluation, so SQL reads only the unanswered notices without a 批示 and
     * their state is worked out as the list does.
     */
    async awaitingInstructionCount(actor: Actor): Promise<number> {
      if (!hasCityWideScope(actor.role)) throw problems.forbidden("只有市局可以查看全部督办单。");
      const rows = await db
        .select({
          planId: supervisionNotices.planId,
          taskId: supervisionNotices.taskId,
          orgUnitId: supervisionNotices.orgUnitId,
          raisedOn: supervisionNotices.raisedOn,
          respondedOn: supervisionNotices.respondedOn,
          triggerKind: supervisionNotices.triggerKind,
        })
        .from(supervisionNotices)
        .innerJoin(orgUnits, eq(orgUnits.id, supervisionNotices.orgUnitId))
        .innerJoin(planTasks, eq(planTasks.id, supervisionNotices.taskId))
        .where(and(isNull(supervisionNotices.respondedOn), isNull(supervisionNotices.instruction)));
      const stateOf = await noticeStateReader(rows.map((r) => r.planId));
      return rows.filter((n) => {
        const state = stateOf(n);
        return isLeaderVisible(state) && canInstruct(actor, n, state);
      }).length;
    },

    async respond(actor: Actor, id: string, response: string) {
      const text = response.trim();
      if (text.length < 5) throw problems.field("response", "请填写整改措施或情况说明（至少 5 个字）");
      return db.transaction(async (tx) => {
        const [n] = await tx
          .select()
          .from(supervisionNotices)
          .where(eq(supervisionNotices.id, id))
          .for("update");
        if (!n || (n.orgUnitId !== actor.orgUnitId && !hasCityWideScope(actor.role)))
          throw problems.notFound("督办单");
        supervisionNoticePolicy.authorize(actor, "respond", n);
        const plan = await findPlan(tx, n.planId);
        const at = ctx.clock.now();
        const today = planToday(plan?.evaluationDate ?? null, at);
        await tx
          .update(supervisionNotices)
          .set({ response: text, respondedOn: today, respondedBy: actor.userId })
          .where(eq(supervisionNotices.id, id));
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "SUPERVISION_NOTICE_RESPONDED",
            entityId: id,
            before: { response: null },
            after: { response: text, respondedOn: today },
          },
          at,
        );
        return { id, respondedOn: today };
      });
    },

    /**
     * A leader's 批示 on an unanswered 督办单, and with `urge` a 催办: the unit is notified at once and sees the
     * 批示 on the notice until its reply closes it.
     */
    async instruct(actor: Actor, id: string, input: { instruction: string; urge: boolean }) {
      const text = input.instruction.trim();
      if (text.length < 2) throw problems.field("instruction", "请填写批示内容");
      return db.transaction(async (tx) => {
        const [n] = await tx
          .select()
          .from(supervisionNotices)
          .where(eq(supervisionNotices.id, id))
          .for("update");
        if (!n) throw problems.notFound("督办单");
        supervisionNoticePolicy.authorize(actor, "instruct", n);
        const plan = await findPlan(tx, n.planId);
        const at = ctx.clock.now();
        const today = planToday(plan?.evaluationDate ?? null, at);
        const urgedCount = n.urgedCount + (input.urge ? 1 : 0);
        await tx
          .update(supervisionNotices)
          .set({
            instruction: text,
            instructedBy: actor.userId,
            instructedOn: today,
            urgedCount,
            ...(input.urge ? { lastUrgedOn: today } : {}),
          })
          .where(eq(supervisionNotices.id, id));
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "SUPERVISION_NOTICE_INSTRUCTED",
            entityId: id,
            before: { instruction: n.instruction },
            after: { instruction: text, urged: input.urge },
          },
          at,
        );
        await notify(
          tx,
          [
            {
              orgUnitId: n.orgUnitId,
              role: null,
              kind: input.urge ? "supervision_urged" : "supervision_instructed",
              title: `${input.urge ? "领导催办" : "领导批示"}：${n.reason}`,
              body: `批示：${text}`,
              link: `/work-plan/supervision?notice=${id}`,
            },
          ],
          at,
        );
        return { id, instructedOn: today, urgedCount };
      });
    },

    /** Open and escalated counts for the dashboard. */
    async counts(planId: string, evaluation: PlanEvaluation) {
      const rows = await db
        .select({
          raisedOn: supervisionNotices.raisedOn,
          respondedOn: supervisionNotices.respondedOn,
          kind: supervisionNotices.triggerKind,
          taskId: supervisionNotices.taskId,
        })
        .from(supervisionNotices)
        .where(eq(supervisionNotices.planId, planId));
      const statusOf = taskStatuses(evaluation);
      let open = 0;
      let escalated = 0;
      for (const r of rows) {
        const state = noticeState({
          raisedOn: r.raisedOn,
          respondedOn: r.respondedOn,
          now: evaluation.at,
          kind: r.kind as SupervisionTrigger["kind"],
          taskStatus: statusOf.get(r.taskId),
        });
        if (state === "awaiting_response") open += 1;
        if (state === "escalated") escalated += 1;
      }
      return { total: rows.length, open, escalated };
    },

    /**
     * A 督办单 raised by another module on a task of the latest plan that has `taskCode` (the inspectorate's
     * overdue 整改单 on 加强教育督导评估), inside the caller's transaction. It then runs the same course as the
     * plan's own: a response deadline, the unit's answer, escalation to the leaders by `sweep` when unanswered.
     * Null when no plan has the task or the same cause was raised before.
     */
    async raiseFor(
      tx: Db,
      input: { taskCode: string; orgUnitId: string; trigger: SupervisionTrigger; reason: string },
    ): Promise<{ id: string; planId: string; responseDeadline: string } | null> {
      const [task] = await tx
        .select({ id: planTasks.id, planId: planTasks.planId })
        .from(planTasks)
        .innerJoin(workPlans, eq(workPlans.id, planTasks.planId))
        .where(eq(planTasks.code, input.taskCode))
        .orderBy(desc(workPlans.year))
        .limit(1);
      if (!task) return null;
      const plan = await findPlan(tx, task.planId);
      const at = ctx.clock.now();
      const today = planToday(plan?.evaluationDate ?? null, at);
      const [row] = await tx
        .insert(supervisionNotices)
        .values({
          planId: task.planId,
          taskId: task.id,
          orgUnitId: input.orgUnitId,
          triggerKey: triggerKey(input.trigger),
          triggerKind: input.trigger.kind,
          reason: input.reason,
          raisedOn: today,
          responseDeadline: responseDeadline(today),
          createdAt: at,
        })
        .onConflictDoNothing()
        .returning({ id: supervisionNotices.id });
      if (!row) return null;
      await recordAudit(
        tx,
        SYSTEM,
        { event: "SUPERVISION_NOTICE_RAISED", entityId: row.id, after: { reason: input.reason } },
        at,
      );
      await notify(
        tx,
        [
          {
            orgUnitId: input.orgUnitId,
            role: null,
            kind: "supervision_raised",
            title: `督办单：${input.reason}`,
            body: `请于 ${responseDeadline(today)} 前回复。`,
            link: `/work-plan/supervision?notice=${row.id}`,
          },
        ],
        at,
      );
      return { id: row.id, planId: task.planId, responseDeadline: responseDeadline(today) };
    },

    async byTask(taskId: string) {
      return db.select().from(supervisionNotices).where(eq(supervisionNotices.taskId, taskId));
    },
  };
}

export type SupervisionService = ReturnType<typeof createSupervisionService>;
