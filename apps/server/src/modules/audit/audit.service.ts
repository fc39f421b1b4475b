import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { auditLog } from "./audit.tables.ts";

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

export { searchAudit, type AuditSearch } from "./audit.queries.ts";
