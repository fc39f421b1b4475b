import { addDays, type IsoDate } from "../work-plan/plan-dates.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * 隐患 life cycle: reported → assigned (responsible person and deadline) → rectified (with evidence) →
 * verified (by the district, or the school's own checker for 一般隐患) → closed. A failed verification sends
 * it back to assigned. Closing or rectifying without evidence is refused. Overdue: past its deadline while not
 * yet rectified — the deadline day counts in full (Beijing calendar day).
 */
export const { codes: HAZARD_LEVELS, labels: HAZARD_LEVEL_LABELS } = labelledCodes({
  major: "重大隐患",
  serious: "较大隐患",
  general: "一般隐患",
});
export type HazardLevel = (typeof HAZARD_LEVELS)[number];

/** Default rectification period in days when the assigner gives none (platform default, not a national figure). */
export const DEFAULT_RECTIFY_DAYS: Record<HazardLevel, number> = { major: 30, serious: 15, general: 7 };

export const { codes: HAZARD_STATUSES, labels: HAZARD_STATUS_LABELS } = labelledCodes({
  reported: "已上报",
  assigned: "整改中",
  rectified: "已整改待验收",
  verified: "已验收",
  closed: "已销号",
});
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

export const HAZARD_ACTIONS = ["assign", "rectify", "verify", "reject", "close"] as const;
export type HazardAction = (typeof HAZARD_ACTIONS)[number];

const FROM: Record<HazardAction, HazardStatus> = {
  assign: "reported",
  rectify: "assigned",
  verify: "rectified",
  reject: "rectified",
  close: "verified",
};
const TO: Record<HazardAction, HazardStatus> = {
  assign: "assigned",
  rectify: "rectified",
  verify: "verified",
  reject: "assigned",
  close: "closed",
};

export interface HazardTransitionInput {
  status: HazardStatus;
  action: HazardAction;
  /** Evidence (photos, a description) attached so far, including this step. */
  evidenceCount: number;
  responsible?: string | null;
  deadline?: IsoDate | null;
}

export type HazardTransition = { ok: true; to: HazardStatus } | { ok: false; field: string; message: string };

export function hazardTransition(input: HazardTransitionInput): HazardTransition {
  const { status, action } = input;
  if (status === "closed") return { ok: false, field: "action", message: "该隐患已销号，不能再操作。" };
  if (FROM[action] !== status)
    return {
      ok: false,
      field: "action",
      message: `隐患当前状态为“${HAZARD_STATUS_LABELS[status]}”，不能执行该操作。`,
    };
  if (action === "assign") {
    if (!input.responsible?.trim()) return { ok: false, field: "responsible", message: "请填写整改责任人" };
    if (!input.deadline) return { ok: false, field: "deadline", message: "请填写整改期限" };
  }
  if ((action === "rectify" || action === "close") && input.evidenceCount < 1)
    return { ok: false, field: "evidence", message: "没有整改佐证材料，不能整改完成或销号" };
  return { ok: true, to: TO[action] };
}

export function defaultDeadline(level: HazardLevel, today: IsoDate): IsoDate {
  return addDays(today, DEFAULT_RECTIFY_DAYS[level]);
}

/** Overdue: not yet rectified and the deadline day is over. On the deadline day itself it is not overdue. */
export function isHazardOverdue(
  h: { status: HazardStatus; deadline: IsoDate | null },
  today: IsoDate,
): boolean {
  if (h.deadline === null) return false;
  if (h.status !== "reported" && h.status !== "assigned") return false;
  return today > h.deadline;
}

export function isHazardOpen(status: HazardStatus): boolean {
  return status !== "closed";
}
