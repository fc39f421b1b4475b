import { and, count, desc, eq, ilike, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { withinPath } from "../org-units/org-units.queries.ts";
import { escapeLike } from "../../db/like.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import { users, type UserRow } from "./users.tables.ts";

const listColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  disabled: users.disabled,
  lockedUntil: users.lockedUntil,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  orgUnit: {
    id: orgUnits.id,
    code: orgUnits.code,
    name: orgUnits.name,
    kind: orgUnits.kind,
    path: orgUnits.path,
  },
};

export type UserListRow = Awaited<ReturnType<typeof findInScope>> & object;

export async function listInScope(
  db: Db,
  options: { scopePath: string; text?: string | undefined; page: number; pageSize: number },
) {
  const conditions: SQL[] = [withinPath(options.scopePath)];
  if (options.text) {
    const pattern = `%${escapeLike(options.text)}%`;
    const match = or(ilike(users.username, pattern), ilike(users.displayName, pattern));
    if (match) conditions.push(match);
  }
  const where = and(...conditions);
  const [items, totals] = await Promise.all([
    db
      .select(listColumns)
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
      .where(where)
      .orderBy(desc(users.createdAt), users.username)
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: count() })
      .from(users)
      .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
      .where(where),
  ]);
  return { items, total: totals[0]?.total ?? 0 };
}

export async function findInScope(db: Db, id: string, scopePath: string) {
  const rows = await db
    .select(listColumns)
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, users.orgUnitId))
    .where(and(eq(users.id, id), withinPath(scopePath)))
    .limit(1);
  return rows[0];
}

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  return rows.length > 0;
}

export async function insertUser(
  db: Db,
  values: Pick<
    UserRow,
    "username" | "displayName" | "passwordHash" | "role" | "orgUnitId" | "mustChangePassword"
  > & {
    at: Date;
  },
): Promise<string> {
  const { at, ...rest } = values;
  const rows = await db
    .insert(users)
    .values({ ...rest, createdAt: at, updatedAt: at, passwordChangedAt: at })
    .returning({ id: users.id });
  const row = rows[0];
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

export async function updateUser(
  db: Db,
  id: string,
  values: Partial<Pick<UserRow, "displayName" | "role" | "orgUnitId" | "disabled">> & { at: Date },
): Promise<void> {
  const { at, ...rest } = values;
  await db
    .update(users)
    .set({ ...rest, updatedAt: at })
    .where(eq(users.id, id));
}

export async function resetPassword(
  db: Db,
  id: string,
  values: { passwordHash: string; mustChangePassword: boolean; at: Date },
): Promise<void> {
  await db
    .update(users)
    .set({
      passwordHash: values.passwordHash,
      mustChangePassword: values.mustChangePassword,
      passwordChangedAt: values.at,
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: values.at,
    })
    .where(eq(users.id, id));
}
