import { randomUUID, createHash } from "node:crypto";
import { and, asc, eq, sql } from "drizzle-orm";
import {
  ATTACHMENTS_PER_REPORT,
  checkAttachment,
  checkReportedValue,
  periodLabelOf,
  planToday,
  reportingPeriods,
  statusOnSubmit,
  type IsoDate,
} from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems, type FieldProblem } from "../../http/problem.ts";
import { planReportPolicy, reportReadScope, taskReportingPolicy } from "../../policies/plan-report.ts";
import { entityHistory, recordAudit, whoOf, type AuditEventOf } from "../audit/audit.service.ts";
import { notify } from "../notifications/notifications.service.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import type { AttachmentStore } from "./attachment-store.ts";
import type { AttachmentUpload } from "./attachment-upload.ts";
import {
  planReportAttachments,
  planReportMilestones,
  planReports,
  planReportValues,
  type ReportStatus,
} from "./plan-progress.tables.ts";
import {
  countReadableReports,
  listReadableReports,
  type ReportListFilter,
} from "./plan-report-list.queries.ts";
import { loadTaskContext, type TaskContext } from "./task-context.queries.ts";
import { planMilestones } from "./work-plan.tables.ts";

const ENTITY = "plan_report";

export interface ReportInput {
  narrative?: string | undefined;
  values?: { targetId: string; value: number }[] | undefined;
  milestones?: { milestoneId: string; completedOn: string }[] | undefined;
}

type ReportRow = typeof planReports.$inferSelect;

/** Which reports a list asks for: a review queue (lead unit), the unit's own, one task's, one status. */
export interface ReportQueueFilter {
  queue?: "review" | "mine" | undefined;
  taskId?: string | undefined;
  status?: ReportStatus | undefined;
}

function listFilter(actor: Actor, filter: ReportQueueFilter): ReportListFilter {
  return {
    unitId: filter.queue === "mine" ? actor.orgUnitId : undefined,
    reviewBy: filter.queue === "review" ? actor.orgUnitId : undefined,
    taskId: filter.taskId,
    status: filter.status,
  };
}

