import { labelledCodes } from "../labelled-codes.ts";

/**
 * 安全事件: categories, severity classes, reporting time limits and escalation.
 *
 * Severity follows the four classes of 《国家突发公共事件总体应急预案》 (特别重大 I、重大 II、较大 III、一般 IV).
 * The limits follow the education system's reporting practice (教育系统突发公共事件信息报送: 特别重大、重大
 * 事件事发后 1 小时内报告上级; 较大 2 小时; 一般 24 小时; 续报 and 终报 after). UNVERIFIED against a primary text
 * in this repo (none is in /work/shared/standards): the district acknowledgement, follow-up and closure limits
 * are the platform's defaults, chosen so each escalation comes before the next step is due.
 */

export const { codes: INCIDENT_CATEGORIES, labels: INCIDENT_CATEGORY_LABELS } = labelledCodes({
  accident: "意外伤害",
  violence: "校园欺凌与暴力",
  fire: "火灾",
  food: "食品安全",
  traffic: "交通事故",
  drowning: "溺水",
  building: "校舍与设施",
  health: "公共卫生",
  psychological: "心理危机",
  public_security: "治安事件",
  natural_disaster: "自然灾害",
  other: "其他",
});
export type IncidentCategory = (typeof INCIDENT_CATEGORIES)[number];

export const { codes: SEVERITIES, labels: SEVERITY_LABELS } = labelledCodes({
  I: "特别重大（Ⅰ级）",
  II: "重大（Ⅱ级）",
  III: "较大（Ⅲ级）",
  IV: "一般（Ⅳ级）",
});
export type Severity = (typeof SEVERITIES)[number];

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

export interface SeverityLimits {
  /** From the occurrence to the school's first report (首报). */
  reportWithinMs: number;
  /** From the report to the district's acknowledgement (区县签收); past it the city is told. */
  acknowledgeWithinMs: number;
  /** From the report to the school's first follow-up (续报); past it the district is told. */
  followUpWithinMs: number;
  /** From the report to the closure report (终报); past it the city is told. */
  closeWithinMs: number;
  /** The city is told at once, not only on a time-out. */
  cityAtOnce: boolean;
}

export const SEVERITY_LIMITS: Record<Severity, SeverityLimits> = {
  I: {
    reportWithinMs: 1 * HOUR,
    acknowledgeWithinMs: 15 * MINUTE,
    followUpWithinMs: 4 * HOUR,
    closeWithinMs: 7 * 24 * HOUR,
    cityAtOnce: true,
  },
  II: {
    reportWithinMs: 1 * HOUR,
    acknowledgeWithinMs: 30 * MINUTE,
    followUpWithinMs: 6 * HOUR,
    closeWithinMs: 10 * 24 * HOUR,
    cityAtOnce: true,
  },
  III: {
    reportWithinMs: 2 * HOUR,
    acknowledgeWithinMs: 2 * HOUR,
    followUpWithinMs: 24 * HOUR,
    closeWithinMs: 15 * 24 * HOUR,
    cityAtOnce: false,
  },
  IV: {
    reportWithinMs: 24 * HOUR,
    acknowledgeWithinMs: 24 * HOUR,
    followUpWithinMs: 72 * HOUR,
    closeWithinMs: 30 * 24 * HOUR,
    cityAtOnce: false,
  },
};

/** Severe enough that the 1-hour rule applies. */
export function isSerious(severity: Severity): boolean {
  return severity === "I" || severity === "II";
}

export type ReportCheck =
  { ok: true; late: boolean; lateByMs: number } | { ok: false; field: "occurredAt"; message: string };

/**
 * A first report: the occurrence may not lie in the future (a minute's clock drift allowed); a report past the
 * class's limit is accepted but marked late (迟报). Exactly at the limit is in time.
 */
export const CLOCK_DRIFT_MS = MINUTE;

export function checkIncidentReport(severity: Severity, occurredAt: Date, reportedAt: Date): ReportCheck {
  const gap = reportedAt.getTime() - occurredAt.getTime();
  if (gap < -CLOCK_DRIFT_MS) return { ok: false, field: "occurredAt", message: "事发时间不能晚于当前时间" };
  const limit = SEVERITY_LIMITS[severity].reportWithinMs;
  return { ok: true, late: gap > limit, lateByMs: Math.max(0, gap - limit) };
}

export const { codes: INCIDENT_STATUSES, labels: INCIDENT_STATUS_LABELS } = labelledCodes({
  reported: "待区县签收",
  acknowledged: "处置中",
  closed: "已结案",
});
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const { codes: ESCALATION_KINDS, labels: ESCALATION_LABELS } = labelledCodes({
  acknowledge_overdue: "区县逾期未签收",
  follow_up_overdue: "学校逾期未续报",
  closure_overdue: "逾期未结案",
});
export type EscalationKind = (typeof ESCALATION_KINDS)[number];

/** Who an escalation goes to: the district for a school's missed follow-up, the city otherwise. */
export const ESCALATION_TARGET: Record<EscalationKind, "district" | "city"> = {
  acknowledge_overdue: "city",
  follow_up_overdue: "district",
  closure_overdue: "city",
};

export interface IncidentClock {
  severity: Severity;
  status: IncidentStatus;
  reportedAt: Date;
  acknowledgedAt: Date | null;
  /** First follow-up (续报). */
  followedUpAt: Date | null;
  closedAt: Date | null;
}

export function deadlinesOf(i: Pick<IncidentClock, "severity" | "reportedAt">) {
  const l = SEVERITY_LIMITS[i.severity];
  const at = i.reportedAt.getTime();
  return {
    acknowledgeBy: new Date(at + l.acknowledgeWithinMs),
    followUpBy: new Date(at + l.followUpWithinMs),
    closeBy: new Date(at + l.closeWithinMs),
  };
}

/**
 * The escalations due now: a step not done by its deadline. At the deadline exactly nothing is due; one
 * millisecond later it is. The caller sends each kind once per incident (the sweep stores what it sent).
 */
export function dueEscalations(i: IncidentClock, now: Date): EscalationKind[] {
  if (i.status === "closed") return [];
  const d = deadlinesOf(i);
  const t = now.getTime();
  const due: EscalationKind[] = [];
  if (i.acknowledgedAt === null && t > d.acknowledgeBy.getTime()) due.push("acknowledge_overdue");
  if (i.followedUpAt === null && t > d.followUpBy.getTime()) due.push("follow_up_overdue");
  if (t > d.closeBy.getTime()) due.push("closure_overdue");
  return due;
}

/** Age bands for the command board. */
export const { codes: AGE_BANDS, labels: AGE_BAND_LABELS } = labelledCodes({
  lt1h: "1小时内",
  lt24h: "1–24小时",
  lt7d: "1–7天",
  ge7d: "7天以上",
});
export type AgeBand = (typeof AGE_BANDS)[number];

export function ageBand(reportedAt: Date, now: Date): AgeBand {
  const age = now.getTime() - reportedAt.getTime();
  if (age < HOUR) return "lt1h";
  if (age < 24 * HOUR) return "lt24h";
  if (age < 7 * 24 * HOUR) return "lt7d";
  return "ge7d";
}

/** Transitions of an incident: acknowledge (district), follow up (school), close (school, once acknowledged). */
export function incidentTransitionError(
  status: IncidentStatus,
  action: "acknowledge" | "follow_up" | "close",
): string | null {
  if (status === "closed") return "该事件已结案，不能再操作。";
  if (action === "acknowledge" && status !== "reported") return "该事件已签收。";
  if (action === "close" && status !== "acknowledged") return "区县签收后才能提交结案报告。";
  return null;
}
