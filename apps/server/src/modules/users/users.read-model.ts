import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";

/**
 * What the users module publishes for others to read: active 督学 accounts by id, for the inspectorate's
 * plan members and 责任督学 assignments (names only; no other account data).
 */
export async function inspectorAccounts(
  db: Db,
  ids?: readonly string[],
): Promise<{ id: string; name: string }[]> {
  if (ids !== undefined && ids.length === 0) return [];
  const filter =
    ids === undefined
      ? sql``
      : sql`and id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;
  return queryRows<{ id: string; name: string }>(
    db,
    sql`select id, display_name as name from users
        where role = 'inspector' and not disabled ${filter} order by display_name`,
  );
}
