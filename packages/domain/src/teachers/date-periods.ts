import { addDays, compareDates, toDayNumber } from "./calendar-date.ts";
import type { IsoDate } from "./calendar-date.ts";

/** A span of calendar days, both ends included: a posting from 2019-09-01 to 2020-08-31 is one school year. */
export interface DatePeriod {
  from: IsoDate;
  to: IsoDate;
}

export function isValidPeriod(period: DatePeriod): boolean {
  return compareDates(period.from, period.to) <= 0;
}

export function periodDays(period: DatePeriod): number {
  return toDayNumber(period.to) - toDayNumber(period.from) + 1;
}

export function containsDate(period: DatePeriod, date: IsoDate): boolean {
  return compareDates(period.from, date) <= 0 && compareDates(date, period.to) <= 0;
}

/** The part of a period inside a window, or null if they do not meet. */
export function clipPeriod(period: DatePeriod, window: DatePeriod): DatePeriod | null {
  const from = compareDates(period.from, window.from) >= 0 ? period.from : window.from;
  const to = compareDates(period.to, window.to) <= 0 ? period.to : window.to;
  return compareDates(from, to) <= 0 ? { from, to } : null;
}

/**
 * Overlapping or back-to-back periods joined, sorted by start: two postings held at once, or one ending
 * 08-31 and the next starting 09-01, are one stretch of service and are not counted twice.
 */
export function mergePeriods(periods: readonly DatePeriod[]): DatePeriod[] {
  const sorted = [...periods].sort((a, b) => compareDates(a.from, b.from));
  const merged: DatePeriod[] = [];
  for (const period of sorted) {
    const last = merged.at(-1);
    if (last && compareDates(period.from, addDays(last.to, 1)) <= 0) {
      if (compareDates(period.to, last.to) > 0) last.to = period.to;
    } else {
      merged.push({ from: period.from, to: period.to });
    }
  }
  return merged;
}

/** Days covered by at least one period. */
export function coveredDays(periods: readonly DatePeriod[]): number {
  return mergePeriods(periods).reduce((sum, period) => sum + periodDays(period), 0);
}
