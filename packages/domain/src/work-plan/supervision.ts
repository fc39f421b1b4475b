import { addDays, beijingDate } from "./plan-dates.ts";
import type { IsoDate } from "./plan-dates.ts";
import type { MilestoneStatus } from "./milestone-status.ts";
import type { ReportState } from "./reporting-periods.ts";
import type { TargetStatus } from "./target-status.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * Calendar days a division has to answer a 督办单. The usual rule is 5 working days; without a
 * holiday calendar, 7 calendar days give 5 working days in any ordinary week.
 */
export const RESPONSE_DAYS = 7;

/**
 * Why a 督办单 is raised. The brief names an overdue report and a 严重滞后 target; a target past
 * its deadline and a missed milestone are worse states of the same thing, so they raise one too.
 */
export type SupervisionTrigger =
  | { kind: "report_overdue"; taskCode: string; periodKey: string }
  | { kind: "target_seriously_lagging"; taskCode: string; targetCode: string }
  | { kind: "target_overdue"; taskCode: string; targetCode: string }
  | { kind: "milestone_late"; taskCode: string; milestoneCode: string }
  /** Raised by another module on a record tied to the task (a campus-safety hazard past its deadline). */
  | { kind: "hazard_overdue"; taskCode: string; hazardId: string }
  /** Raised by the inspectorate on its plan task: a 整改单 still open past its deadline. */
  | { kind: "rectification_overdue"; taskCode: string; orderId: string };

export const TRIGGER_LABELS: Record<SupervisionTrigger["kind"], string> = {
  report_overdue: "进展报告逾期未报",
  target_seriously_lagging: "目标严重滞后",
  target_overdue: "目标逾期未完成",
  milestone_late: "节点逾期",
  hazard_overdue: "校园安全隐患逾期未整改",
  rectification_overdue: "督导整改逾期",
};

/**
 * A task whose every target is 已完成 and every milestone done owes no further periodic reports: a missing
 * report raises no 督办单, and one raised before the task was complete is closed as 无需回复 rather than
 * escalated to the leaders. Other causes keep their course (an answer about a late milestone is still owed).
 */
export function isReportOwed(taskStatus: TargetStatus | undefined): boolean {
  return taskStatus !== "completed";
}

export interface TaskSupervisionInput {
  taskCode: string;
  /** The task's rolled-up status; `completed` ends its periodic reports. */
  taskStatus?: TargetStatus;
  reports: readonly { periodKey: string; state: ReportState }[];
  targets: readonly { code: string; status: TargetStatus }[];
  milestones: readonly { code: string; status: MilestoneStatus }[];
}

export function supervisionTriggers({
  taskCode,
  taskStatus,
  reports,
  targets,
  milestones,
}: TaskSupervisionInput): SupervisionTrigger[] {
  const triggers: SupervisionTrigger[] = [];
  for (const r of reports) {
    if (r.state === "overdue" && isReportOwed(taskStatus))
      triggers.push({ kind: "report_overdue", taskCode, periodKey: r.periodKey });
  }
  for (const t of targets) {
    if (t.status === "seriously_lagging")
      triggers.push({ kind: "target_seriously_lagging", taskCode, targetCode: t.code });
    if (t.status === "overdue") triggers.push({ kind: "target_overdue", taskCode, targetCode: t.code });
  }
  for (const m of milestones) {
    if (m.status === "late") triggers.push({ kind: "milestone_late", taskCode, milestoneCode: m.code });
  }
  return triggers;
}

/** A stable key per cause, so the same lag does not raise a second 督办单 every day it persists. */
export function triggerKey(trigger: SupervisionTrigger): string {
  switch (trigger.kind) {
    case "report_overdue":
      return `${trigger.kind}:${trigger.taskCode}:${trigger.periodKey}`;
    case "target_seriously_lagging":
    case "target_overdue":
      return `${trigger.kind}:${trigger.targetCode}`;
    case "milestone_late":
      return `${trigger.kind}:${trigger.milestoneCode}`;
    case "hazard_overdue":
      return `${trigger.kind}:${trigger.hazardId}`;
    case "rectification_overdue":
      return `${trigger.kind}:${trigger.orderId}`;
  }
}

/** Triggers that have no 督办单 yet, given the keys of those already raised. */
export function newTriggers(
  triggers: readonly SupervisionTrigger[],
  raisedKeys: ReadonlySet<string>,
): SupervisionTrigger[] {
  return triggers.filter((t) => !raisedKeys.has(triggerKey(t)));
}

export function responseDeadline(raisedOn: IsoDate): IsoDate {
  return addDays(raisedOn, RESPONSE_DAYS);
}

/**
 * awaiting_response: open and within the deadline (the deadline day included); escalated: open
 * past the deadline — it now shows in the leaders' view; responded / responded_late: answered;
 * not_required: an unanswered report notice of a task that has since been completed (see isReportOwed).
 */
export const { codes: NOTICE_STATES, labels: NOTICE_STATE_LABELS } = labelledCodes({
  awaiting_response: "待回复",
  escalated: "已升级至局领导",
  responded: "已回复",
  responded_late: "逾期回复",
  not_required: "任务已完成，无需回复",
});
export type NoticeState = (typeof NOTICE_STATES)[number];

export interface NoticeStateOptions {
  raisedOn: IsoDate;
  respondedOn: IsoDate | null;
  now: Date;
  /** What raised the notice and where its task stands now; without them a notice is judged by dates alone. */
  kind?: SupervisionTrigger["kind"];
  taskStatus?: TargetStatus;
}

export function noticeState({
  raisedOn,
  respondedOn,
  now,
  kind,
  taskStatus,
}: NoticeStateOptions): NoticeState {
  const deadline = responseDeadline(raisedOn);
  if (respondedOn !== null) return respondedOn > deadline ? "responded_late" : "responded";
  if (kind === "report_overdue" && !isReportOwed(taskStatus)) return "not_required";
  return beijingDate(now) > deadline ? "escalated" : "awaiting_response";
}

/** Leaders see notices that were not answered in time, whether or not an answer came later. */
export function isLeaderVisible(state: NoticeState): boolean {
  return state === "escalated" || state === "responded_late";
}
