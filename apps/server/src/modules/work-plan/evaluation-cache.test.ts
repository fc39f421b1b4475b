import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Database } from "../../db/database.ts";
import { ManualClock } from "../../http/clock.ts";
import { dataVersion, UNVERSIONED_TABLES } from "../../platform/data-version.ts";
import { openTestDatabase } from "../../test/test-database.ts";
import { buildTestWorld, type TestWorld } from "../../test/test-world.ts";
import { createPasswordHasher, TEST_HASH_PARAMS } from "../auth/password-hash.ts";
import { createEvaluationCache } from "./evaluation-cache.ts";
import type { PlanEvaluation } from "./plan-evaluation.ts";
import type { PlanRow } from "./plan-structure.queries.ts";

let database: Database;
let world: TestWorld;
const clock = new ManualClock(new Date("2019-06-03T02:00:00Z"));

beforeAll(async () => {
  database = await openTestDatabase();
  world = await buildTestWorld(database.db, createPasswordHasher(TEST_HASH_PARAMS), clock.now());
});
afterAll(async () => database.close());

/** A cache whose evaluation only counts how often it ran. */
function countingCache() {
  let evaluations = 0;
  const cache = createEvaluationCache(database.db, clock, { measures: [] } as never, async () => {
    evaluations++;
    return {} as PlanEvaluation;
  });
  return { cache, evaluations: () => evaluations };
}

const livePlan = { id: "plan-live", evaluationDate: null } as unknown as PlanRow;
const renameSchool = (name: string) =>
  database.db.execute(sql`update org_units set name = ${name} where id = ${world.schoolA.id}`);

describe("data version", () => {
  it("rises with a committed write and stays with a rolled-back one", async () => {
    const before = Number(await dataVersion(database.db));
    await renameSchool("芙蓉区实验小学（改名）");
    const after = Number(await dataVersion(database.db));
    expect(after).toBeGreaterThan(before);
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`update org_units set name = '回滚' where id = ${world.schoolA.id}`);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(Number(await dataVersion(database.db))).toBe(after);
  });

  it("is raised by every table but the bookkeeping ones", async () => {
    const unversioned = await queryRows<{ table_name: string }>(
      database.db,
      sql`select t.table_name from information_schema.tables t
        where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'
          and not exists (
            -- pg_trigger, not information_schema: the app role sees every table's triggers there.
            select 1 from pg_trigger g join pg_class c on c.oid = g.tgrelid
            where c.relname = t.table_name and g.tgname = 'data_version_bump')
        order by 1`,
    );
    // A new table needs `select add_data_version_trigger('<table>')` in its migration.
    expect(unversioned.map((r) => r.table_name)).toEqual([...UNVERSIONED_TABLES].sort());
  });
});

describe("plan evaluation cache", () => {
  it("keeps the evaluation while no data changes, however many minutes pass", async () => {
    const { cache, evaluations } = countingCache();
    await cache.get(livePlan);
    await cache.get(livePlan);
    clock.advance(5 * 60_000);
    await cache.get(livePlan);
    expect(evaluations()).toBe(1);
  });

  it("evaluates again after a write, and once more when the day turns", async () => {
    const { cache, evaluations } = countingCache();
    await cache.get(livePlan);
    await renameSchool("芙蓉区实验小学");
    await cache.get(livePlan);
    await cache.get(livePlan);
    expect(evaluations()).toBe(2);
    clock.advance(24 * 60 * 60_000);
    await cache.get(livePlan);
    expect(evaluations()).toBe(3);
  });

  it("does not evaluate again for a sign-in, which writes only users, sessions and the audit log", async () => {
    const { cache, evaluations } = countingCache();
    await cache.get(livePlan);
    await database.db.execute(sql`update users set failed_logins = 0`);
    await cache.get(livePlan);
    expect(evaluations()).toBe(1);
  });
});
