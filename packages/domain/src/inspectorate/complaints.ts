import { addDays } from "../work-plan/plan-dates.ts";

/**
 * 举报/信访 time limits (《信访工作条例》, 2022): a complaint is accepted or
 * declined within 15 days of receipt, answered within 60 days of acceptance, and the answer may be
 * extended once by at most 30 days with the reason written down.
 */
export const ACCEPT_DAYS = 15;
export const REPLY_DAYS = 60;
export const EXTENSION_DAYS_MAX = 30;

export const COMPLAINT_TOPICS = {
  burden: "学生减负",
  paid_tutoring: "有偿补课",
  ethics: "师德师风",
  school_conduct: "规范办学行为",
  other: "其他",
} as const;
export type ComplaintTopic = keyof typeof COMPLAINT_TOPICS;

export function acceptDeadline(receivedOn: string): string {
  return addDays(receivedOn, ACCEPT_DAYS);
}

export function replyDeadline(acceptedOn: string, extensionDays = 0): string {
  return addDays(acceptedOn, REPLY_DAYS + extensionDays);
}

export function checkExtension(days: number, alreadyExtended: boolean): string | null {
  if (alreadyExtended) return "办理期限只能延长一次";
  if (!Number.isInteger(days) || days < 1 || days > EXTENSION_DAYS_MAX)
    return `延长天数应为 1–${EXTENSION_DAYS_MAX} 天`;
  return null;
}

export type ComplaintState =
  "awaiting_acceptance" | "acceptance_overdue" | "in_progress" | "overdue" | "replied" | "replied_late";

export const COMPLAINT_STATE_LABELS: Record<ComplaintState, string> = {
  awaiting_acceptance: "待受理",
  acceptance_overdue: "受理逾期",
  in_progress: "办理中",
  overdue: "办理逾期",
  replied: "已答复",
  replied_late: "逾期答复",
};

export function complaintState(c: {
  receivedOn: string;
  acceptedOn: string | null;
  repliedOn: string | null;
  extensionDays: number;
  today: string;
}): ComplaintState {
  if (c.acceptedOn === null)
    return c.today > acceptDeadline(c.receivedOn) ? "acceptance_overdue" : "awaiting_acceptance";
  const deadline = replyDeadline(c.acceptedOn, c.extensionDays);
  if (c.repliedOn !== null) return c.repliedOn > deadline ? "replied_late" : "replied";
  return c.today > deadline ? "overdue" : "in_progress";
}

/** A named complaint needs a name and a mainland mobile number to answer to; an anonymous one needs neither. */
export function checkComplainant(c: {
  anonymous: boolean;
  name: string | null;
  phone: string | null;
}): { field: string; message: string } | null {
  if (c.anonymous) return null;
  if (!c.name || c.name.trim().length < 2)
    return { field: "name", message: "实名举报请填写姓名（或选择匿名）" };
  if (!c.phone || !/^1[3-9]\d{9}$/.test(c.phone))
    return { field: "phone", message: "请填写 11 位手机号码，以便答复" };
  return null;
}

/** 138****5678: complainants' phones are masked except for the handler who needs to call back. */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : "****";
}
