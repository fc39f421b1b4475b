import dayjs from "dayjs";
import { t } from "../../app/locale/index.ts";
import { planDay, usePlanCalendar } from "../../app/plan-calendar.ts";

const YEARS_BACK = 8;

/** School years (from 1 September) and calendar years, newest first, for the period picker. */
export function periodChoices(
  now = dayjs(),
): { label: string; options: { value: string; label: string }[] }[] {
  const year = now.year();
  const schoolYear = now.month() >= 8 ? year : year - 1;
  const back = Array.from({ length: YEARS_BACK }, (_, i) => i);
  return [
    {
      label: t.dataEntry.schoolYears,
      options: back.map((i) => {
        const start = schoolYear - i;
        return { value: `${start}-${start + 1}`, label: t.dataEntry.schoolYear(`${start}-${start + 1}`) };
      }),
    },
    {
      label: t.dataEntry.years,
      options: back.map((i) => ({ value: String(year - i), label: t.dataEntry.year(year - i) })),
    },
  ];
}

/** The picker's choices, newest first from the plan year in force (not the clock's). */
export function usePeriodChoices() {
  return periodChoices(planDay(usePlanCalendar()));
}
