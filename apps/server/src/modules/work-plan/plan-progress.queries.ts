import { sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/database.ts";

/** Latest accepted value per target and reporting unit (by period, then submission time). */
export interface ReportedValue {
  targetId: string;
  orgUnitId: string;
  value: number;
  periodKey: string;
}

export async function latestAcceptedValues(db: Db, planId: string): Promise<ReportedValue[]> {
  const rows = await queryRows<{ target_id: string; org_unit_id: string; value: string; period_key: string }>(
    db,
    sql`select distinct on (v.target_id, r.org_unit_id) v.target_id, r.org_unit_id, v.value::text as value, r.period_key
        from plan_report_values v
        join plan_reports r on r.id = v.report_id
        join plan_tasks t on t.id = r.task_id
        where r.status = 'accepted' and t.plan_id = ${planId}
        order by v.target_id, r.org_unit_id, r.period_key desc, r.submitted_at desc`,
  );
  return rows.map((r) => ({
    targetId: r.target_id,
    orgUnitId: r.org_unit_id,
    value: Number(r.value),
    periodKey: r.period_key,
  }));
}

/** Reports that count as in for a period: submitted (awaiting review) or accepted. Returned ones do not. */
export interface Submission {
  taskId: string;
  orgUnitId: string;
  periodKey: string;
  submittedOn: string;
  /** A returned report does not count as in; the unit owes it again. */
  status: "submitted" | "accepted" | "returned";
  reportId: string;
}

export async function submissions(db: Db, planId: string): Promise<Submission[]> {
  const rows = await queryRows<{
    task_id: string;
    org_unit_id: string;
    period_key: string;
    submitted_on: string;
    status: Submission["status"];
    id: string;
  }>(
    db,
    sql`select r.task_id, r.org_unit_id, r.period_key, r.submitted_on::text as submitted_on, r.status, r.id
        from plan_reports r join plan_tasks t on t.id = r.task_id
        where t.plan_id = ${planId} and r.status in ('submitted', 'accepted', 'returned') and r.submitted_on is not null`,
  );
  return rows.map((r) => ({
    taskId: r.task_id,
    orgUnitId: r.org_unit_id,
    periodKey: r.period_key,
    submittedOn: r.submitted_on,
    status: r.status,
    reportId: r.id,
  }));
}

/** A unit's own words on a task: its latest accepted report's narrative, for the 执行情况报告. */
export interface AcceptedNarrative {
  taskId: string;
  orgUnitId: string;
  periodKey: string;
  narrative: string;
}

export async function latestAcceptedNarratives(db: Db, planId: string): Promise<AcceptedNarrative[]> {
  const rows = await queryRows<{
    task_id: string;
    org_unit_id: string;
    period_key: string;
    narrative: string;
  }>(
    db,
    sql`select distinct on (r.task_id, r.org_unit_id) r.task_id, r.org_unit_id, r.period_key, r.narrative
        from plan_reports r
        join plan_tasks t on t.id = r.task_id
        where r.status = 'accepted' and t.plan_id = ${planId} and length(trim(r.narrative)) > 0
        order by r.task_id, r.org_unit_id, r.period_key desc, r.submitted_at desc`,
  );
  return rows.map((r) => ({
    taskId: r.task_id,
    orgUnitId: r.org_unit_id,
    periodKey: r.period_key,
    narrative: r.narrative.trim(),
  }));
}
