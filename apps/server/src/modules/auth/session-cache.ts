import type { findSessionWithAccount } from "./auth.queries.ts";

export type SessionWithAccount = NonNullable<Awaited<ReturnType<typeof findSessionWithAccount>>>;

/**
 * Every API request resolves its session; most pages send several at once. A session read from the
 * database is reused for a short while, so a burst of requests costs one lookup. Signing out, a password
 * change and ending a user's sessions (disabled, reset) forget the entries at once in this process; the
 * short lifetime bounds what another server process, or a change to a user's role or unit, can lag by.
 */
export const SESSION_CACHE_TTL_MS = 2_000;
const MAX_ENTRIES = 10_000;

export function createSessionCache(ttlMs = SESSION_CACHE_TTL_MS) {
  const entries = new Map<string, { found: SessionWithAccount; cachedAt: number }>();
  return {
    get(sessionId: string, now: Date): SessionWithAccount | undefined {
      const entry = entries.get(sessionId);
      if (!entry) return undefined;
      const age = now.getTime() - entry.cachedAt;
      if (age >= 0 && age < ttlMs) return entry.found;
      entries.delete(sessionId);
      return undefined;
    },
    set(found: SessionWithAccount, now: Date): void {
      // Oldest first out: a Map iterates in insertion order.
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value ?? "");
      entries.set(found.session.id, { found, cachedAt: now.getTime() });
    },
    forget(sessionId: string): void {
      entries.delete(sessionId);
    },
    forgetUser(userId: string): void {
      for (const [id, entry] of entries) if (entry.found.account.id === userId) entries.delete(id);
    },
  };
}
