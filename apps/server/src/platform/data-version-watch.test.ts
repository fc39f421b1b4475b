import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingDatabase } from "../test/counting-database.ts";
import { openTestDatabase, type TestDatabase } from "../test/test-database.ts";
import { dataVersion, watchDataVersion } from "./data-version.ts";

// Issue 19: a cached read must not ask the database for the data version on every request. The version is
// kept in memory and read again only after a committed write, here or on another instance (migration 0029).

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

/** A write to a versioned table that changes no row: its statement trigger still moves the version. */
const touchOrgUnits = (db = database.db) => db.execute(sql`update org_units set name = name where false`);

describe("the data version kept in memory", () => {
  it("asks the database once while nothing is written", async () => {
    const counted = countingDatabase(database);
    const watch = await watchDataVersion(counted.database);
    try {
      const first = await dataVersion(counted.database.db);
      const asked = counted.queries.length;
      for (let i = 0; i < 5; i++) expect(await dataVersion(counted.database.db)).toBe(first);
      expect(counted.queries.length).toBe(asked);
    } finally {
      await watch.close();
    }
  });

  it("sees another instance's committed write once its notice arrives", async () => {
    const counted = countingDatabase(database);
    const watch = await watchDataVersion(counted.database);
    try {
      const first = await dataVersion(counted.database.db);
      // Written through another handle on the same database, as another app instance would.
      await touchOrgUnits();
      await expect.poll(() => dataVersion(counted.database.db)).not.toBe(first);
    } finally {
      await watch.close();
    }
  });

  it("reads its own write back at once: a write of this instance moves the version before its notice", async () => {
    const counted = countingDatabase(database);
    const watch = await watchDataVersion(counted.database);
    try {
      const first = await dataVersion(counted.database.db);
      const done = watch.writing();
      await touchOrgUnits(counted.database.db);
      done();
      expect(await dataVersion(counted.database.db)).not.toBe(first);
    } finally {
      await watch.close();
    }
  });

  it("keeps the version for a rolled-back write", async () => {
    const watch = await watchDataVersion(database);
    try {
      const first = await dataVersion(database.db);
      await database.db
        .transaction(async (tx) => {
          await touchOrgUnits(tx);
          throw new Error("rolled back");
        })
        .catch(() => undefined);
      expect(await dataVersion(database.db)).toBe(first);
    } finally {
      await watch.close();
    }
  });

  it.each([
    ["the database cannot LISTEN", undefined],
    ["LISTEN fails (the app still starts)", () => Promise.reject(new Error("连接被拒绝"))],
  ])("reads every time where %s", async (_case, listen) => {
    const counted = countingDatabase(database);
    const watch = await watchDataVersion({ db: counted.database.db, ...(listen ? { listen } : {}) });
    try {
      await dataVersion(counted.database.db);
      const asked = counted.queries.length;
      await dataVersion(counted.database.db);
      expect(counted.queries.length).toBe(asked + 1);
    } finally {
      await watch.close();
    }
  });
});
