import { sql, type SQL } from "drizzle-orm";
/** asc or desc, as the list query carries it (`sortQuery` in http/zod-types.ts). */
export type SortOrder = "asc" | "desc";

/**
 * The `order by` of a server-sorted list: the column the reader chose (looked up in the list's own whitelist,
 * so the key never reaches the SQL as text), ascending unless asked otherwise, empty values last, then the list's tie-break so that pages
 * neither overlap nor skip rows.
 */
export function listOrder<K extends string>(
  columns: Record<K, SQL>,
  sort: K,
  order: SortOrder | undefined,
  ...tieBreak: SQL[]
): SQL {
  const direction = order === "desc" ? sql`desc nulls last` : sql`asc nulls last`;
  return sql.join([sql`${columns[sort]} ${direction}`, ...tieBreak], sql`, `);
}

/** `limit … offset …` of one page. */
export function pageWindow(options: { page: number; pageSize: number }): SQL {
  return sql`limit ${options.pageSize} offset ${(options.page - 1) * options.pageSize}`;
}
