import { isAdminDivisionCode } from "../org-units/admin-division-code.ts";
import type { CalendarDate } from "./calendar-date.ts";
import {
  calendarDateOf,
  compareCalendarDates,
  formatCalendarDate,
  isValidCalendarDate,
  parseCompactDate,
} from "./calendar-date.ts";
import type { IdentityResult } from "./identity-result.ts";
import { identityFailure } from "./identity-result.ts";

/**
 * The standard's own example (440524188001010014) was born in 1880, so the format
 * allows 19th-century dates; anything earlier can only be a typing error.
 */
export const EARLIEST_BIRTH_YEAR = 1800;

export interface IdentityOptions {
  /** The day to compare birth dates against; defaults to the current date. Tests inject it. */
  today?: Date;
}

export function todayOf(options: IdentityOptions | undefined): CalendarDate {
  return calendarDateOf(options?.today ?? new Date());
}

/** 地址码: a GB/T 2260 county-level code. Codes of abolished counties stay valid in old numbers, so no list lookup. */
export function checkRegionCode(code: string, subject: string): IdentityResult<string> {
  if (!isAdminDivisionCode(code)) {
    return identityFailure("region", `${subject}的地区码「${code}」不是有效的6位行政区划代码`);
  }
  return { ok: true, value: code };
}

/** 出生日期码: YYYYMMDD, a real calendar day, not after today. */
export function checkBirthDate(
  text: string,
  subject: string,
  today: CalendarDate,
): IdentityResult<CalendarDate> {
  const date = parseCompactDate(text);
  if (date === null || !isValidCalendarDate(date)) {
    return identityFailure("birthDate", `${subject}的出生日期「${text}」不是有效日期`);
  }
  if (date.year < EARLIEST_BIRTH_YEAR) {
    return identityFailure(
      "birthDate",
      `${subject}的出生日期「${formatCalendarDate(date)}」早于${EARLIEST_BIRTH_YEAR}年`,
    );
  }
  if (compareCalendarDates(date, today) > 0) {
    return identityFailure("birthDate", `${subject}的出生日期「${formatCalendarDate(date)}」晚于今天`);
  }
  return { ok: true, value: date };
}
