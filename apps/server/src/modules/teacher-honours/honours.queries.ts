import type { HonourRoundStage } from "@edubureau/domain/teachers";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import { teacherCardTable } from "../teachers/teachers.read-model.ts";

export interface RoundRow {
  id: string;
  kind: string;
  year: number;
  seriesNo: number | null;
  windowFrom: string;
  windowTo: string;
  /** Written only through the round's life cycle (honour-round-state.ts). */
  stage: HonourRoundStage;
  history: { stage: HonourRoundStage; on: string; note?: string }[];
}

export interface NomineeRow {
  teacherId: string;
  name: string;
  teacherNumber: string;
  institutionName: string;
  post: string;
  selected: boolean;
  awardedOn: string | null;
}

const ROUND = sql`select id, kind, year, series_no as "seriesNo", window_from::text as "windowFrom",
  window_to::text as "windowTo", stage, history from honour_rounds`;

export async function listRounds(db: Db): Promise<(RoundRow & { nominees: number; awarded: number })[]> {
  return queryRows(
    db,
    sql`select r.*, (select count(*)::int from honour_nominations n where n.round_id = r.id) as nominees,
          (select count(*)::int from honour_nominations n where n.round_id = r.id and n.awarded_on is not null) as awarded
        from (${ROUND}) r order by r.year desc, r.kind`,
  );
}

export async function findRound(db: Db, id: string): Promise<RoundRow | undefined> {
  return (await queryRows<RoundRow>(db, sql`${ROUND} where id = ${id}`))[0];
}

/** Nominees of a round; a school or district sees only its own teachers among them. */
export async function nomineesOf(db: Db, roundId: string, scopePath: string): Promise<NomineeRow[]> {
  return queryRows<NomineeRow>(
    db,
    sql`select n.teacher_id as "teacherId", t.name, t.teacher_number as "teacherNumber", iu.name as "institutionName",
          t.post, n.selected, n.awarded_on::text as "awardedOn"
        from honour_nominations n join ${teacherCardTable} t on t.id = n.teacher_id join org_units iu on iu.id = t.institution_id
        where n.round_id = ${roundId} and iu.path like ${`${escapeLike(scopePath)}%`} order by iu.name, t.name`,
  );
}

export interface StudioRow {
  id: string;
  type: string;
  name: string;
  establishment: string;
  year: number;
  leaderId: string;
  leaderName: string;
  institutionName: string;
  members: number;
  /** Annual assessments, newest first. */
  assessments: { year: number; grade: string }[];
}

const STUDIO = sql`select s.id, s.type, s.name, s.establishment, s.year, s.leader_id as "leaderId",
    t.name as "leaderName", iu.name as "institutionName",
    (select count(*)::int from teacher_studio_members m where m.studio_id = s.id) as members,
    coalesce((select json_agg(json_build_object('year', a.year, 'grade', a.grade) order by a.year desc)
      from teacher_studio_assessments a where a.studio_id = s.id), '[]'::json) as assessments
  from teacher_studios s join ${teacherCardTable} t on t.id = s.leader_id join org_units iu on iu.id = s.institution_id`;

/** Studios hosted in the scope (the leader's school decides where a studio belongs). */
export async function listStudios(db: Db, scopePath: string): Promise<StudioRow[]> {
  return queryRows<StudioRow>(
    db,
    sql`${STUDIO} where iu.path like ${`${escapeLike(scopePath)}%`} order by s.year desc, s.type, s.name`,
  );
}

export async function findStudio(db: Db, id: string, scopePath: string): Promise<StudioRow | undefined> {
  const rows = await queryRows<StudioRow>(
    db,
    sql`${STUDIO} where s.id = ${id} and iu.path like ${`${escapeLike(scopePath)}%`}`,
  );
  return rows[0];
}

export interface StudioMemberRow {
  teacherId: string;
  teacherNumber: string;
  name: string;
  institutionName: string;
  post: string;
  title: string;
  leader: boolean;
}

/** Everyone in a visible studio, leader first; no ID numbers. */
export async function studioMembers(db: Db, studioId: string): Promise<StudioMemberRow[]> {
  return queryRows<StudioMemberRow>(
    db,
    sql`select t.id as "teacherId", t.teacher_number as "teacherNumber", t.name, iu.name as "institutionName",
          t.post, t.title, (t.id = s.leader_id) as leader
        from teacher_studio_members m join teacher_studios s on s.id = m.studio_id
          join ${teacherCardTable} t on t.id = m.teacher_id join org_units iu on iu.id = t.institution_id
        where m.studio_id = ${studioId} order by (t.id = s.leader_id) desc, t.teacher_number`,
  );
}

export async function studioAssessments(
  db: Db,
  studioId: string,
): Promise<{ year: number; grade: string; note: string | null }[]> {
  return queryRows(
    db,
    sql`select year, grade, note from teacher_studio_assessments where studio_id = ${studioId} order by year desc`,
  );
}

export interface IntakeRow {
  districtId: string;
  districtName: string;
  students: number | null;
}

/** Every district in the scope with its intake of the year (null when not yet recorded). */
export async function listIntakes(db: Db, scopePath: string, year: number): Promise<IntakeRow[]> {
  return queryRows<IntakeRow>(
    db,
    sql`select d.id as "districtId", d.name as "districtName", i.students
        from org_units d left join normal_student_intakes i
          on i.district_id = d.id and i.year = ${year} and i.programme = '省级公费师范生'
        where d.kind = 'district' and d.path like ${`${escapeLike(scopePath)}%`} order by d.code`,
  );
}

/** The latest year with an intake recorded for a district in the scope, if any. */
export async function latestIntakeYear(db: Db, scopePath: string): Promise<number | null> {
  const [row] = await queryRows<{ year: number | null }>(
    db,
    sql`select max(i.year)::int as year from normal_student_intakes i join org_units d on d.id = i.district_id
        where d.path like ${`${escapeLike(scopePath)}%`}`,
  );
  return row?.year ?? null;
}
