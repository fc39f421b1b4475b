import { addWorkingDays, countWorkingDays } from "./working-days.ts";
import type { IsoDate } from "./holiday-calendar.ts";
import { labelledCodes } from "../labelled-codes.ts";

export const { codes: TIME_LIMIT_STATUSES, labels: TIME_LIMIT_LABELS } = labelledCodes({
  normal: "正常",
  dueSoon: "即将超期",
  overdue: "超期",
});
export type TimeLimitStatus = (typeof TIME_LIMIT_STATUSES)[number];

/** A case is 即将超期 when this many working days or fewer are left (the day of the deadline included). */
export const DUE_SOON_WORKING_DAYS = 2;

export interface TimeLimitReading {
  deadline: IsoDate;
  usedDays: number;
  remainingDays: number;
  status: TimeLimitStatus;
}

/**
 * The clock of a case: it starts on acceptance (受理; 补正 happens before it, so it is not counted) and
 * stops at conclusion. `today` is the conclusion date for a concluded case.
 */
export function readTimeLimit(input: {
  acceptedOn: IsoDate;
  limitDays: number;
  today: IsoDate;
}): TimeLimitReading {
  const deadline = addWorkingDays(input.acceptedOn, input.limitDays);
  const usedDays = countWorkingDays(input.acceptedOn, input.today);
  const remainingDays = input.limitDays - usedDays;
  const status: TimeLimitStatus =
    input.today > deadline ? "overdue" : remainingDays <= DUE_SOON_WORKING_DAYS ? "dueSoon" : "normal";
  return { deadline, usedDays, remainingDays, status };
}
