import { sql, type SQL } from "drizzle-orm";
import type { IncidentStatus, Severity } from "@edubureau/domain/campus-safety";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";

export interface IncidentRow {
  id: string;
  schoolId: string;
  schoolName: string;
  schoolPath: string;
  districtName: string | null;
  category: string;
  severity: Severity;
  title: string;
  description: string;
  casualties: number;
  occurredAt: Date;
  reportedAt: Date;
  late: boolean;
  status: IncidentStatus;
  acknowledgedAt: Date | null;
  followedUpAt: Date | null;
  closedAt: Date | null;
  closureReport: string | null;
}

const columns = sql`i.id, i.school_id as "schoolId", u.name as "schoolName", u.path as "schoolPath",
  (select d.name from org_units d where d.kind = 'district' and u.path like d.path || '%' limit 1) as "districtName",
  i.category, i.severity, i.title, i.description, i.casualties, i.occurred_at as "occurredAt",
  i.reported_at as "reportedAt", i.late, i.status, i.acknowledged_at as "acknowledgedAt",
  i.followed_up_at as "followedUpAt", i.closed_at as "closedAt", i.closure_report as "closureReport"`;

const asDates = (r: IncidentRow): IncidentRow => ({
  ...r,
  occurredAt: new Date(r.occurredAt),
  reportedAt: new Date(r.reportedAt),
  acknowledgedAt: r.acknowledgedAt && new Date(r.acknowledgedAt),
  followedUpAt: r.followedUpAt && new Date(r.followedUpAt),
  closedAt: r.closedAt && new Date(r.closedAt),
});

export const within = (scopePath: string) => sql`u.path like ${`${escapeLike(scopePath)}%`}`;

/** Incidents within the scope, filtered in SQL before the limit; newest report first. */
export async function listIncidents(
  db: Db,
  scopePath: string,
  filter: { status?: IncidentStatus | "open" | undefined; severity?: Severity | undefined; limit: number },
): Promise<IncidentRow[]> {
  const where: SQL[] = [within(scopePath)];
  if (filter.status === "open") where.push(sql`i.status <> 'closed'`);
  else if (filter.status) where.push(sql`i.status = ${filter.status}`);
  if (filter.severity) where.push(sql`i.severity = ${filter.severity}`);
  const rows = await queryRows<IncidentRow>(
    db,
    sql`select ${columns} from safety_incidents i join org_units u on u.id = i.school_id
        where ${sql.join(where, sql` and `)} order by i.reported_at desc, i.id limit ${filter.limit}`,
  );
  return rows.map(asDates);
}

/** Incidents in scope in one state (the 工作台's count of those waiting for 签收). */
export async function countIncidents(db: Db, scopePath: string, status: IncidentStatus): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from safety_incidents i join org_units u on u.id = i.school_id
        where ${within(scopePath)} and i.status = ${status}`,
  );
  return row?.n ?? 0;
}

export async function findIncident(db: Db, id: string, forUpdate = false): Promise<IncidentRow | null> {
  const [row] = await queryRows<IncidentRow>(
    db,
    sql`select ${columns} from safety_incidents i join org_units u on u.id = i.school_id where i.id = ${id}
        ${forUpdate ? sql`for update of i` : sql``}`,
  );
  return row ? asDates(row) : null;
}

export async function openIncidents(db: Db): Promise<IncidentRow[]> {
  const rows = await queryRows<IncidentRow>(
    db,
    sql`select ${columns} from safety_incidents i join org_units u on u.id = i.school_id where i.status <> 'closed'`,
  );
  return rows.map(asDates);
}

export interface TimelineRow {
  id: string;
  incidentId: string;
  at: Date;
  kind: string;
  actorName: string | null;
  note: string;
  title: string;
  schoolName: string;
  severity: Severity;
}

/** Timeline steps of one incident, or the newest steps of every incident within the scope. */
export async function timeline(
  db: Db,
  filter: { incidentId?: string; scopePath?: string; limit: number },
): Promise<TimelineRow[]> {
  const where: SQL[] = [];
  if (filter.incidentId) where.push(sql`e.incident_id = ${filter.incidentId}`);
  if (filter.scopePath) where.push(within(filter.scopePath));
  const rows = await queryRows<TimelineRow>(
    db,
    sql`select e.id, e.incident_id as "incidentId", e.at, e.kind, e.actor_name as "actorName", e.note, i.title,
          u.name as "schoolName", i.severity
        from safety_incident_events e join safety_incidents i on i.id = e.incident_id
          join org_units u on u.id = i.school_id
        where ${where.length ? sql.join(where, sql` and `) : sql`true`}
        order by e.at ${filter.incidentId ? sql`asc` : sql`desc`}, e.id limit ${filter.limit}`,
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at) }));
}
