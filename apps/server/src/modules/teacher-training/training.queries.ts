import { sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import { teacherCardTable } from "../teachers/teachers.read-model.ts";

export interface ProgrammeRow {
  id: string;
  name: string;
  level: string;
  kind: string;
  hours: number;
  startsOn: string;
  endsOn: string;
  capacity: number;
  eligibility: Record<string, unknown>;
  organiserId: string;
  organiserName: string;
  organiserPath: string;
  enrolled: number;
  completed: number;
}

/**
 * A programme is open to the units below its organiser (a city programme to every school) and is
 * managed by accounts whose scope holds the organiser.
 */
export function visibleTo(actor: { scopePath: string; orgUnitPath: string }) {
  return sql`(${actor.orgUnitPath} like (${REACH} || '%') or ou.path like ${`${escapeLike(actor.scopePath)}%`})`;
}

/** A 处室 (division) runs programmes for the whole city: its reach is its parent's subtree. */
const REACH = sql`(case when ou.kind = 'division' then (select c.path from org_units c where c.id = ou.parent_id) else ou.path end)`;

const SELECT = sql`select p.id, p.name, p.level, p.kind, p.hours, p.starts_on::text as "startsOn", p.ends_on::text as "endsOn",
  p.capacity, p.eligibility, p.organiser_id as "organiserId", ou.name as "organiserName", ou.path as "organiserPath",
  (select count(*)::int from training_enrolments e where e.programme_id = p.id) as enrolled,
  (select count(*)::int from training_enrolments e where e.programme_id = p.id and e.status = 'completed') as completed
  from training_programmes p join org_units ou on ou.id = p.organiser_id`;

export async function listProgrammes(
  db: Db,
  actor: { scopePath: string; orgUnitPath: string },
  filters: { year?: number | undefined; kind?: string | undefined },
): Promise<ProgrammeRow[]> {
  const conditions = [visibleTo(actor)];
  if (filters.year !== undefined) conditions.push(sql`extract(year from p.starts_on) = ${filters.year}`);
  if (filters.kind) conditions.push(sql`p.kind = ${filters.kind}`);
  return queryRows<ProgrammeRow>(
    db,
    sql`${SELECT} where ${sql.join(conditions, sql` and `)} order by p.starts_on desc, p.name`,
  );
}

export async function findProgramme(
  db: Db,
  id: string,
  actor: { scopePath: string; orgUnitPath: string },
): Promise<ProgrammeRow | undefined> {
  const rows = await queryRows<ProgrammeRow>(db, sql`${SELECT} where p.id = ${id} and ${visibleTo(actor)}`);
  return rows[0];
}

export interface QuotaRow {
  districtId: string;
  districtName: string;
  quota: number;
  enrolled: number;
}

export async function quotasOf(db: Db, programmeId: string): Promise<QuotaRow[]> {
  return queryRows<QuotaRow>(
    db,
    sql`select q.district_id as "districtId", d.name as "districtName", q.quota,
          (select count(*)::int from training_enrolments e where e.programme_id = q.programme_id and e.district_id = q.district_id) as enrolled
        from training_quotas q join org_units d on d.id = q.district_id
        where q.programme_id = ${programmeId} order by d.code`,
  );
}

export interface EnrolmentRow {
  id: string;
  teacherId: string;
  teacherName: string;
  teacherNumber: string;
  institutionName: string;
  districtId: string;
  status: string;
  attendedHours: number | null;
  assessmentPassed: boolean | null;
  completedOn: string | null;
  note: string | null;
}

export async function enrolmentsInScope(
  db: Db,
  programmeId: string,
  scopePath: string,
): Promise<EnrolmentRow[]> {
  return queryRows<EnrolmentRow>(
    db,
    sql`select e.id, e.teacher_id as "teacherId", t.name as "teacherName", t.teacher_number as "teacherNumber",
          iu.name as "institutionName", e.district_id as "districtId", e.status, e.attended_hours as "attendedHours",
          e.assessment_passed as "assessmentPassed", e.completed_on::text as "completedOn", e.note
        from training_enrolments e join ${teacherCardTable} t on t.id = e.teacher_id join org_units iu on iu.id = t.institution_id
        where e.programme_id = ${programmeId} and iu.path like ${`${escapeLike(scopePath)}%`}
        order by iu.name, t.teacher_number`,
  );
}

export interface CreditRow {
  id: string;
  teacherId: string;
  programmeId: string | null;
  title: string;
  level: string;
  kind: string;
  hours: number;
  creditedOn: string;
  status: string;
  evidence: string | null;
  reviewNote: string | null;
}

const CREDIT_COLUMNS = sql`c.id, c.teacher_id as "teacherId", c.programme_id as "programmeId", c.title, c.level, c.kind,
  c.hours, c.credited_on::text as "creditedOn", c.status, c.evidence, c.review_note as "reviewNote"`;

export async function creditsOf(db: Db, teacherId: string): Promise<CreditRow[]> {
  return queryRows<CreditRow>(
    db,
    sql`select ${CREDIT_COLUMNS} from training_credits c where c.teacher_id = ${teacherId} order by c.credited_on desc`,
  );
}

export async function pendingExternalInScope(
  db: Db,
  scopePath: string,
): Promise<(CreditRow & { teacherName: string })[]> {
  return queryRows(
    db,
    sql`select ${CREDIT_COLUMNS}, t.name as "teacherName" from training_credits c
        join ${teacherCardTable} t on t.id = c.teacher_id join org_units iu on iu.id = t.institution_id
        where c.status = 'pending' and iu.path like ${`${escapeLike(scopePath)}%`} order by c.created_at`,
  );
}