export function createPlanReportsService(ctx: AppContext, deps: { store: AttachmentStore }) {
  const { db } = ctx.database;
  const now = () => ctx.clock.now();

  async function contextOf(tx: Db, taskId: string): Promise<TaskContext> {
    const found = await loadTaskContext(tx, taskId);
    if (!found) throw problems.notFound("计划任务");
    return found;
  }

  async function unitPath(tx: Db, id: string): Promise<{ path: string; name: string }> {
    const [row] = await tx
      .select({ path: orgUnits.path, name: orgUnits.name })
      .from(orgUnits)
      .where(eq(orgUnits.id, id));
    if (!row) throw problems.notFound("单位");
    return row;
  }

  /** The report, its task and what the policy needs, after the actor's `action` is authorised on it. */
  async function loadAuthorized(
    tx: Db,
    actor: Actor,
    id: string,
    action: "read" | "update" | "review",
    lock = false,
  ) {
    const query = tx.select().from(planReports).where(eq(planReports.id, id));
    const [report] = lock ? await query.for("update") : await query;
    if (!report) throw problems.notFound("进展报告");
    const context = await contextOf(tx, report.taskId);
    const record = policyRecord(report, context, (await unitPath(tx, report.orgUnitId)).path);
    planReportPolicy.authorize(actor, action, record);
    return { report, context };
  }

  function policyRecord(report: ReportRow, context: TaskContext, path: string) {
    return {
      orgUnitId: report.orgUnitId,
      unitPath: path,
      leadUnitId: context.task.leadUnitId,
      status: report.status,
    };
  }

  async function detail(tx: Db, actor: Actor, report: ReportRow, context: TaskContext) {
    // Sequential: this runs inside write transactions, where a client takes one query at a time.
    const values = await tx.select().from(planReportValues).where(eq(planReportValues.reportId, report.id));
    const milestones = await tx
      .select()
      .from(planReportMilestones)
      .where(eq(planReportMilestones.reportId, report.id));
    const attachments = await tx
      .select()
      .from(planReportAttachments)
      .where(eq(planReportAttachments.reportId, report.id))
      .orderBy(asc(planReportAttachments.uploadedAt));
    const unit = await unitPath(tx, report.orgUnitId);
    const abilities = planReportPolicy.abilities(actor, policyRecord(report, context, unit.path));
    const history = await entityHistory(tx, { entities: [ENTITY], entityId: report.id, limit: 50 });
    const period = reportingPeriods(context.plan.year, context.plan.reportingFrequency).find(
      (p) => p.key === report.periodKey,
    );
    return {
      id: report.id,
      task: { id: context.task.id, code: context.task.code, title: context.task.title },
      plan: { id: context.plan.id, year: context.plan.year },
      unit: { id: report.orgUnitId, name: unit.name },
      periodKey: report.periodKey,
      periodLabel: period?.label ?? report.periodKey,
      dueDate: period?.dueDate ?? null,
      status: report.status,
      narrative: report.narrative,
      manualTargets: context.manualTargets.map((t) => ({
        ...t,
        value: values.find((v) => v.targetId === t.id)?.value ?? null,
      })),
      milestones: context.milestones.map((m) => ({
        ...m,
        reportedOn: milestones.find((r) => r.milestoneId === m.id)?.completedOn ?? null,
      })),
      attachments: attachments.map((a) => ({
        id: a.id,
        fileName: a.fileName,
        mediaType: a.mediaType,
        sizeBytes: a.sizeBytes,
        uploadedAt: a.uploadedAt,
      })),
      submittedOn: report.submittedOn,
      submittedAt: report.submittedAt,
      reviewedAt: report.reviewedAt,
      returnReason: report.returnReason,
      revision: report.revision,
      abilities: { update: abilities.update, review: abilities.review },
      canEdit: abilities.update,
      canReview: abilities.review,
      history: history.map((h) => ({ at: h.at, actor: h.actorName, action: h.action, after: h.after })),
    };
  }

  async function audit(
    tx: Db,
    actor: Actor,
    id: string,
    event: AuditEventOf<"PLAN_REPORT_">,
    before: object | null,
    after: object | null,
  ) {
    await recordAudit(tx, whoOf(actor), { event, entityId: id, before, after }, now());
  }

  function validateInput(context: TaskContext, input: ReportInput, today: IsoDate): FieldProblem[] {
    const errors: FieldProblem[] = [];
    for (const [i, v] of (input.values ?? []).entries()) {
      const target = context.manualTargets.find((t) => t.id === v.targetId);
      if (!target) {
        errors.push({
          field: `values[${i}].targetId`,
          message: "该目标不属于本任务，或由系统自动计算，无需填报",
        });
        continue;
      }
      const problem = checkReportedValue(`values[${i}].value`, target.name, target.unit, v.value);
      if (problem) errors.push(problem);
    }
    for (const [i, m] of (input.milestones ?? []).entries()) {
      const milestone = context.milestones.find((x) => x.id === m.milestoneId);
      if (!milestone) errors.push({ field: `milestones[${i}].milestoneId`, message: "该节点不属于本任务" });
      else if (m.completedOn > today)
        errors.push({
          field: `milestones[${i}].completedOn`,
          message: `“${milestone.name}”的完成日期不能晚于今天`,
        });
      else if (m.completedOn < `${context.plan.year}-01-01`)
        errors.push({
          field: `milestones[${i}].completedOn`,
          message: `“${milestone.name}”的完成日期早于计划年度`,
        });
    }
    return errors;
  }

  return {
    /** The actor's unit's report on a task for a period: created as a draft the first time. */
    async open(actor: Actor, input: { taskId: string; periodKey: string }) {
      return db.transaction(async (tx) => {
        const context = await contextOf(tx, input.taskId);
        taskReportingPolicy.authorize(actor, "report", context);
        const today = planToday(context.plan.evaluationDate, now());
        const period = reportingPeriods(context.plan.year, context.plan.reportingFrequency).find(
          (p) => p.key === input.periodKey,
        );
        if (!period)
          throw problems.field("periodKey", `报告期 ${input.periodKey} 不属于 ${context.plan.year} 年计划`);
        if (period.start > today) throw problems.field("periodKey", `${period.label}尚未开始，不能报送`);
        const [existing] = await tx
          .select()
          .from(planReports)
          .where(
            and(
              eq(planReports.taskId, input.taskId),
              eq(planReports.orgUnitId, actor.orgUnitId),
              eq(planReports.periodKey, input.periodKey),
            ),
          );
        if (existing) return detail(tx, actor, existing, context);
        const at = now();
        const [created] = await tx
          .insert(planReports)
          .values({
            taskId: input.taskId,
            orgUnitId: actor.orgUnitId,
            periodKey: input.periodKey,
            status: "draft",
            createdAt: at,
            updatedAt: at,
          })
          .onConflictDoNothing()
          .returning();
        if (!created) throw problems.conflict("该报告刚被同单位的其他人创建，请刷新后重试。");
        await audit(tx, actor, created.id, "PLAN_REPORT_CREATED", null, {
          taskCode: context.task.code,
          periodKey: input.periodKey,
        });
        return detail(tx, actor, created, context);
      });
    },

    async get(actor: Actor, id: string) {
      const { report, context } = await loadAuthorized(db, actor, id, "read");
      return detail(db, actor, report, context);
    },

    async update(actor: Actor, id: string, input: ReportInput) {
      return db.transaction(async (tx) => {
        const { report, context } = await loadAuthorized(tx, actor, id, "update", true);
        const errors = validateInput(context, input, planToday(context.plan.evaluationDate, now()));
        if (errors.length > 0) throw problems.invalid("报告内容有误，请按提示修改。", errors);
        const before = await detail(tx, actor, report, context);
        const at = now();
        if (input.narrative !== undefined) {
          await tx
            .update(planReports)
            .set({ narrative: input.narrative, updatedAt: at })
            .where(eq(planReports.id, id));
        }
        if (input.values !== undefined) {
          await tx.delete(planReportValues).where(eq(planReportValues.reportId, id));
          if (input.values.length > 0)
            await tx.insert(planReportValues).values(input.values.map((v) => ({ reportId: id, ...v })));
        }
        if (input.milestones !== undefined) {
          await tx.delete(planReportMilestones).where(eq(planReportMilestones.reportId, id));
          if (input.milestones.length > 0)
            await tx
              .insert(planReportMilestones)
              .values(input.milestones.map((m) => ({ reportId: id, ...m })));
        }
        const [updated] = await tx.select().from(planReports).where(eq(planReports.id, id));
        if (!updated) throw problems.notFound("进展报告");
        const after = await detail(tx, actor, updated, context);
        await audit(
          tx,
          actor,
          id,
          "PLAN_REPORT_UPDATED",
          { narrative: before.narrative, values: before.manualTargets, milestones: before.milestones },
          { narrative: after.narrative, values: after.manualTargets, milestones: after.milestones },
        );
        return after;
      });
    },

    /** Checks type, size and content before the file is stored; the row and the file land together. */
    async addAttachment(actor: Actor, id: string, upload: AttachmentUpload) {
      const check = upload.truncated
        ? { ok: false as const, message: `附件“${upload.fileName}”超过 10 MB` }
        : checkAttachment(upload.fileName, upload.data.subarray(0, 16), upload.data.length);
      if (!check.ok) throw problems.invalid(check.message, [{ field: "file", message: check.message }]);
      const key = randomUUID();
      let stored = false;
      try {
        return await db.transaction(async (tx) => {
          const { report, context } = await loadAuthorized(tx, actor, id, "update", true);
          const [{ n } = { n: 0 }] = await tx
            .select({ n: sql<number>`count(*)::int` })
            .from(planReportAttachments)
            .where(eq(planReportAttachments.reportId, id));
          if (n >= ATTACHMENTS_PER_REPORT)
            throw problems.field("file", `每份报告最多 ${ATTACHMENTS_PER_REPORT} 个附件`);
          const sha256 = createHash("sha256").update(upload.data).digest("hex");
          const [row] = await tx
            .insert(planReportAttachments)
            .values({
              reportId: id,
              fileName: upload.fileName.slice(0, 200),
              mediaType: check.mediaType,
              sizeBytes: upload.data.length,
              sha256,
              storageKey: key,
              uploadedBy: actor.userId,
              uploadedAt: now(),
            })
            .returning();
          await audit(tx, actor, id, "PLAN_REPORT_FILE_ATTACHED", null, {
            fileName: row?.fileName,
            sizeBytes: row?.sizeBytes,
            sha256,
          });
          await deps.store.put(key, upload.data);
          stored = true;
          return detail(tx, actor, report, context);
        });
      } catch (error) {
        if (stored) await deps.store.remove(key);
        throw error;
      }
    },

    async removeAttachment(actor: Actor, id: string, attachmentId: string) {
      const removed = await db.transaction(async (tx) => {
        const { report, context } = await loadAuthorized(tx, actor, id, "update", true);
        const [row] = await tx
          .delete(planReportAttachments)
          .where(and(eq(planReportAttachments.id, attachmentId), eq(planReportAttachments.reportId, id)))
          .returning();
        if (!row) throw problems.notFound("附件");
        await audit(
          tx,
          actor,
          id,
          "PLAN_REPORT_FILE_DETACHED",
          { fileName: row.fileName, sha256: row.sha256 },
          null,
        );
        return { key: row.storageKey, view: await detail(tx, actor, report, context) };
      });
      await deps.store.remove(removed.key);
      return removed.view;
    },

    async attachmentFile(actor: Actor, id: string, attachmentId: string) {
      await loadAuthorized(db, actor, id, "read");
      const [row] = await db
        .select()
        .from(planReportAttachments)
        .where(and(eq(planReportAttachments.id, attachmentId), eq(planReportAttachments.reportId, id)));
      if (!row) throw problems.notFound("附件");
      return { fileName: row.fileName, mediaType: row.mediaType, data: await deps.store.get(row.storageKey) };
    },

    /** The lead unit's own report needs no second look and is accepted at once; others await review. */
    async submit(actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const { report, context } = await loadAuthorized(tx, actor, id, "update", true);
        const errors: FieldProblem[] = [];
        if (report.narrative.trim().length < 10)
          errors.push({ field: "narrative", message: "请填写工作进展说明（至少 10 个字）" });
        if (errors.length > 0) throw problems.invalid("报告内容不完整。", errors);
        const at = now();
        const byLead = actor.orgUnitId === context.task.leadUnitId;
        const status: ReportStatus = statusOnSubmit(byLead);
        await tx
          .update(planReports)
          .set({
            status,
            submittedOn: planToday(context.plan.evaluationDate, at),
            submittedAt: at,
            submittedBy: actor.userId,
            reviewedAt: byLead ? at : null,
            reviewedBy: byLead ? actor.userId : null,
            revision: report.revision + 1,
            updatedAt: at,
          })
          .where(eq(planReports.id, id));
        if (byLead) await applyMilestones(tx, id, planToday(context.plan.evaluationDate, at));
        else {
          await notify(
            tx,
            [
              {
                orgUnitId: context.task.leadUnitId,
                role: null,
                kind: "report_submitted",
                title: `${(await unitPath(tx, report.orgUnitId)).name}报送了“${context.task.title}”的进展报告，待审核`,
                link: `/work-plan/reports/${id}`,
              },
            ],
            at,
          );
        }
        await audit(
          tx,
          actor,
          id,
          "PLAN_REPORT_SUBMITTED",
          { status: report.status },
          { status, revision: report.revision + 1 },
        );
        const [updated] = await tx.select().from(planReports).where(eq(planReports.id, id));
        return detail(tx, actor, updated ?? report, context);
      });
    },

    async accept(actor: Actor, id: string) {
      return review(actor, id, "accepted", null);
    },

    async returnReport(actor: Actor, id: string, reason: string) {
      if (reason.trim().length < 2) throw problems.field("reason", "请填写退回原因");
      return review(actor, id, "returned", reason.trim());
    },

    /** Reports visible to the actor: a review queue (lead unit), the unit's own, or one task's. */
    async list(actor: Actor, filter: ReportQueueFilter) {
      const rows = await listReadableReports(db, reportReadScope(actor), listFilter(actor, filter));
      return rows.map((r) => ({
        id: r.id,
        task: { id: r.taskId, code: r.taskCode, title: r.taskTitle },
        unit: { id: r.orgUnitId, name: r.unitName },
        periodKey: r.periodKey,
        status: r.status,
        submittedOn: r.submittedOn,
        returnReason: r.returnReason,
        updatedAt: r.updatedAt,
      }));
    },

    /** How many reports `list` selects (the 工作台's counts), counted in SQL without reading them. */
    async count(actor: Actor, filter: ReportQueueFilter): Promise<number> {
      return countReadableReports(db, reportReadScope(actor), listFilter(actor, filter));
    },
  };

  async function applyMilestones(tx: Db, reportId: string, today: IsoDate) {
    const claimed = await tx
      .select()
      .from(planReportMilestones)
      .where(eq(planReportMilestones.reportId, reportId));
    if (claimed.length === 0) return;
    for (const m of claimed) {
      await tx
        .update(planMilestones)
        .set({ completedOn: m.completedOn <= today ? m.completedOn : today })
        .where(and(eq(planMilestones.id, m.milestoneId), sql`${planMilestones.completedOn} is null`));
    }
  }

  async function review(actor: Actor, id: string, status: "accepted" | "returned", reason: string | null) {
    return db.transaction(async (tx) => {
      const { report, context } = await loadAuthorized(tx, actor, id, "review", true);
      const at = now();
      await tx
        .update(planReports)
        .set({ status, reviewedAt: at, reviewedBy: actor.userId, returnReason: reason, updatedAt: at })
        .where(eq(planReports.id, id));
      if (status === "accepted") await applyMilestones(tx, id, planToday(context.plan.evaluationDate, at));
      await notify(
        tx,
        [
          {
            orgUnitId: report.orgUnitId,
            role: null,
            kind: status === "accepted" ? "report_accepted" : "report_returned",
            title:
              status === "accepted"
                ? `“${context.task.title}”${periodLabelOf(report.periodKey)}进展报告已审核通过`
                : `“${context.task.title}”${periodLabelOf(report.periodKey)}进展报告被退回：${reason ?? ""}`,
            link: `/work-plan/reports/${id}`,
          },
        ],
        at,
      );
      await audit(
        tx,
        actor,
        id,
        status === "accepted" ? "PLAN_REPORT_ACCEPTED" : "PLAN_REPORT_RETURNED",
        { status: report.status },
        { status, reason },
      );
      const [updated] = await tx.select().from(planReports).where(eq(planReports.id, id));
      return detail(tx, actor, updated ?? report, context);
    });
  }
}

export type PlanReportsService = ReturnType<typeof createPlanReportsService>;
