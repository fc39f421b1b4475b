import { and, count, desc, eq, gte, ilike, lte, sql, type SQL } from "drizzle-orm";
import { queryRows, type Db } from "../../db/database.ts";
import { auditLog, type AuditRow } from "./audit.tables.ts";

export interface AuditSearch {
  event?: string | undefined;
  entity?: string | undefined;
  action?: string | undefined;
  actor?: string | undefined;
  entityId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  page: number;
  pageSize: number;
}

export async function searchAudit(
  db: Db,
  search: AuditSearch,
): Promise<{ items: AuditRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (search.event) conditions.push(eq(auditLog.event, search.event));
  if (search.entity) conditions.push(eq(auditLog.entity, search.entity));
  if (search.action) conditions.push(eq(auditLog.action, search.action));
  if (search.entityId) conditions.push(eq(auditLog.entityId, search.entityId));
  if (search.actor) {
    conditions.push(ilike(auditLog.actorName, `%${search.actor}%`));
  }
  if (search.from) conditions.push(gte(auditLog.at, search.from));
  if (search.to) conditions.push(lte(auditLog.at, search.to));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [items, totals] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.id))
      .limit(search.pageSize)
      .offset((search.page - 1) * search.pageSize),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { items, total: totals[0]?.total ?? 0 };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Names for the org units and accounts whose ids a page of audit rows mentions (in any column or payload),
 * so the page shows 芙蓉区 or 张三 rather than an id. Student and teacher names stay out: personal data.
 */
export async function namesOf(
  db: Db,
  rows: readonly AuditRow[],
  accountNamesAmong: (ids: SQL) => SQL,
): Promise<Record<string, string>> {
  const ids = new Set<string>();
  for (const row of rows) {
    const text = JSON.stringify([row.entityId, row.actorId, row.before, row.after]);
    for (const id of text.match(UUID) ?? []) ids.add(id);
  }
  if (ids.size === 0) return {};
  const list = `{${[...ids].join(",")}}`;
  const found = await queryRows<{ id: string; name: string }>(
    db,
    sql`select id::text as id, name from org_units where id = any(${list}::uuid[])
        union all
        ${accountNamesAmong(sql`${list}::uuid[]`)}`,
  );
  return Object.fromEntries(found.map((r) => [r.id, r.name]));
}
