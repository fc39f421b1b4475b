import { reportingPeriods, type ReportingPeriod } from "@edubureau/domain/work-plan";
import type { PlanEvaluation, UnitPeriodState } from "./plan-evaluation.ts";

export interface PeriodReportCounts {
  /** Reports owed: one per responsible unit (lead, co-operating units, districts holding a share) per task. */
  owed: number;
  /** In, whether awaiting review or accepted. */
  submitted: number;
  awaitingReview: number;
  accepted: number;
  /** Returned by the lead unit and not yet sent again; not counted as submitted. */
  returned: number;
  notSubmitted: number;
  overdue: number;
}

export interface PeriodReportProgress extends PeriodReportCounts {
  period: ReportingPeriod;
  /** null: the whole city; otherwise the one unit whose reports are counted. */
  unitId: string | null;
  previous: (PeriodReportCounts & { period: ReportingPeriod }) | null;
}

function count(states: readonly UnitPeriodState[]): PeriodReportCounts {
  const awaitingReview = states.filter((s) => s.reportStatus === "submitted").length;
  const accepted = states.filter((s) => s.reportStatus === "accepted").length;
  return {
    owed: states.length,
    submitted: awaitingReview + accepted,
    awaitingReview,
    accepted,
    returned: states.filter((s) => s.reportStatus === "returned").length,
    notSubmitted: states.length - awaitingReview - accepted,
    overdue: states.filter((s) => s.state === "overdue").length,
  };
}

/**
 * 本期进展报告: the reporting period that holds the plan's "today" (the last one once the year is over),
 * with the reports owed and in, city-wide or for one unit, and the same figures for the period before.
 * One figure for the dashboard and every unit's own view, read from the plan evaluation.
 */
export function periodReportProgress(e: PlanEvaluation, unitId: string | null): PeriodReportProgress | null {
  const periods = reportingPeriods(e.plan.year, e.plan.reportingFrequency);
  const last = periods.length - 1;
  const index = periods.findIndex((p) => p.start <= e.today && e.today <= p.end);
  const current = index >= 0 ? index : e.today > (periods[last]?.end ?? "") ? last : -1;
  const period = periods[current];
  if (!period) return null;
  const states = e.tasks.flatMap((t) => t.reports).filter((s) => unitId === null || s.unit.id === unitId);
  const of = (key: string) => count(states.filter((s) => s.periodKey === key));
  const previous = periods[current - 1];
  return {
    period,
    unitId,
    ...of(period.key),
    previous: previous ? { period: previous, ...of(previous.key) } : null,
  };
}
