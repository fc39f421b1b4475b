import { sql, type SQL } from "drizzle-orm";

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
