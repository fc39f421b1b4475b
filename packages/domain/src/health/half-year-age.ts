/**
 * Age for the age-grouped screening tables (WS/T 586-2018 表1 rows 6.0, 6.5, … 18.0): completed
 * months between birth and measurement, floored to the half-year. A row "7.5" is read as "7.5 岁 ≤
 * 实足年龄 < 8.0 岁", so 7 years 5 months → 7.0 and 7 years 6 months → 7.5.
 *
 * Dates are calendar dates (YYYY-MM-DD), never Date objects: a birth date has no time zone, and a Date
 * at local midnight shifts a day when read in UTC.
 */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a strict YYYY-MM-DD date; throws RangeError for anything else (2019-02-29 included). */
export function parseCalendarDate(text: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`日期 "${text}" 须为 YYYY-MM-DD`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`日期 "${text}" 不存在`);
  }
  return { year, month, day };
}

/**
 * Whole months from birth to a later date. A month is completed on the same day of the month as the
 * birth; when that day does not exist (born on the 31st, or on 29 February) it is completed on the 1st
 * of the following month, so a leap-day child turns 7 on 1 March in a common year.
 */
export function completedMonths(birth: CalendarDate, on: CalendarDate): number {
  const months = (on.year - birth.year) * 12 + (on.month - birth.month);
  return on.day >= birth.day ? months : months - 1;
}

/** Age floored to the half-year (7.0, 7.5, …); throws RangeError when measured before birth. */
export function ageInHalfYears(birthDate: string, measuredOn: string): number {
  const months = completedMonths(parseCalendarDate(birthDate), parseCalendarDate(measuredOn));
  if (months < 0) throw new RangeError(`测量日期 ${measuredOn} 早于出生日期 ${birthDate}`);
  return Math.floor(months / 6) / 2;
}

/** Completed years (周岁), for rules stated in whole years such as 筛查性近视's age ≥ 6. */
export function ageInYears(birthDate: string, on: string): number {
  const months = completedMonths(parseCalendarDate(birthDate), parseCalendarDate(on));
  if (months < 0) throw new RangeError(`日期 ${on} 早于出生日期 ${birthDate}`);
  return Math.floor(months / 12);
}
