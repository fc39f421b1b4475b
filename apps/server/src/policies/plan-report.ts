import { isWithin } from "@edubureau/domain";
import {
  canEditReport,
  canReviewReport,
  reportLockedReason,
  type ReportStatus,
} from "@edubureau/domain/work-plan";
import type { Actor } from "../http/actor.ts";
import { AppError, problems } from "../http/problem.ts";
import { definePolicy, firstDenial, type Verdict } from "./policy.ts";

/** What the policy needs to know of a progress report (进展报告). */
export interface PlanReportRecord {
  /** The reporting unit and its org-tree path. */
  orgUnitId: string;
  unitPath: string;
  /** The task's lead unit, which reviews. */
  leadUnitId: string;
  status: ReportStatus;
}

/**
 * Who sees a report: its own unit, the task's lead unit, and anyone whose scope holds the reporting unit.
 * Lists apply the same rule in SQL before their limit (plan-report-list.queries.ts, `reportReadScope`).
 */
function read(actor: Actor, r: PlanReportRecord): Verdict {
  const sees =
    actor.orgUnitId === r.orgUnitId ||
    actor.orgUnitId === r.leadUnitId ||
    isWithin(r.unitPath, actor.scopePath);
  return sees ? true : () => problems.notFound("进展报告");
}

const parties = (r: PlanReportRecord) => ({
  reporterUnitId: r.orgUnitId,
  leadUnitId: r.leadUnitId,
  status: r.status,
});

export const planReportPolicy = definePolicy<PlanReportRecord, "read" | "update" | "review">({
  read,
  /** Edit, attach, detach and submit: the reporting unit, while the life cycle allows. */
  update: (actor, r) =>
    firstDenial(
      () => read(actor, r),
      () =>
        actor.orgUnitId === r.orgUnitId
          ? true
          : () => problems.forbidden("只有报送单位可以修改或提交本报告。"),
      () => {
        const locked = reportLockedReason(r.status);
        return locked === null ? true : () => problems.conflict(locked);
      },
      () => (canEditReport(actor.orgUnitId, parties(r)) ? true : () => problems.forbidden()),
    ),
  /** Accept or return: the task's lead unit, a submitted report of another unit. */
  review: (actor, r) =>
    firstDenial(
      () => read(actor, r),
      () =>
        actor.orgUnitId === r.leadUnitId
          ? true
          : () => problems.forbidden("只有任务的牵头单位可以审核进展报告。"),
      () =>
        r.status === "submitted"
          ? true
          : () =>
              new AppError(
                "conflict",
                "报告状态已变化",
                "该报告不在待审核状态（可能已被审核或退回），请刷新。",
              ),
      () => (canReviewReport(actor.orgUnitId, parties(r)) ? true : () => problems.forbidden()),
    ),
});

/** A unit opens a report on a task only when it answers for the task (lead, co-operating or share holder). */
export const taskReportingPolicy = definePolicy<{ responsibleUnitIds: ReadonlySet<string> }, "report">({
  report: (actor, task) =>
    task.responsibleUnitIds.has(actor.orgUnitId)
      ? true
      : () => problems.forbidden("本单位不是该任务的牵头或配合单位，无需报送进展。"),
});

/** The read rule as data for a list query: the actor's unit (own reports, lead of the task) and scope. */
export function reportReadScope(actor: Actor): { unitId: string; scopePath: string } {
  return { unitId: actor.orgUnitId, scopePath: actor.scopePath };
}
