import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";

/**
 * What the work plan publishes for other modules to read (they never query the plan tables themselves).
 *
 * The target a plan binds to a measure for a year, as it applies to a scope: the whole target for a
 * city-wide account, a district's share for a district account; null when no plan binds the measure then.
 */
export async function boundTargetFor(
  db: Db,
  query: { measure: string; year: number; scopePath: string },
): Promise<{ code: string; value: number } | null> {
  const { measure, year, scopePath } = query;
  const [row] = await queryRows<{ code: string; value: string | number | null }>(
    db,
    sql`select pt.code, case when c.path = ${scopePath} then pt.target_value
          else (select sh.value from plan_target_shares sh join org_units u on u.id = sh.org_unit_id
                where sh.target_id = pt.id and u.path = ${scopePath}) end as value
        from plan_targets pt join plan_tasks k on k.id = pt.task_id join work_plans p on p.id = k.plan_id
          join org_units c on c.id = p.city_unit_id
        where pt.binding->>'measure' = ${measure} and pt.binding->'filter'->>'year' = ${String(year)}
        order by p.year desc limit 1`,
  );
  return row && row.value !== null ? { code: row.code, value: Number(row.value) } : null;
}

/** A task or target whose title or code contains the text, with where it sits in the plan. */
export interface PlanItemMatch {
  kind: "task" | "target";
  id: string;
  title: string;
  /** The task's focus area, or the target's task: a Chinese title, never a code. */
  context: string;
  planYear: number;
}

/**
 * Tasks and targets of the plans of the account's city whose title or code contains `text` (case-insensitive),
 * at most `limit` + 1 of each kind (the extra one says there are more), newest plan first, in plan order.
 * One query; the caller has checked that the account may read the plan.
 */
export async function planItemsMatching(
  db: Db,
  query: { text: string; scopePath: string; limit: number },
): Promise<PlanItemMatch[]> {
  const pattern = `%${escapeLike(query.text)}%`;
  const take = query.limit + 1;
  return queryRows<PlanItemMatch>(
    db,
    sql`with plans as (
          select p.id, p.year from work_plans p join org_units c on c.id = p.city_unit_id
          where ${query.scopePath} like c.path || '%'
        ),
        tasks as (
          select 'task' as kind, k.id, k.title, f.title as context, pl.year as "planYear",
            row_number() over (order by pl.year desc, f.seq, k.seq) as rank
          from plan_tasks k join plans pl on pl.id = k.plan_id join focus_areas f on f.id = k.focus_area_id
          where k.title ilike ${pattern} or k.code ilike ${pattern}
          order by pl.year desc, f.seq, k.seq limit ${take}
        ),
        targets as (
          select 'target' as kind, t.id, t.name as title, k.title as context, pl.year as "planYear",
            row_number() over (order by pl.year desc, f.seq, k.seq, t.code) as rank
          from plan_targets t join plan_tasks k on k.id = t.task_id join plans pl on pl.id = k.plan_id
            join focus_areas f on f.id = k.focus_area_id
          where t.name ilike ${pattern} or t.code ilike ${pattern}
          order by pl.year desc, f.seq, k.seq, t.code limit ${take}
        )
        select kind, id, title, context, "planYear" from (select * from tasks union all select * from targets) m
        order by kind, rank`,
  );
}
