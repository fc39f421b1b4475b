import { beijingDate } from "./plan-dates.ts";
import type { IsoDate } from "./plan-dates.ts";
import { labelledCodes } from "../labelled-codes.ts";

/** done: completed (on time or not); late: due day has passed, not done; pending: not yet due. */
export const { codes: MILESTONE_STATUSES, labels: MILESTONE_STATUS_LABELS } = labelledCodes({
  done: "已完成",
  late: "已逾期",
  pending: "待完成",
});
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

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
