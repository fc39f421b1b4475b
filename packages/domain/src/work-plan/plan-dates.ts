/** A calendar day as written in plan files: "YYYY-MM-DD". */
export type IsoDate = string;

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Deadlines in a Chinese work plan are Beijing calendar days. China Standard Time is UTC+8 with no
 * daylight saving since 1991, so a fixed offset is exact and keeps these rules free of time-zone data.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y ?? NaN, m ?? NaN, d ?? NaN];
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Beijing calendar day an instant falls on. */
export function beijingDate(now: Date): IsoDate {
  return fromUtcMs(now.getTime() + BEIJING_OFFSET_MS);
}

/** Epoch milliseconds of 00:00 Beijing time on the given day. */
export function dayStartMs(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) - BEIJING_OFFSET_MS;
}

/** Epoch milliseconds just after the given day ends in Beijing: a deadline day counts in full. */
export function dayEndMs(date: IsoDate): number {
  return dayStartMs(date) + DAY_MS;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  return fromUtcMs(Date.UTC(y, m - 1, d + days));
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return fromUtcMs(Date.UTC(year, month, 0));
}

/** True when the string names a real calendar day (rejects 2019-02-30). */
export function isRealDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [y, m, d] = parts(date);
  return fromUtcMs(Date.UTC(y, m - 1, d)) === date;
}
