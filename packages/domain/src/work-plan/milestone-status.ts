import { beijingDate } from "./plan-dates.ts";
import type { IsoDate } from "./plan-dates.ts";

/** done: completed (on time or not); late: due day has passed, not done; pending: not yet due. */
export const MILESTONE_STATUSES = ["done", "late", "pending"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  done: "已完成",
  late: "已逾期",
  pending: "待完成",
};

export interface EvaluateMilestoneOptions {
  dueDate: IsoDate;
  /** Beijing day the lead division marked it complete; null while open. */
  completedOn: IsoDate | null;
  now: Date;
}

/** The due day itself is still on time; a completion dated in the future (clock skew, typo) does not count yet. */
export function evaluateMilestone({ dueDate, completedOn, now }: EvaluateMilestoneOptions): MilestoneStatus {
  const today = beijingDate(now);
  if (completedOn !== null && completedOn <= today) return "done";
  return today > dueDate ? "late" : "pending";
}
