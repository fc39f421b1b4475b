import { eq } from "drizzle-orm";
import type { Role } from "@edubureau/domain";
import type { Db } from "../db/database.ts";
import { insertUnit } from "../modules/org-units/org-units.service.ts";
import type { OrgUnitRow } from "../modules/org-units/org-units.tables.ts";
import { users } from "../modules/users/users.tables.ts";
import { institutions } from "../modules/institutions/institutions.tables.ts";
import type { PasswordHasher } from "../modules/auth/password-hash.ts";

export const TEST_PASSWORD = "Test@2019pw";

/**
 * A small city with two districts, enough to show that one district never sees the other.
 * schoolA is a public primary school in districtA, schoolB a private one in districtB (both with registry rows).
 */
export interface TestWorld {
  city: OrgUnitRow;
  division: OrgUnitRow;
  districtA: OrgUnitRow;
  districtB: OrgUnitRow;
  streetA: OrgUnitRow;
  schoolA: OrgUnitRow;
  schoolB: OrgUnitRow;
  /** Account ids by username. */
  userIds: Record<TestUsername, string>;
}

export const TEST_ACCOUNTS = {
  admin: { role: "sys_admin", unit: "city" },
  leader: { role: "city_leader", unit: "city" },
  division: { role: "city_division", unit: "division" },
  inspector: { role: "inspector", unit: "division" },
  districtA: { role: "district", unit: "districtA" },
  districtB: { role: "district", unit: "districtB" },
  schoolA: { role: "school", unit: "schoolA" },
  schoolB: { role: "school", unit: "schoolB" },
  teacherA: { role: "teacher", unit: "schoolA" },
  parent: { role: "public", unit: "city" },
} as const satisfies Record<string, { role: Role; unit: keyof Omit<TestWorld, "userIds"> }>;

export type TestUsername = keyof typeof TEST_ACCOUNTS;

export async function buildTestWorld(db: Db, hasher: PasswordHasher, now: Date): Promise<TestWorld> {
  const passwordHash = await hasher.hash(TEST_PASSWORD);
  return db.transaction(async (tx) => {
    const city = await insertUnit(tx, null, { code: "430100", name: "长沙市", kind: "city" }, now);
    const division = await insertUnit(
      tx,
      city,
      { code: "DIV-JJ", name: "基础教育处", kind: "division" },
      now,
    );
    const districtA = await insertUnit(tx, city, { code: "430102", name: "芙蓉区", kind: "district" }, now);
    const districtB = await insertUnit(tx, city, { code: "430104", name: "岳麓区", kind: "district" }, now);
    const streetA = await insertUnit(
      tx,
      districtA,
      { code: "430102001", name: "文艺路街道", kind: "street" },
      now,
    );
    const schoolA = await insertUnit(
      tx,
      districtA,
      { code: "2143010201", name: "芙蓉区示范小学", kind: "institution" },
      now,
    );
    const schoolB = await insertUnit(
      tx,
      districtB,
      { code: "2143010401", name: "岳麓区实验小学", kind: "institution" },
      now,
    );
    const units = { city, division, districtA, districtB, streetA, schoolA, schoolB };
    await tx.insert(institutions).values([
      {
        orgUnitId: schoolA.id,
        type: "primary",
        ownership: "public",
        districtId: districtA.id,
        places: 1800,
        createdAt: now,
        updatedAt: now,
      },
      {
        orgUnitId: schoolB.id,
        type: "primary",
        ownership: "private",
        districtId: districtB.id,
        places: 1200,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    const rows = await tx
      .insert(users)
      .values(
        Object.entries(TEST_ACCOUNTS).map(([username, account]) => ({
          username,
          displayName: username,
          passwordHash,
          role: account.role,
          orgUnitId: units[account.unit].id,
          createdAt: now,
          updatedAt: now,
        })),
      )
      .returning({ id: users.id, username: users.username });
    const userIds = Object.fromEntries(rows.map((row) => [row.username, row.id])) as Record<
      TestUsername,
      string
    >;
    return { ...units, userIds };
  });
}

/** Test only: one more account, as a test world's accounts are written (tests never name the users table). */
export async function insertTestAccount(
  db: Db,
  account: { username: string; displayName: string; passwordHash: string; role: Role; orgUnitId: string },
  now: Date,
): Promise<void> {
  await db.insert(users).values({ ...account, createdAt: now, updatedAt: now });
}

/** Test only: the stored password hash of an account. */
export async function storedPasswordHash(db: Db, username: string): Promise<string> {
  const rows = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.username, username));
  return rows[0]?.hash ?? "";
}
