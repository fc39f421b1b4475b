import { sql, type SQL } from "drizzle-orm";
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

/*
 * What accounts publish for other modules' queries, so they name people without naming the users table.
 */

/** An account's display name by its id (an SQL expression; null for no account). */
export function accountName(userId: SQL): SQL {
  return sql`(select u.display_name from users u where u.id = ${userId})`;
}

/** Rows `(id, name)` of the accounts among the given ids (an SQL uuid[] expression). */
export function accountNamesAmong(ids: SQL): SQL {
  return sql`select id::text as id, display_name as name from users where id = any(${ids})`;
}
