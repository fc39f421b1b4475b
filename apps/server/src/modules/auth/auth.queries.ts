import { eq, type SQL } from "drizzle-orm";
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

export async function updateLoginState(
  db: Db,
  userId: string,
  state: { failedLogins: number; lockedUntil: Date | null; lastLoginAt?: Date; updatedAt: Date },
): Promise<void> {
  await db.update(users).set(state).where(eq(users.id, userId));
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
