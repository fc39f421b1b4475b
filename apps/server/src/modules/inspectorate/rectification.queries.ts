import { sql } from "drizzle-orm";
import type { RectificationState } from "@edubureau/domain/inspectorate";
import { escapeLike } from "../../db/like.ts";
import { queryRows, type Db } from "../../db/database.ts";

export interface RectificationListRow {
  id: string;
  title: string;
  source_kind: "finding" | "weakness";
  unit_id: string;
  unit_name: string;
  deadline: string;
  state: RectificationState;
  escalated_on: string | null;
  public: boolean;
  ordered_at: Date;
}

/** How many orders in the scope (of one responsible unit, when given) are in one of the states. */
export async function countRectifications(
  db: Db,
  options: { scopePath: string; unitId?: string | undefined; states: readonly RectificationState[] },
): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from insp_rectifications r join org_units u on u.id = r.unit_id
        where u.path like ${`${escapeLike(options.scopePath)}%`}
          ${options.unitId ? sql`and r.unit_id = ${options.unitId}` : sql``}
          and r.state in (${sql.join(
            options.states.map((state) => sql`${state}`),
            sql`, `,
          )})`,
  );
  return row?.n ?? 0;
}

/** Orders whose responsible unit lies in the actor's scope (the policy's read rule), filtered before the limit. */
export async function listRectifications(
  db: Db,
  options: {
    scopePath: string;
    state?: RectificationState | undefined;
    unitId?: string | undefined;
    limit: number;
  },
): Promise<RectificationListRow[]> {
  return queryRows<RectificationListRow>(
    db,
    sql`select r.id, r.title, r.source_kind, r.unit_id, u.name as unit_name, r.deadline::text as deadline,
          r.state, r.escalated_on::text as escalated_on, r.public, r.ordered_at
        from insp_rectifications r join org_units u on u.id = r.unit_id
        where u.path like ${`${escapeLike(options.scopePath)}%`}
          ${options.state ? sql`and r.state = ${options.state}` : sql``}
          ${options.unitId ? sql`and r.unit_id = ${options.unitId}` : sql``}
        order by r.deadline, r.ordered_at
        limit ${options.limit}`,
  );
}

/** Public orders of public topics (公开整改清单): title, unit, deadline and state, nothing else. */
export async function publicRectifications(db: Db) {
  return queryRows<{
    id: string;
    title: string;
    unit_name: string;
    deadline: string;
    state: RectificationState;
  }>(
    db,
    sql`select r.id, r.title, u.name as unit_name, r.deadline::text as deadline, r.state
        from insp_rectifications r join org_units u on u.id = r.unit_id
        where r.public order by r.deadline desc limit 500`,
  );
}

/** Orders counted per scope: all, done (the states given) and open past their deadline. */
export interface ScopeClosureCounts {
  scope_path: string;
  total: number;
  closed: number;
  overdue: number;
}

/**
 * Counts of the orders whose responsible unit lies in each scope, in one grouped query however many
 * scopes are asked (the evaluation list asks for every district). A scope without orders counts zero.
 */
export async function closureCounts(
  db: Db,
  options: { scopePaths: readonly string[]; closedStates: readonly RectificationState[]; today: string },
): Promise<ScopeClosureCounts[]> {
  if (options.scopePaths.length === 0) return [];
  const closed = sql`r.state in (${sql.join(
    options.closedStates.map((state) => sql`${state}`),
    sql`, `,
  )})`;
  const scopes = sql.join(
    options.scopePaths.map((path) => sql`(${path}::text, ${`${escapeLike(path)}%`}::text)`),
    sql`, `,
  );
  return queryRows<ScopeClosureCounts>(
    db,
    sql`select s.scope_path, count(r.id)::int as total,
          count(r.id) filter (where ${closed})::int as closed,
          count(r.id) filter (where not ${closed} and r.deadline < ${options.today}::date)::int as overdue
        from (values ${scopes}) as s(scope_path, pattern)
        left join (insp_rectifications r join org_units u on u.id = r.unit_id) on u.path like s.pattern
        group by s.scope_path`,
  );
}
