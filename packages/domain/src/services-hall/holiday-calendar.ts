/**
 * The official working-day calendar (法定节假日 and 调休 working weekends), shipped as data per year with
 * its source. A date not listed is a working day from Monday to Friday and a rest day at the weekend.
 * Years without a notice here fall back to that weekday rule (`hasOfficialCalendar` says which years
 * are covered), so a case that runs into a year not yet published is counted, not refused.
 */
export type IsoDate = string;

export interface HolidayNotice {
  year: number;
  /** The State Council notice the dates come from. */
  source: string;
  /** Days off that would otherwise be working days, and holiday weekends (listed whole for clarity). */
  holidays: readonly IsoDate[];
  /** Weekend days that are working days (调休上班). */
  workdays: readonly IsoDate[];
}

function range(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 86_400_000) {
    days.push(new Date(d).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * 2019: 国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号）, with the May Day holiday as
 * changed by 国务院办公厅关于调整2019年劳动节假期安排的通知（国办发明电〔2019〕3号）: 5月1日至4日放假,
 * 4月28日（星期日）、5月5日（星期日）上班. The 2019 元旦 break (2018-12-30 … 2019-01-01, 2018-12-29 上班)
 * is in the 2019 notice, so its 2018 dates are listed here.
 */
const NOTICE_2019: HolidayNotice = {
  year: 2019,
  source: "国办发明电〔2018〕15号；国办发明电〔2019〕3号（调整劳动节）",
  holidays: [
    ...range("2018-12-30", "2019-01-01"), // 元旦
    ...range("2019-02-04", "2019-02-10"), // 春节
    ...range("2019-04-05", "2019-04-07"), // 清明节
    ...range("2019-05-01", "2019-05-04"), // 劳动节（调整后）
    ...range("2019-06-07", "2019-06-09"), // 端午节
    ...range("2019-09-13", "2019-09-15"), // 中秋节
    ...range("2019-10-01", "2019-10-07"), // 国庆节
  ],
  workdays: [
    "2018-12-29",
    "2019-02-02",
    "2019-02-03",
    "2019-04-28",
    "2019-05-05",
    "2019-09-29",
    "2019-10-12",
  ],
};

/**
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日，新华社受权发布）. The dates were checked
 * against the published text; the notice's document number (国办发明电〔2025〕…号) was not verified, so
 * it is not quoted.
 */
const NOTICE_2026: HolidayNotice = {
  year: 2026,
  source: "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）",
  holidays: [
    ...range("2026-01-01", "2026-01-03"), // 元旦
    ...range("2026-02-15", "2026-02-23"), // 春节
    ...range("2026-04-04", "2026-04-06"), // 清明节
    ...range("2026-05-01", "2026-05-05"), // 劳动节
    ...range("2026-06-19", "2026-06-21"), // 端午节
    ...range("2026-09-25", "2026-09-27"), // 中秋节
    ...range("2026-10-01", "2026-10-07"), // 国庆节
  ],
  workdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
};

export const HOLIDAY_NOTICES: readonly HolidayNotice[] = [NOTICE_2019, NOTICE_2026];

const HOLIDAYS = new Set(HOLIDAY_NOTICES.flatMap((n) => n.holidays));
const WORKDAYS = new Set(HOLIDAY_NOTICES.flatMap((n) => n.workdays));

export function hasOfficialCalendar(year: number): boolean {
  return HOLIDAY_NOTICES.some((n) => n.year === year);
}

/** The source of a year's calendar, or null when only the weekday rule applies. */
export function calendarSource(year: number): string | null {
  return HOLIDAY_NOTICES.find((n) => n.year === year)?.source ?? null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

export function dayOfWeek(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`日期格式应为 YYYY-MM-DD，收到“${date}”`);
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function isWorkingDay(date: IsoDate): boolean {
  if (WORKDAYS.has(date)) return true;
  if (HOLIDAYS.has(date)) return false;
  const day = dayOfWeek(date);
  return day !== 0 && day !== 6;
}

export function nextDay(date: IsoDate, days = 1): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
