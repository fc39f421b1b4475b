import { hasCityWideScope } from "@edubureau/domain";
import { reportingPeriods } from "@edubureau/domain/work-plan";
import { useQuery } from "@tanstack/react-query";
import { reportsQuery } from "./reports.api.ts";
import { tasksQuery } from "./work-plan.api.ts";
import type { Me } from "../../app/session/session-types.ts";
import type { PlanHeader } from "./work-plan-types.ts";

const NO_FILTERS = { focusArea: "", status: "", unitId: "", q: "", mine: false };

/**
 * 本期进展报告: reports in for the period that contains the plan's "today", against what is owed
 * (every responsible unit of every task; for a division or district, its own tasks only, as it sees
 * only its own reports). Derived on the page: the dashboard API has no such figure.
 */
export function usePeriodReports(plan: PlanHeader | undefined, me: Me) {
  const tasks = useQuery({ ...tasksQuery(plan?.id ?? "", NO_FILTERS), enabled: plan !== undefined });
  const reports = useQuery({ ...reportsQuery({}), enabled: plan !== undefined });
  if (!plan || !tasks.data || !reports.data) return null;
  const periods = reportingPeriods(plan.year, plan.reportingFrequency);
  const index = periods.findIndex((p) => p.start <= plan.today && plan.today <= p.end);
  const period = periods[index];
  if (!period) return null;
  const cityWide = hasCityWideScope(me.role);
  const owed = cityWide
    ? tasks.data.reduce((sum, task) => sum + 1 + task.coUnits.length, 0)
    : tasks.data.filter((task) => [task.leadUnit, ...task.coUnits].some((u) => u.id === me.orgUnit.id))
        .length;
  const countIn = (key: string) => {
    const inPeriod = reports.data.filter((r) => r.periodKey === key);
    return {
      submitted: inPeriod.filter((r) => r.status === "submitted" || r.status === "accepted").length,
      returned: inPeriod.filter((r) => r.status === "returned").length,
    };
  };
  const previous = periods[index - 1];
  return {
    period,
    cityWide,
    owed,
    ...countIn(period.key),
    previous: previous ? { period: previous, submitted: countIn(previous.key).submitted } : null,
  };
}
