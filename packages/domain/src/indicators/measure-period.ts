import { currentPeriod, parsePeriod, type Period, type PeriodType } from "./periods.ts";

/** What a measure's period is worked out from when its binding names none. */
export interface MeasurePeriodBasis {
  /** The calendar year the figure stands for (a plan target's deadline year, an evaluation year), if any. */
  year: number | null;
  /** The day the figure is read as of: a school-year measure reads the school year in progress then. */
  at: Date;
}

/**
 * The period a bound measure (a plan target's, a computed evaluation indicator's) is read for: the period
 * the binding names, when it is one; else a calendar-year measure reads the basis year (the year of `at`
 * without one, or when it lies outside the periods the engine keeps) and a school-year measure the school
 * year `at` falls in, Beijing time. A quarter or a month is no measure period, so it falls back the same way.
 */
export function measurePeriod(type: PeriodType, explicit: string | null, basis: MeasurePeriodBasis): Period {
  const named = explicit === null ? null : parsePeriod(explicit);
  if (named) return named;
  if (type === "year")
    return (basis.year === null ? null : parsePeriod(String(basis.year))) ?? currentPeriod("year", basis.at);
  return currentPeriod("school_year", basis.at);
}
