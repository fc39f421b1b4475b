import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/database.ts";
import { openTestDatabase } from "../test/test-database.ts";
import { buildTestWorld, type TestWorld } from "../test/test-world.ts";
import { createPasswordHasher, TEST_HASH_PARAMS } from "../modules/auth/password-hash.ts";
import { versionedMemo } from "./versioned-memo.ts";

let database: Database;
let world: TestWorld;

beforeAll(async () => {
  database = await openTestDatabase();
  world = await buildTestWorld(
    database.db,
    createPasswordHasher(TEST_HASH_PARAMS),
    new Date("2019-06-03T02:00:00Z"),
  );
});
afterAll(async () => database.close());

/** A memo over a computation that counts its runs per key. */
function countingMemo() {
  const runs = new Map<string, number>();
  const batches: string[][] = [];
  const memo = versionedMemo(
    database.db,
    (key: string) => key,
    async (keys: readonly string[]) => {
      batches.push([...keys]);
      return keys.map((key) => {
        runs.set(key, (runs.get(key) ?? 0) + 1);
        if (key === "broken") throw new Error("boom");
        return `${key}:${runs.get(key)}`;
      });
    },
  );
  return { memo, runs, batches };
}

describe("versioned memo", () => {
  it("computes each key once while the data version stands, duplicates in one call included", async () => {
    const { memo, runs, batches } = countingMemo();
    expect(await memo.all(["a", "b", "a"])).toEqual(["a:1", "b:1", "a:1"]);
    expect(await memo.all(["a", "b", "c"])).toEqual(["a:1", "b:1", "c:1"]);
    expect(runs.get("a")).toBe(1);
    // The keys not yet known are computed together, once each.
    expect(batches).toEqual([["a", "b"], ["c"]]);
  });

  it("answers a single request from the same values", async () => {
    const { memo, batches } = countingMemo();
    expect(await memo.get("a")).toBe("a:1");
    expect(await memo.all(["a", "b"])).toEqual(["a:1", "b:1"]);
    expect(await memo.get("b")).toBe("b:1");
    expect(batches).toEqual([["a"], ["b"]]);
  });

  it("computes again after a committed write", async () => {
    const { memo } = countingMemo();
    expect(await memo.all(["a"])).toEqual(["a:1"]);
    await database.db.execute(
      sql`update org_units set name = ${"芙蓉区实验小学（二）"} where id = ${world.schoolA.id}`,
    );
    expect(await memo.all(["a"])).toEqual(["a:2"]);
  });

  it("does not keep a failed computation", async () => {
    const { memo, runs } = countingMemo();
    await expect(memo.all(["broken"])).rejects.toThrow("boom");
    await expect(memo.all(["broken"])).rejects.toThrow("boom");
    expect(runs.get("broken")).toBe(2);
  });
});
