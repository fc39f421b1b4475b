import { addDays, beijingDate, lastDayOfMonth } from "./plan-dates.ts";
import type { IsoDate } from "./plan-dates.ts";
import type { ReportingFrequency } from "./target-kinds.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * Days after a period ends by which the lead division's progress report is due. Monthly: by the
 * 5th of the next month, the usual 月报 rhythm. Quarterly: 10 days, because a quarter report
 * gathers figures from the districts first.
 */
export const REPORT_DUE_DAYS: Record<ReportingFrequency, number> = { monthly: 5, quarterly: 10 };

export interface ReportingPeriod {
  /** "2019-03" for a month, "2019-Q1" for a quarter. */
  key: string;
  label: string;
  start: IsoDate;
  end: IsoDate;
  dueDate: IsoDate;
}

const QUARTER_LABELS = ["一", "二", "三", "四"] as const;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export function reportingPeriods(year: number, frequency: ReportingFrequency): ReportingPeriod[] {
  const due = REPORT_DUE_DAYS[frequency];
  switch (frequency) {
    case "monthly":
      return Array.from({ length: 12 }, (_, i) => {
        const end = lastDayOfMonth(year, i + 1);
        return {
          key: `${year}-${pad(i + 1)}`,
          label: `${year}年${i + 1}月`,
          start: `${year}-${pad(i + 1)}-01`,
          end,
          dueDate: addDays(end, due),
        };
      });
    case "quarterly":
      return QUARTER_LABELS.map((label, q) => {
        const end = lastDayOfMonth(year, q * 3 + 3);
        return {
          key: `${year}-Q${q + 1}`,
          label: `${year}年第${label}季度`,
          start: `${year}-${pad(q * 3 + 1)}-01`,
          end,
          dueDate: addDays(end, due),
        };
      });
  }
}

/**
 * not_due: the period has not ended; due: ended, report not in, still within the due days;
 * overdue: past the due day with no report; submitted / submitted_late: in, on or after the due day.
 */
export const { codes: REPORT_STATES, labels: REPORT_STATE_LABELS } = labelledCodes({
  not_due: "未到报送期",
  due: "待报送",
  overdue: "逾期未报",
  submitted: "已报送",
  submitted_late: "逾期报送",
});
export type ReportState = (typeof REPORT_STATES)[number];

export interface ReportStateOptions {
  period: ReportingPeriod;
  /** Beijing day the report was submitted; null if not yet. */
  submittedOn: IsoDate | null;
  now: Date;
}

/** The due day itself is on time. */
export function reportState({ period, submittedOn, now }: ReportStateOptions): ReportState {
  if (submittedOn !== null) return submittedOn > period.dueDate ? "submitted_late" : "submitted";
  const today = beijingDate(now);
  if (today <= period.end) return "not_due";
  return today > period.dueDate ? "overdue" : "due";
}

export interface OutstandingReportsOptions {
  year: number;
  frequency: ReportingFrequency;
  /** Submission day by period key, for one task. */
  submissions: ReadonlyMap<string, IsoDate>;
  now: Date;
}

export interface PeriodState {
  period: ReportingPeriod;
  state: ReportState;
}

/** Every period of the year with its state, in order. */
export function periodStates({
  year,
  frequency,
  submissions,
  now,
}: OutstandingReportsOptions): PeriodState[] {
  return reportingPeriods(year, frequency).map((period) => ({
    period,
    state: reportState({ period, submittedOn: submissions.get(period.key) ?? null, now }),
  }));
}

/** Reports a division still owes: those due now and those already overdue. */
export function outstandingReports(options: OutstandingReportsOptions): PeriodState[] {
  return periodStates(options).filter((p) => p.state === "due" || p.state === "overdue");
}

/** The label of a period key ("2019-Q4" → 2019年第四季度, "2019-03" → 2019年3月); an unknown key as it is. */
export function periodLabelOf(key: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return `${quarter[1]}年第${QUARTER_LABELS[Number(quarter[2]) - 1]}季度`;
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  return key;
}
