import { sql } from "drizzle-orm";
import { lastDayOfMonth } from "@edubureau/domain/work-plan";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/database.ts";
import type { PlanEvaluation } from "./plan-evaluation.ts";

export interface PlanTrend {
  /** Month ends, "2019-01-31" …, up to the plan's today. */
  months: string[];
  series: { code: string; title: string; progress: (number | null)[] }[];
  /** Whole-plan mean progress per month. */
  overall: (number | null)[];
}

interface SnapshotRow {
  target_id: string;
  on_date: string;
  progress: string;
}

/**
 * Progress by focus area at each month end of the plan year, from the targets' daily snapshots (the
 * latest one on or before the month end); the current month uses today's live evaluation.
 */
export async function planTrend(db: Db, e: PlanEvaluation): Promise<PlanTrend> {
  const year = e.plan.year;
  const months: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const end = lastDayOfMonth(year, m);
    if (end.slice(0, 7) > e.today.slice(0, 7)) break;
    months.push(end > e.today ? e.today : end);
  }
  const rows = await queryRows<SnapshotRow>(
    db,
    sql`select s.target_id, s.on_date::text as on_date, s.progress::text as progress
        from plan_target_snapshots s
        join plan_targets t on t.id = s.target_id
        join plan_tasks k on k.id = t.task_id
        where k.plan_id = ${e.plan.id}
        order by s.on_date`,
  );
  const byTarget = new Map<string, SnapshotRow[]>();
  for (const row of rows) byTarget.set(row.target_id, [...(byTarget.get(row.target_id) ?? []), row]);
  const live = new Map(e.tasks.flatMap((t) => t.targets.map((g) => [g.id, g.progress] as const)));
  const progressAt = (targetId: string, date: string): number | null => {
    if (date === e.today) return live.get(targetId) ?? null;
    const before = (byTarget.get(targetId) ?? []).filter((r) => r.on_date <= date).at(-1);
    return before ? Number(before.progress) : null;
  };
  const mean = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
  };
  const targetsOf = (areaId: string) =>
    e.tasks.filter((t) => t.focusAreaId === areaId).flatMap((t) => t.targets.map((g) => g.id));
  const allTargets = e.tasks.flatMap((t) => t.targets.map((g) => g.id));
  return {
    months,
    series: e.focusAreas.map((area) => ({
      code: area.code,
      title: area.title,
      progress: months.map((d) => mean(targetsOf(area.id).map((id) => progressAt(id, d)))),
    })),
    overall: months.map((d) => mean(allTargets.map((id) => progressAt(id, d)))),
  };
}
