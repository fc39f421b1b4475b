import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import { listOrder, type SortOrder } from "../../db/list-order.ts";
import type { DUE_SORT_KEYS } from "./registration.schemas.ts";
import { trainingCreditsTable } from "../teacher-training/training.read-model.ts";
import {
  annualReviewsTable,
  teacherAbsencesTable,
  teacherRegistrationTable,
} from "../teachers/teachers.read-model.ts";

export interface DueTeacherRow {
  id: string;
  teacherNumber: string;
  name: string;
  institutionName: string;
  registeredOn: string;
  fitToTeach: boolean;
  confirmedOutcome: string | null;
}

/**
 * Teachers of a scope whose cycle falls due by `year` (registered five or more years before), with the
 * outcome already confirmed for that year, if any. A registration in 2014 falls due in 2019.
 */
const SORT_COLUMNS: Record<(typeof DUE_SORT_KEYS)[number], SQL> = {
  institution: sql`iu.code`,
  teacherNumber: sql`t.teacher_number`,
  name: sql`t.name`,
  registeredOn: sql`t.registered_on`,
};

export interface DueListOptions {
  scopePath: string;
  year: number;
  teacherIds?: readonly string[];
  districtId?: string | undefined;
  institutionId?: string | undefined;
  sort?: (typeof DUE_SORT_KEYS)[number] | undefined;
  order?: SortOrder | undefined;
}

export async function dueTeachers(db: Db, options: DueListOptions): Promise<DueTeacherRow[]> {
  return queryRows<DueTeacherRow>(
    db,
    sql`select t.id, t.teacher_number as "teacherNumber", t.name, iu.name as "institutionName",
          t.registered_on::text as "registeredOn", t.fit_to_teach as "fitToTeach", r.outcome as "confirmedOutcome"
        from ${teacherRegistrationTable} t join org_units iu on iu.id = t.institution_id
        left join teacher_registrations r on r.teacher_id = t.id and r.year = ${options.year}
        where iu.path like ${`${escapeLike(options.scopePath)}%`}
          and t.registered_on < ${`${options.year - 4}-01-01`}
          ${options.teacherIds ? sql`and t.id = any(${sql.param([...options.teacherIds])}::uuid[])` : sql``}
          ${options.districtId ? sql`and t.district_id = ${options.districtId}` : sql``}
          ${options.institutionId ? sql`and t.institution_id = ${options.institutionId}` : sql``}
        order by ${listOrder(SORT_COLUMNS, options.sort ?? "institution", options.order ?? "asc", sql`t.teacher_number`)}`,
  );
}

export interface RegistrationFacts {
  reviews: { teacherId: string; year: number; grade: string; approvedLeave: string | null }[];
  ethics: { teacherId: string; foundOn: string; severity: string; description: string }[];
  credits: {
    teacherId: string;
    programmeId: string | null;
    level: string;
    kind: string;
    hours: number;
    creditedOn: string;
  }[];
  /** 中止教育教学工作 that reach into a cycle under review. */
  absences: { teacherId: string; from: string; to: string; approvedLeave: string | null }[];
}

/**
 * Reviews, 师德 findings, approved hours (per kind, within each cycle) and absences of many teachers in
 * four queries, whatever their number.
 */
export async function registrationFacts(
  db: Db,
  teacherIds: readonly string[],
  since: string,
): Promise<RegistrationFacts> {
  if (teacherIds.length === 0) return { reviews: [], ethics: [], credits: [], absences: [] };
  const ids = sql`${sql.param([...teacherIds])}::uuid[]`;
  const [reviews, ethics, credits, absences] = await Promise.all([
    queryRows<RegistrationFacts["reviews"][number]>(
      db,
      sql`select teacher_id as "teacherId", year, grade, approved_leave as "approvedLeave"
          from ${annualReviewsTable} r where teacher_id = any(${ids})`,
    ),
    queryRows<RegistrationFacts["ethics"][number]>(
      db,
      sql`select teacher_id as "teacherId", found_on::text as "foundOn", severity, description
          from teacher_ethics_records where teacher_id = any(${ids})`,
    ),
    // Hours summed per teacher, kind and day from each teacher's registration on: the domain keeps the days
    // inside the cycle (its end follows the domain's rule, e.g. 2016-02-29 → 2021-02-28) and caps some kinds.
    queryRows<RegistrationFacts["credits"][number]>(
      db,
      sql`select c.teacher_id as "teacherId", null as "programmeId", 'municipal' as level, c.kind,
            sum(c.hours)::float8 as hours, c.credited_on::text as "creditedOn"
          from ${trainingCreditsTable} c join ${teacherRegistrationTable} t on t.id = c.teacher_id
          where c.teacher_id = any(${ids}) and c.status = 'approved' and c.credited_on >= ${since}
            and c.credited_on >= t.registered_on and c.credited_on <= t.registered_on + interval '5 years'
          group by c.teacher_id, c.kind, c.credited_on`,
    ),
    // Absences ending before the earliest cycle cannot touch any cycle; the domain clips the rest to each cycle.
    queryRows<RegistrationFacts["absences"][number]>(
      db,
      sql`select teacher_id as "teacherId", from_date::text as "from", to_date::text as "to",
            approved_leave as "approvedLeave"
          from ${teacherAbsencesTable} a where teacher_id = any(${ids}) and to_date >= ${since}`,
    ),
  ]);
  return { reviews, ethics, credits, absences };
}
