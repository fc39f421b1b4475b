import { sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/database.ts";
import { escapeLike } from "../org-units/org-units.queries.ts";

export interface RoundRow {
  id: string;
  kind: string;
  year: number;
  seriesNo: number | null;
  windowFrom: string;
  windowTo: string;
  stage: string;
  history: { stage: string; on: string; note?: string }[];
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
        from honour_nominations n join teachers t on t.id = n.teacher_id join org_units iu on iu.id = t.institution_id
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
  latestAssessment: { year: number; grade: string } | null;
}

export async function listStudios(db: Db, scopePath: string): Promise<StudioRow[]> {
  return queryRows<StudioRow>(
    db,
    sql`select s.id, s.type, s.name, s.establishment, s.year, s.leader_id as "leaderId", t.name as "leaderName",
          iu.name as "institutionName",
          (select count(*)::int from teacher_studio_members m where m.studio_id = s.id) as members,
          (select json_build_object('year', a.year, 'grade', a.grade) from teacher_studio_assessments a
            where a.studio_id = s.id order by a.year desc limit 1) as "latestAssessment"
        from teacher_studios s join teachers t on t.id = s.leader_id join org_units iu on iu.id = s.institution_id
        where iu.path like ${`${escapeLike(scopePath)}%`} order by s.year desc, s.type, s.name`,
  );
}
