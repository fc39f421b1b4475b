import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import type { EvaluationStatus } from "./inspectorate.tables.ts";

export interface EvaluationListRow {
  id: string;
  framework_id: string;
  year: number;
  district_id: string;
  district_name: string;
  district_path: string;
  district_code: string;
  status: EvaluationStatus;
}

/** Evaluations of a year whose district lies in the scope (a district: its own only), before any limit. */
export async function evaluationsInScope(
  db: Db,
  options: { year: number; scopePath: string | null },
): Promise<EvaluationListRow[]> {
  return queryRows<EvaluationListRow>(
    db,
    sql`select e.id, e.framework_id, f.year, e.district_id, u.name as district_name, u.path as district_path,
          u.code as district_code, e.status
        from insp_evaluations e join insp_frameworks f on f.id = e.framework_id
          join org_units u on u.id = e.district_id
        where f.year = ${options.year}
          ${options.scopePath === null ? sql`` : sql`and u.path like ${`${escapeLike(options.scopePath)}%`}`}
        order by u.code`,
  );
}

export async function evaluationById(db: Db, id: string): Promise<EvaluationListRow | null> {
  const [row] = await queryRows<EvaluationListRow>(
    db,
    sql`select e.id, e.framework_id, f.year, e.district_id, u.name as district_name, u.path as district_path,
          u.code as district_code, e.status
        from insp_evaluations e join insp_frameworks f on f.id = e.framework_id
          join org_units u on u.id = e.district_id
        where e.id = ${id}`,
  );
  return row ?? null;
}

export async function scoresOf(db: Db, evaluationIds: readonly string[]) {
  if (evaluationIds.length === 0) return [];
  return queryRows<{
    evaluation_id: string;
    indicator_code: string;
    self_score: string | number | null;
    self_note: string;
    verified_score: string | number | null;
    verify_comment: string;
  }>(
    db,
    sql`select evaluation_id, indicator_code, self_score, self_note, verified_score, verify_comment
        from insp_evaluation_scores where evaluation_id in (${sql.join(
          evaluationIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
  );
}

export async function allDistricts(db: Db) {
  return queryRows<{ id: string; name: string; path: string }>(
    db,
    sql`select id, name, path from org_units where kind = 'district' order by code`,
  );
}
