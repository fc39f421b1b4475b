import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";

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
