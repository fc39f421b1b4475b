import { reportingPeriods, type ReportingPeriod } from "@edubureau/domain/work-plan";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App } from "antd";
import { useNavigate } from "react-router";
import { showError } from "../../components/show-error.ts";
import { openReport } from "./reports.api.ts";
import { workPlanKeys } from "./work-plan.api.ts";
import type { PlanHeader } from "./work-plan.api.ts";

/** Periods a unit may report for: those that have begun by the plan's "today", latest first. */
export function openPeriods(
  plan: Pick<PlanHeader, "year" | "reportingFrequency" | "today">,
): ReportingPeriod[] {
  return reportingPeriods(plan.year, plan.reportingFrequency)
    .filter((p) => p.start <= plan.today)
    .reverse();
}

/** Opens (or creates) the unit's report for a period and goes to it. */
export function useOpenReport() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: openReport,
    onSuccess: async (report) => {
      queryClient.setQueryData(workPlanKeys.report(report.id), report);
      void queryClient.invalidateQueries({ queryKey: workPlanKeys.all });
      await navigate(`/work-plan/reports/${report.id}`);
    },
    onError: (error) => showError({ error, message }),
  });
}
