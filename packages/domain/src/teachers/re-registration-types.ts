import type { IsoDate } from "./calendar-date.ts";
import type { DatePeriod } from "./date-periods.ts";
import type { AnnualReview, ApprovedLeaveKind } from "./annual-review.ts";
import type { TrainingCredit, TrainingCreditPolicy } from "./training-credits.ts";
import { DEFAULT_TRAINING_CREDIT_POLICY } from "./training-credits.ts";
import { labelledCodes } from "../labelled-codes.ts";

export const { codes: RE_REGISTRATION_OUTCOMES, labels: RE_REGISTRATION_OUTCOME_LABELS } = labelledCodes({
  passed: "注册合格",
  deferred: "暂缓注册",
  failed: "注册不合格",
  notDue: "不在注册期",
});
export type ReRegistrationOutcome = (typeof RE_REGISTRATION_OUTCOMES)[number];

export const ETHICS_SEVERITIES = ["minor", "serious"] as const;
export type EthicsSeverity = (typeof ETHICS_SEVERITIES)[number];

/** A finding of 违反师德 (《中小学教师职业道德规范》, 新时代中小学教师职业行为十项准则). */
export interface EthicsViolation {
  date: IsoDate;
  severity: EthicsSeverity;
  description?: string;
}

/** A stretch away from teaching and school management (中止教育教学和教育管理工作). */
export interface TeachingAbsence extends DatePeriod {
  /** The kind of approved leave, or null when the absence was not approved. */
  approvedLeave: ApprovedLeaveKind | null;
}

export type RegistrationApplication = { applied: true } | { applied: false; goodReason: boolean };

export interface ReRegistrationInput {
  /** The cycle under review: from the last (or first) registration to the day before its fifth anniversary. */
  cycle: DatePeriod;
  /** The year the bureau is running registration in. */
  year: number;
  /** Empty when the 师德 record is clear. */
  ethicsViolations: readonly EthicsViolation[];
  annualReviews: readonly AnnualReview[];
  trainingCredits: readonly TrainingCredit[];
  qualificationRevoked: boolean;
  application: RegistrationApplication;
  absences: readonly TeachingAbsence[];
  /** 身心健康，胜任教育教学工作. */
  fitToTeach: boolean;
}

export interface ReRegistrationPolicy {
  /** 每个注册有效期内完成不少于360学时的培训 (教师〔2013〕9号). */
  requiredHours: number;
  /**
   * "full": 360 hours whatever leave was taken — the 2013 办法 makes no exception, and a 暂缓 teacher can
   * make the hours up. "proRateApprovedLeave": the requirement shrinks in proportion to approved leave
   * of at least one semester, for a city that decides so.
   */
  hoursRule: "full" | "proRateApprovedLeave";
  /**
   * Two failed reviews in years that are not adjacent. The 办法 fails a registration only for 连续两年
   * 不合格 and defers it for 任一年度考核不合格, so by default they defer; "failed" is for a city that
   * reads any two failures as disqualifying.
   */
  nonConsecutiveFailures: "deferred" | "failed";
  /**
   * Length of one semester in days. 中止…一学期以上 defers registration; 以上 includes the figure itself
   * (民法典 第1259条), so an absence of exactly one semester counts. 140 days = 20 weeks, one term of the
   * school calendar's teaching weeks.
   */
  semesterDays: number;
  credits: TrainingCreditPolicy;
}

export const DEFAULT_RE_REGISTRATION_POLICY: ReRegistrationPolicy = {
  requiredHours: 360,
  hoursRule: "full",
  nonConsecutiveFailures: "deferred",
  semesterDays: 140,
  credits: DEFAULT_TRAINING_CREDIT_POLICY,
};

export const RE_REGISTRATION_REASON_CODES = [
  "notDue",
  "qualificationRevoked",
  "notApplied",
  "notAppliedWithGoodReason",
  "ethicsSerious",
  "ethicsMinor",
  "reviewsFailedConsecutively",
  "reviewsFailedApart",
  "reviewFailed",
  "reviewBasicPass",
  "reviewMissing",
  "hoursShort",
  "absentWithoutLeave",
  "unfitToTeach",
] as const;
export type ReRegistrationReasonCode = (typeof RE_REGISTRATION_REASON_CODES)[number];

export interface ReRegistrationReason {
  code: ReRegistrationReasonCode;
  /** The outcome this reason alone leads to. */
  outcome: Exclude<ReRegistrationOutcome, "passed">;
  message: string;
}

export interface ReRegistrationResult {
  outcome: ReRegistrationOutcome;
  /** Every reason the registration did not pass, in Chinese; empty when it passed. */
  reasons: ReRegistrationReason[];
  /** Exceptions applied and facts left out, in Chinese (e.g. a year excused for 产假). */
  notes: string[];
  /** Training hours; null when the cycle is not due. */
  hours: { counted: number; required: number } | null;
}
