import { beijingDate, type IsoDate } from "./plan-dates.ts";

/**
 * The moment a plan is judged at. A live plan uses now; a demo deployment of an old plan (the 2019
 * Changsha data) sets an evaluation date so statuses and due reports read as they would have that day
 * (noon Beijing time).
 */
export function planNow(evaluationDate: IsoDate | null, now: Date): Date {
  return evaluationDate === null ? now : new Date(`${evaluationDate}T12:00:00+08:00`);
}

/** The plan's "today": its evaluation date in a demo, else today's date in Beijing. */
export function planToday(evaluationDate: IsoDate | null, now: Date): IsoDate {
  return evaluationDate ?? beijingDate(now);
}
