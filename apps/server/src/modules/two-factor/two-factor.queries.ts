import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { loginChallenges, userRecoveryCodes, userTotp } from "./two-factor.tables.ts";

export async function findTotp(db: Db, userId: string) {
  const rows = await db.select().from(userTotp).where(eq(userTotp.userId, userId)).limit(1);
  return rows[0];
}

export const allSecrets = (db: Db) =>
  db.select({ userId: userTotp.userId, secret: userTotp.secret }).from(userTotp);

/** Rewrites a secret's stored form (sealing, key rotation) unless someone changed it meanwhile. */
export async function replaceSecret(db: Db, userId: string, was: string, now: string): Promise<boolean> {
  const rows = await db
    .update(userTotp)
    .set({ secret: now })
    .where(and(eq(userTotp.userId, userId), eq(userTotp.secret, was)))
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

/** A new, unconfirmed secret replaces any earlier unconfirmed one; a confirmed one is never replaced here. */
export async function saveUnconfirmedSecret(db: Db, userId: string, secret: string, at: Date): Promise<void> {
  await db
    .insert(userTotp)
    .values({ userId, secret, createdAt: at })
    .onConflictDoUpdate({
      target: userTotp.userId,
      set: { secret, createdAt: at, lastStep: null },
      setWhere: isNull(userTotp.confirmedAt),
    });
}

/** Takes a step for the account unless a later or equal one was already taken (no replay, no race). */
export async function takeStep(
  db: Db,
  userId: string,
  step: number,
  confirmAt: Date | null,
): Promise<boolean> {
  const rows = await db
    .update(userTotp)
    .set({
      lastStep: step,
      ...(confirmAt
        ? { confirmedAt: sql`coalesce(${userTotp.confirmedAt}, ${confirmAt.toISOString()}::timestamptz)` }
        : {}),
    })
    .where(and(eq(userTotp.userId, userId), sql`coalesce(${userTotp.lastStep}, -1) < ${step}`))
    .returning({ userId: userTotp.userId });
  return rows.length === 1;
}

export async function replaceRecoveryCodes(db: Db, userId: string, hashes: readonly string[]): Promise<void> {
  await db.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  await db.insert(userRecoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
}

/** Marks one unused code used; false when it does not exist or was used before. */
export async function useRecoveryCode(db: Db, userId: string, codeHash: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(userRecoveryCodes)
    .set({ usedAt: at })
    .where(
      and(
        eq(userRecoveryCodes.userId, userId),
        eq(userRecoveryCodes.codeHash, codeHash),
        isNull(userRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: userRecoveryCodes.id });
  return rows.length === 1;
}

export async function unusedRecoveryCodes(db: Db, userId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(userRecoveryCodes)
    .where(and(eq(userRecoveryCodes.userId, userId), isNull(userRecoveryCodes.usedAt)));
  return rows[0]?.n ?? 0;
}

export async function deleteTwoFactor(db: Db, userId: string): Promise<boolean> {
  const removed = await db
    .delete(userTotp)
    .where(eq(userTotp.userId, userId))
    .returning({ id: userTotp.userId });
  await db.delete(userRecoveryCodes).where(eq(userRecoveryCodes.userId, userId));
  await db.delete(loginChallenges).where(eq(loginChallenges.userId, userId));
  return removed.length === 1;
}

export async function insertChallenge(
  db: Db,
  values: { id: string; userId: string; purpose: "verify" | "enrol"; expiresAt: Date },
): Promise<void> {
  await db.insert(loginChallenges).values(values);
}

/** Counts one try against a live challenge and returns it; undefined once expired or out of tries. */
export async function takeChallengeTry(db: Db, id: string, now: Date, maxTries: number) {
  const rows = await db
    .update(loginChallenges)
    .set({ attempts: sql`${loginChallenges.attempts} + 1` })
    .where(
      and(
        eq(loginChallenges.id, id),
        gt(loginChallenges.expiresAt, now),
        sql`${loginChallenges.attempts} < ${maxTries}`,
      ),
    )
    .returning();
  return rows[0];
}

export async function findLiveChallenge(db: Db, id: string, now: Date) {
  const rows = await db
    .select()
    .from(loginChallenges)
    .where(and(eq(loginChallenges.id, id), gt(loginChallenges.expiresAt, now)))
    .limit(1);
  return rows[0];
}

export async function deleteChallenge(db: Db, id: string): Promise<void> {
  await db.delete(loginChallenges).where(eq(loginChallenges.id, id));
}
