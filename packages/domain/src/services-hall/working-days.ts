import { isIsoDate, isWorkingDay, nextDay, type IsoDate } from "./holiday-calendar.ts";

/**
 * Time limits run in working days from the day after the start (行政许可法 第八十二条: 期限以工作日计算,
 * 不含法定节假日). `addWorkingDays("2019-09-27", 1)` is the first working day after 27 September.
 */
export function addWorkingDays(start: IsoDate, days: number): IsoDate {
  if (!isIsoDate(start)) throw new RangeError(`日期格式应为 YYYY-MM-DD，收到“${start}”`);
  if (!Number.isInteger(days) || days < 0) throw new RangeError("工作日数应为非负整数");
  let date = start;
  let left = days;
  while (left > 0) {
    date = nextDay(date);
    if (isWorkingDay(date)) left -= 1;
  }
  return date;
}

/** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function countWorkingDays(from: IsoDate, to: IsoDate): number {
  if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError("日期格式应为 YYYY-MM-DD");
  let count = 0;
  for (let date = nextDay(from); date <= to; date = nextDay(date)) {
    if (isWorkingDay(date)) count += 1;
  }
  return count;
}
