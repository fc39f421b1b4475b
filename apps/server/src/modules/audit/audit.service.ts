import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AUDIT_EVENTS, type AuditEntry } from "./audit-events.ts";
import * as q from "./audit.queries.ts";
import type { AuditSearch } from "./audit.queries.ts";
import { auditLog, type AuditRow } from "./audit.tables.ts";

export {
  DATA_APPROVAL_EVENTS,
  type AuditEntry,
  type AuditEventOf,
  type AuditEventType,
} from "./audit-events.ts";

/** Who did it, when there is no signed-in actor yet (a login attempt) the caller names the account. */
export interface AuditWho {
  actorId: string | null;
  actorName: string | null;
  ip: string | null;
}

export function whoOf(actor: Actor): AuditWho {
  return { actorId: actor.userId, actorName: `${actor.displayName}(${actor.username})`, ip: actor.ip };
}

/** The row for one event: entity and action come from the event's spec, never from the call site. */
function auditValues(who: AuditWho, entry: AuditEntry, at: Date) {
  const spec = AUDIT_EVENTS[entry.event];
  return {
    at,
    actorId: who.actorId,
    actorName: who.actorName,
    ip: who.ip,
    event: entry.event,
    entity: spec.entity,
    entityId: entry.entityId,
    action: spec.action,
    before: ("before" in entry ? entry.before : null) ?? null,
    after: entry.after ?? null,
  };
}

/**
 * Writes one audit row with the given transaction handle, so the row exists exactly when the write commits.
 * There is deliberately no update or delete here; the database refuses them too (migrations 0001 and 0016),
 * and links the row into the hash chain.
 */
export async function recordAudit(tx: Db, who: AuditWho, entry: AuditEntry, at: Date): Promise<void> {
  await tx.insert(auditLog).values(auditValues(who, entry, at));
}

/**
 * Audit rows per statement when writing many. Each row runs the chain trigger; with thousands in one
 * statement the embedded engine held the server for ~180 ms at a time during an import (health p99 187 ms
 * against 35 ms with 500, `npm run bench -- --only embedded-import`).
 */
const AUDIT_BATCH = 500;

/** recordAudit for many entries of one actor at one time (bulk imports), in the caller's transaction. */
export async function recordAudits(
  tx: Db,
  who: AuditWho,
  entries: readonly AuditEntry[],
  at: Date,
): Promise<void> {
  for (let i = 0; i < entries.length; i += AUDIT_BATCH) {
    await tx.insert(auditLog).values(entries.slice(i, i + AUDIT_BATCH).map((e) => auditValues(who, e, at)));
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

/**
 * A page of the audit log with the names of the units and accounts it mentions; the account names come
 * from the accounts' read model, wired in by the composition root.
 */
export async function searchAudit(db: Db, search: AuditSearch, accountNamesAmong: (ids: SQL) => SQL) {
  const page = await q.searchAudit(db, search);
  return { ...page, names: await q.namesOf(db, page.items, accountNamesAmong) };
}
