import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { auditLog, type AuditRow } from "./audit.tables.ts";

export interface AuditEntry {
  entity: string;
  entityId: string | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Who did it, when there is no signed-in actor yet (a login attempt) the caller names the account. */
export interface AuditWho {
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
}

export function whoOf(actor: Actor): AuditWho {
  return { actorId: actor.userId, actorName: `${actor.displayName}(${actor.username})`, ip: actor.ip };
}

/**
 * Writes one audit row with the given transaction handle, so the row exists exactly when the write commits.
 * There is deliberately no update or delete here; the database refuses them too (migration 0001).
 */
export async function recordAudit(tx: Db, who: AuditWho, entry: AuditEntry, at: Date): Promise<void> {
  await tx.insert(auditLog).values({
    at,
    actorId: who.actorId,
    actorName: who.actorName,
    ip: who.ip,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** Rows per INSERT when writing many audit rows at once. */
const AUDIT_BATCH = 500;

/** recordAudit for many entries of one actor at one time (bulk imports), in the caller's transaction. */
export async function recordAudits(
  tx: Db,
  who: AuditWho,
  entries: readonly AuditEntry[],
  at: Date,
): Promise<void> {
  for (let i = 0; i < entries.length; i += AUDIT_BATCH) {
    await tx.insert(auditLog).values(
      entries.slice(i, i + AUDIT_BATCH).map((entry) => ({
        at,
        actorId: who.actorId,
        actorName: who.actorName,
        ip: who.ip,
        entity: entry.entity,
        entityId: entry.entityId,
        action: entry.action,
        before: entry.before ?? null,
        after: entry.after ?? null,
      })),
    );
  }
}

/**
 * The trail of one entity, newest first. Whether the reader may see that entity is the caller's check:
 * the audit log itself knows nothing of org-unit scope.
 */
export async function entityHistory(
  db: Db,
  options: { entities: readonly string[]; entityId: string; limit: number },
): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(inArray(auditLog.entity, [...options.entities]), eq(auditLog.entityId, options.entityId)))
    .orderBy(desc(auditLog.id))
    .limit(options.limit);
}

export { searchAudit, type AuditSearch } from "./audit.queries.ts";
