/**
 * Calendar dates as ISO strings ("2019-09-01"). Teacher records are dates, not instants: a JS Date would
 * shift a day across time zones, and ISO strings of one length compare correctly as text.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function assertIsoDate(value: IsoDate): void {
  if (!isIsoDate(value)) throw new RangeError(`日期格式应为 YYYY-MM-DD，收到 “${value}”`);
}

/** Days since 1970-01-01, for arithmetic. */
export function toDayNumber(date: IsoDate): number {
  assertIsoDate(date);
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Same month and day `years` later; 29 February falls back to 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  assertIsoDate(date);
  const y = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  const candidate = `${String(y).padStart(4, "0")}-${monthDay}`;
  return isIsoDate(candidate) ? candidate : `${String(y).padStart(4, "0")}-02-28`;
}

export function yearOf(date: IsoDate): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  assertIsoDate(a);
  assertIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whole calendar months from `from` up to (not including) `until`, and the days left over.
 * 2019-01-15 → 2019-03-20 is 2 months and 5 days.
 */
export function monthsAndDaysBetween(from: IsoDate, until: IsoDate): { months: number; days: number } {
  assertIsoDate(from);
  assertIsoDate(until);
  const [fy, fm, fd] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)), Number(from.slice(8))];
  const [uy, um, ud] = [Number(until.slice(0, 4)), Number(until.slice(5, 7)), Number(until.slice(8))];
  let months = (uy - fy) * 12 + (um - fm);
  if (ud < fd) months -= 1;
  if (months < 0) return { months: 0, days: 0 };
  const anchor = addMonths(from, months);
  return { months, days: toDayNumber(until) - toDayNumber(anchor) };
}

/** Same day `months` later, clamped to the month's last day (01-31 + 1 month → 02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertIsoDate(date);
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(Number(date.slice(8)), lastDay);
  return `${String(y).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
