import { addDays, type IsoDate } from "../work-plan/plan-dates.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * 心理危机个案: risk levels and the follow-up schedule (platform default: 高危 every 7 days, 中危 14, 低危 30 —
 * common school-psychology practice, not a national figure).
 */
export const { codes: CRISIS_RISKS, labels: CRISIS_RISK_LABELS } = labelledCodes({
  high: "高危",
  medium: "中危",
  low: "低危",
});
export type CrisisRisk = (typeof CRISIS_RISKS)[number];
export const FOLLOW_UP_DAYS: Record<CrisisRisk, number> = { high: 7, medium: 14, low: 30 };

export function nextFollowUp(risk: CrisisRisk, lastContact: IsoDate): IsoDate {
  return addDays(lastContact, FOLLOW_UP_DAYS[risk]);
}

/** The follow-up is overdue once its day is over. */
export function isFollowUpOverdue(due: IsoDate, today: IsoDate): boolean {
  return today > due;
}

/**
 * Who may see a crisis case in full: only accounts named as crisis officers (学校心理教师 for the school's own
 * cases, 区县心理危机干预负责人 for the district's schools). Everyone else sees counts and masked rows at most.
 */
export const { codes: CRISIS_DUTIES, labels: CRISIS_DUTY_LABELS } = labelledCodes({
  school_psychologist: "学校心理教师",
  district_officer: "区县心理危机干预负责人",
});
export type CrisisDuty = (typeof CRISIS_DUTIES)[number];
