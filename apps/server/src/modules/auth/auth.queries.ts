import { and, eq, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { LOCKOUT_MS, MAX_FAILED_LOGINS } from "@edubureau/domain";
import type { Db } from "../../db/database.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import { users } from "../users/users.tables.ts";
import { sessions } from "./sessions.tables.ts";

const accountColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  passwordHash: users.passwordHash,
  role: users.role,
  disabled: users.disabled,
  mustChangePassword: users.mustChangePassword,
  failedLogins: users.failedLogins,
  lockedUntil: users.lockedUntil,
  orgUnitId: users.orgUnitId,
  orgUnitPath: orgUnits.path,
  // The unit as every page's header shows it: read with the session, so `/api/auth/me` asks nothing more.
  orgUnitCode: orgUnits.code,
  orgUnitName: orgUnits.name,
  orgUnitKind: orgUnits.kind,
};

export type AccountRow = Awaited<ReturnType<typeof findAccount>>;

async function findAccount(db: Db, where: SQL) {
  const rows = await db
    .select(accountColumns)
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(where)
    .limit(1);
  return rows[0];
}

export const findAccountByUsername = (db: Db, username: string) =>
  findAccount(db, eq(users.username, username));
export const findAccountById = (db: Db, id: string) => findAccount(db, eq(users.id, id));

export async function findSessionWithAccount(db: Db, sessionId: string) {
  const rows = await db
    .select({ session: sessions, account: accountColumns })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(eq(sessions.id, sessionId))
    .limit(1);
  return rows[0];
}

export async function insertSession(
  db: Db,
  values: { id: string; userId: string; csrfToken: string; ip: string; userAgent: string | null; at: Date },
): Promise<void> {
  await db.insert(sessions).values({ ...values, createdAt: values.at, lastSeenAt: values.at });
}

export async function touchSession(db: Db, sessionId: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/**
 * Takes one of the account's five attempts before its password is checked, in one statement under the row
 * lock, so concurrent attempts cannot all read the same count. The attempt that takes the last one starts
 * the lock at once. Null when the account is locked: no attempt is left to take.
 */
export async function reserveLoginAttempt(
  db: Db,
  userId: string,
  now: Date,
): Promise<{ failedLogins: number; lockedUntil: Date | null } | undefined> {
  const reachesLimit = sql`${users.failedLogins} + 1 >= ${MAX_FAILED_LOGINS}`;
  const rows = await db
    .update(users)
    .set({
      failedLogins: sql`case when ${reachesLimit} then 0 else ${users.failedLogins} + 1 end`,
      lockedUntil: sql`case when ${reachesLimit} then ${new Date(now.getTime() + LOCKOUT_MS).toISOString()}::timestamptz else null end`,
      updatedAt: now,
    })
    .where(and(eq(users.id, userId), or(isNull(users.lockedUntil), lte(users.lockedUntil, now))))
    .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
  return rows[0];
}

/** The right password: the attempts taken so far are given back and any lock started by them ends. */
export async function clearLoginAttempts(db: Db, userId: string, at: Date): Promise<void> {
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: at, updatedAt: at })
    .where(eq(users.id, userId));
}

export async function updatePassword(
  db: Db,
  userId: string,
  values: { passwordHash: string; at: Date },
): Promise<void> {
  await db
    .update(users)
    .set({
      passwordHash: values.passwordHash,
      mustChangePassword: false,
      passwordChangedAt: values.at,
      updatedAt: values.at,
      failedLogins: 0,
      lockedUntil: null,
    })
    .where(eq(users.id, userId));
}
