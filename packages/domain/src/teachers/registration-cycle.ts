import { addDays, addYears, yearOf } from "./calendar-date.ts";
import type { IsoDate } from "./calendar-date.ts";
import type { DatePeriod } from "./date-periods.ts";

/**
 * 中小学教师资格实行5年一周期的定期注册 (《中小学教师资格定期注册暂行办法》教师〔2013〕9号): a registration,
 * first or periodic, is good for five years, and the next one falls due in the year of its fifth anniversary.
 */
export const REGISTRATION_CYCLE_YEARS = 5;

/**
 * The cycle a registration opens: five years counted from the registration day itself, so it ends the day
 * before the corresponding day five years on (2014-09-01 → 2019-08-31). A 29 February registration has no
 * corresponding day in a common year; then the month's end is the last day (民法典第二百零二条：没有对应日的，
 * 月末日为期间的最后一日), so 2016-02-29 → 2021-02-28, and the next cycle opens on 1 March.
 */
export function registrationCycle(registeredOn: IsoDate): DatePeriod {
  const anniversary = addYears(registeredOn, REGISTRATION_CYCLE_YEARS);
  const missingLeapDay = registeredOn.endsWith("-02-29") && !anniversary.endsWith("-02-29");
  return { from: registeredOn, to: missingLeapDay ? anniversary : addDays(anniversary, -1) };
}

/**
 * Where the cycle after a passed 定期注册 starts: the day after the previous cycle ended — not the day the
 * district confirms the pass — so no training hour falls between two cycles, and an overdue registration
 * keeps the five-year rhythm of the first one.
 */
export function nextCycleStart(registeredOn: IsoDate): IsoDate {
  return addDays(registrationCycle(registeredOn).to, 1);
}

/** Year the next periodic registration falls due after a first or periodic registration. */
export function registrationDueYear(registeredOn: IsoDate): number {
  return yearOf(registeredOn) + REGISTRATION_CYCLE_YEARS;
}

/**
 * Whether a teacher registered on `registeredOn` (首次注册 date for a new teacher, otherwise the last
 * 定期注册) must register in `year`. An overdue teacher is still due: not applying does not end the duty.
 */
export function isDueForRegistration(registeredOn: IsoDate, year: number): boolean {
  return year >= registrationDueYear(registeredOn);
}

/** Year a cycle's registration falls due: the year of the day after it ends. */
export function cycleDueYear(cycle: DatePeriod): number {
  return yearOf(addDays(cycle.to, 1));
}

/**
 * Calendar years whose 年度考核 belongs to a cycle. 年度考核 of schools is held at the end of the calendar
 * year, so a year counts when its 31 December falls inside the cycle: a cycle 2014-09-01 → 2019-08-31
 * covers the reviews of 2014–2018, and one of 2014-01-01 → 2018-12-31 the same five.
 */
export function reviewYearsOf(cycle: DatePeriod): number[] {
  const years: number[] = [];
  for (let year = yearOf(cycle.from); year <= yearOf(cycle.to); year++) {
    const yearEnd = `${String(year).padStart(4, "0")}-12-31`;
    if (yearEnd >= cycle.from && yearEnd <= cycle.to) years.push(year);
  }
  return years;
}
