import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countingDatabase } from "../test/counting-database.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { openTestDatabase } from "../test/test-database.ts";
import { queryRows, type Database } from "./database.ts";
import { withReadReplica } from "./read-replica.ts";

const onPostgres = Boolean(process.env.DATABASE_URL);

/** The same database through a connection whose every transaction is read-only, as a replica's would be. */
function readOnlyUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  url.searchParams.set("options", "-c default_transaction_read_only=on");
  return url.toString();
}

describe.skipIf(!onPostgres)("DATABASE_READ_URL on PostgreSQL", () => {
  let t: TestApp;
  let replicaQueries: string[] = [];
  let primaryQueries: string[] = [];
  const logs: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(
      {},
      {
        wrapDatabase: async (fresh) => {
          const both = await withReadReplica(fresh, readOnlyUrl(fresh.ownerUrl ?? ""), (line) =>
            logs.push(line),
          );
          const replica = countingDatabase({ ...both, db: both.readDb ?? both.db });
          const primary = countingDatabase(both);
          replicaQueries = replica.queries;
          primaryQueries = primary.queries;
          return { ...both, db: primary.database.db, readDb: replica.database.db };
        },
      },
    );
  });
  afterAll(async () => t?.close());

  it("sends the analytics reads to the read pool, which refuses writes", async () => {
    expect(logs.join("\n")).toContain("只读库");
    const readDb = t.database.readDb;
    if (!readDb) throw new Error("no read pool");
    const [setting] = await queryRows<{ on: string }>(
      readDb,
      sql`select current_setting('transaction_read_only') as on`,
    );
    expect(setting?.on).toBe("on");
    const refused = await readDb.execute(sql`update report_jobs set progress = progress`).then(
      () => null,
      (error: unknown) => error as { cause?: { code?: string } },
    );
    // 25006 read_only_sql_transaction
    expect(refused?.cause?.code).toBe("25006");

    const leader = await t.login("leader");
    replicaQueries.length = 0;
    const report = await leader.get("/api/student-health/report");
    expect(report.statusCode, report.body).toBe(200);
    const catalogue = await leader.get("/api/indicators");
    expect(catalogue.statusCode, catalogue.body).toBe(200);
    expect(replicaQueries.length).toBeGreaterThan(0);
  });

  it("keeps writes and transactions on the primary", async () => {
    const leader = await t.login("leader");
    primaryQueries.length = 0;
    const started = await leader.post("/api/student-health/report-jobs", { format: "xlsx" });
    expect(started.statusCode, started.body).toBe(202);
    const { jobId } = started.json<{ jobId: string }>();
    let state = "running";
    for (let i = 0; i < 200 && state === "running"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = (await leader.get(`/api/student-health/report-jobs/${jobId}`)).json<{ state: string }>().state;
    }
    expect(state).toBe("done");
    expect(primaryQueries.some((query) => /^insert into "report_jobs"/i.test(query))).toBe(true);
    expect(replicaQueries.some((query) => /^(insert|update|delete)/i.test(query))).toBe(false);
  });
});

describe("DATABASE_READ_URL on the embedded engine", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it.skipIf(onPostgres)("is ignored, with a line in the log", async () => {
    const logs: string[] = [];
    const same = await withReadReplica(database, "postgres://replica.example/db", (line) => logs.push(line));
    expect(same).toBe(database);
    expect(same.readDb).toBeUndefined();
    expect(logs.join("\n")).toContain("忽略该设置");
  });
});
