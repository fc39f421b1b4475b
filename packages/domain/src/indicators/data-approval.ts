import type { Role } from "../access/roles.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * One approval state per reporting unit and period: 学校提交 → 区县审核 → 市局确认. Anything past
 * 草稿 is locked; to change it, whoever holds the latest step reopens it (with a reason) back to 草稿.
 */
export const { codes: APPROVAL_STATUSES, labels: APPROVAL_STATUS_LABELS } = labelledCodes({
  draft: "草稿",
  submitted: "已提交",
  district_approved: "区县已审核",
  city_confirmed: "市局已确认",
});
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** What counts as approved when a view leaves out unapproved data. */
export const APPROVED_STATUSES: readonly ApprovalStatus[] = ["district_approved", "city_confirmed"];

export const { codes: APPROVAL_ACTIONS, labels: APPROVAL_ACTION_LABELS } = labelledCodes({
  submit: "提交",
  approve: "区县审核",
  confirm: "市局确认",
  reopen: "退回修改",
});
export type ApprovalAction = (typeof APPROVAL_ACTIONS)[number];

/** The tier an account acts at: 学校, 区县 (区县审核), 市局 (市局确认). */
export type ApprovalLevel = "school" | "district" | "city";
export const APPROVAL_LEVEL_LABELS: Record<ApprovalLevel, string> = {
  school: "学校",
  district: "区县教育局",
  city: "市局",
};

export function approvalLevelOf(role: Role): ApprovalLevel | null {
  switch (role) {
    case "school":
      return "school";
    case "district":
      return "district";
    case "city_division":
    case "sys_admin":
      return "city";
    case "city_leader":
    case "inspector":
    case "teacher":
    case "public":
      return null;
  }
}

interface Step {
  from: ApprovalStatus;
  to: ApprovalStatus;
  levels: readonly ApprovalLevel[];
}

/**
 * Who may take each step from which state. The city may also do the district's review: 市直学校 sit
 * directly under the city with no district to review them.
 */
const STEPS: Record<ApprovalAction, readonly Step[]> = {
  submit: [{ from: "draft", to: "submitted", levels: ["school", "district", "city"] }],
  approve: [{ from: "submitted", to: "district_approved", levels: ["district", "city"] }],
  confirm: [{ from: "district_approved", to: "city_confirmed", levels: ["city"] }],
  reopen: [
    { from: "submitted", to: "draft", levels: ["district", "city"] },
    { from: "district_approved", to: "draft", levels: ["district", "city"] },
    { from: "city_confirmed", to: "draft", levels: ["city"] },
  ],
};

/** state: not possible from this state; tier: not at this account's tier; reason: a reopen without one. */
export type ApprovalCheck =
  { ok: true; next: ApprovalStatus } | { ok: false; problem: "state" | "tier" | "reason"; message: string };

export function checkApprovalAction(options: {
  status: ApprovalStatus;
  action: ApprovalAction;
  level: ApprovalLevel;
  reason?: string | undefined;
}): ApprovalCheck {
  const { status, action, level } = options;
  const label = APPROVAL_ACTION_LABELS[action];
  const step = STEPS[action].find((s) => s.from === status);
  if (!step)
    return {
      ok: false,
      problem: "state",
      message: `当前状态为“${APPROVAL_STATUS_LABELS[status]}”，不能${label}`,
    };
  if (!step.levels.includes(level)) {
    return {
      ok: false,
      problem: "tier",
      message: `“${APPROVAL_STATUS_LABELS[status]}”的数据只能由${step.levels.map((l) => APPROVAL_LEVEL_LABELS[l]).join("或")}${label}`,
    };
  }
  if (action === "reopen" && !options.reason?.trim())
    return { ok: false, problem: "reason", message: "退回修改须说明原因" };
  return { ok: true, next: step.to };
}

/** Data past 草稿 cannot be edited until it is reopened. */
export function isLocked(status: ApprovalStatus): boolean {
  return status !== "draft";
}

const UNLOCKED_BY: Record<Exclude<ApprovalStatus, "draft">, string> = {
  submitted: "区县教育局",
  district_approved: "区县教育局",
  city_confirmed: "市局",
};

/** Why an edit is refused, naming the state and who can reopen it. */
export function lockedMessage(status: Exclude<ApprovalStatus, "draft">, what: string): string {
  return `${what}的数据${APPROVAL_STATUS_LABELS[status]}，已锁定，不能修改；如需修改，请由${UNLOCKED_BY[status]}退回后再改。`;
}
