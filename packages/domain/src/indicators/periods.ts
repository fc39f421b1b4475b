import { beijingDate } from "../work-plan/plan-dates.ts";
import { labelledCodes } from "../labelled-codes.ts";

/**
 * Periods an indicator is evaluated for. Classes are counted per school year ("2019-2020", from
 * 1 September 2019 to 31 August 2020, the 学年 of 教育统计); designations and construction projects
 * per calendar year ("2019"), the year the plan's targets are stated in.
 */
export const { codes: PERIOD_TYPES, labels: PERIOD_TYPE_LABELS } = labelledCodes({
  year: "自然年",
  school_year: "学年",
});
export type PeriodType = (typeof PERIOD_TYPES)[number];

export interface Period {
  type: PeriodType;
  /** "2019" or "2019-2020": what is stored in data_values.period and data_approvals.period. */
  key: string;
  label: string;
  /** First and last day, inclusive, "YYYY-MM-DD". */
  start: string;
  end: string;
  startYear: number;
}

export const MIN_PERIOD_YEAR = 2000;
export const MAX_PERIOD_YEAR = 2100;
/** The school year starts on 1 September (教育部 学年 from autumn term). */
const SCHOOL_YEAR_START_MONTH = 9;

function yearPeriod(year: number): Period {
  return {
    type: "year",
    key: String(year),
    label: `${year}年`,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    startYear: year,
  };
}

function schoolYearPeriod(year: number): Period {
  return {
    type: "school_year",
    key: `${year}-${year + 1}`,
    label: `${year}-${year + 1}学年`,
    start: `${year}-09-01`,
    end: `${year + 1}-08-31`,
    startYear: year,
  };
}

export function periodOf(type: PeriodType, startYear: number): Period {
  switch (type) {
    case "year":
      return yearPeriod(startYear);
    case "school_year":
      return schoolYearPeriod(startYear);
  }
}

const inRange = (year: number) => year >= MIN_PERIOD_YEAR && year <= MAX_PERIOD_YEAR;

/** "2019" → the calendar year; "2019-2020" → the school year; anything else → null. */
export function parsePeriod(text: string): Period | null {
  const year = /^(\d{4})$/.exec(text);
  if (year?.[1]) {
    const y = Number(year[1]);
    return inRange(y) ? yearPeriod(y) : null;
  }
  const schoolYear = /^(\d{4})-(\d{4})$/.exec(text);
  if (schoolYear?.[1] && schoolYear[2]) {
    const first = Number(schoolYear[1]);
    const second = Number(schoolYear[2]);
    return second === first + 1 && inRange(first) ? schoolYearPeriod(first) : null;
  }
  return null;
}

export type PeriodCheck = { ok: true; period: Period } | { ok: false; message: string };

const EXAMPLES: Record<PeriodType, string> = { year: "2019", school_year: "2019-2020" };

/** A period of the type an indicator or data element needs, with a Chinese message naming the expected form. */
export function checkPeriod(type: PeriodType, text: string): PeriodCheck {
  const period = parsePeriod(text);
  if (period?.type === type) return { ok: true, period };
  return {
    ok: false,
    message: `期间应为${PERIOD_TYPE_LABELS[type]}，格式如 ${EXAMPLES[type]}（${MIN_PERIOD_YEAR}–${MAX_PERIOD_YEAR}），收到“${text}”`,
  };
}

export function shiftPeriod(period: Period, offset: number): Period {
  return periodOf(period.type, period.startYear + offset);
}

/** `count` periods ending with `last`, oldest first, for a line chart; never before MIN_PERIOD_YEAR. */
export function periodSeries(last: Period, count: number): Period[] {
  const first = Math.max(MIN_PERIOD_YEAR, last.startYear - count + 1);
  return Array.from({ length: last.startYear - first + 1 }, (_, i) => periodOf(last.type, first + i));
}

/** The period a Beijing day falls in: school years turn over on 1 September. */
export function currentPeriod(type: PeriodType, now: Date): Period {
  const [year, month] = beijingDate(now).split("-").map(Number);
  const y = year ?? MIN_PERIOD_YEAR;
  switch (type) {
    case "year":
      return yearPeriod(y);
    case "school_year":
      return schoolYearPeriod((month ?? 1) >= SCHOOL_YEAR_START_MONTH ? y : y - 1);
  }
}

/** The current period and the `count - 1` before it, newest first, for a picker. */
export function recentPeriods(type: PeriodType, now: Date, count: number): Period[] {
  const current = currentPeriod(type, now);
  return Array.from({ length: count }, (_, i) => shiftPeriod(current, -i)).filter((p) =>
    inRange(p.startYear),
  );
}
