import { and, count, desc, eq, gte, ilike, lte, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { auditLog, type AuditRow } from "./audit.tables.ts";

export interface AuditSearch {
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
