import { useQuery } from "@tanstack/react-query";
import dayjs from "dayjs";
import { api } from "./api.ts";
import type { ApiData } from "./api-contract.ts";

export type PlanCalendar = ApiData<"/api/work-plan/calendar">;

/**
 * The work year in force (the current plan's year, its "today" and school year), asked once per visit: pages
 * that pick a year open on it instead of the clock's year, so a 2019 plan shows its 2019 data.
 */
export function usePlanCalendar(): PlanCalendar | undefined {
  const { data } = useQuery({
    queryKey: ["work-plan", "calendar"],
    queryFn: () => api.GET("/api/work-plan/calendar"),
    staleTime: Infinity,
  });
  return data;
}

/** The calendar's "today" as a day, or the clock's while it loads. */
export function planDay(calendar: PlanCalendar | undefined): dayjs.Dayjs {
  return calendar ? dayjs(calendar.today) : dayjs();
}

/** The plan year in force, or the clock's year while it loads. */
export function usePlanYear(): number {
  return usePlanCalendar()?.year ?? new Date().getFullYear();
}
