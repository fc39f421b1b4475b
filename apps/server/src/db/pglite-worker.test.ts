import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import Fastify from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { queryRows, type Database } from "./database.ts";
import { migrate } from "./migrate.ts";
import { openDatabase } from "./open-database.ts";
import { healthRoutes } from "../modules/health/health.routes.ts";

// Issue 14 item 5: the embedded engine runs in its own worker thread, reached through node-postgres, so a long
// query holds up the engine but not the server's event loop; it must still behave as the engine did in process.

/** A query that keeps PGlite busy for about a second or more (longer on a loaded machine). */
const LONG_QUERY = sql`select count(*)::int as n from generate_series(1, 2500) a, generate_series(1, 2500) b`;

/** The longest the event loop went without running a 5 ms timer while `work` ran. */
async function longestStall(work: () => Promise<unknown>): Promise<{ stallMs: number; workMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await work();
  const workMs = performance.now() - started;
  clearInterval(timer);
  return { stallMs, workMs };
}

describe.skipIf(Boolean(process.env.DATABASE_URL))("the embedded engine in its worker thread", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ pgliteMode: "worker", pgliteTemplate: inject("pgliteTemplate") });
    await database.db.execute(sql`create table counter (n int not null)`);
    await database.db.execute(sql`insert into counter values (0)`);
  });
  afterAll(async () => database.close());

  it("answers through node-postgres with the same conversions as in process", async () => {
    const [row] = await queryRows<{ big: number; exact: number; text: string }>(
      database.db,
      sql`select 9007199254740991::int8 as big, 2.5::numeric as exact, ${"芙蓉区"}::text as text`,
    );
    expect(row).toEqual({ big: 9007199254740991, exact: 2.5, text: "芙蓉区" });
    expect(database.engine).toBe("pglite");
  });

  it("keeps the event loop free while the engine runs a long query", async () => {
    const { stallMs, workMs } = await longestStall(() => queryRows(database.db, LONG_QUERY));
    expect(workMs).toBeGreaterThan(300);
    // In process the loop stalls for the whole query; here only for ordinary scheduling noise.
    expect(stallMs).toBeLessThan(Math.max(100, workMs / 3));
  });

  it("answers /api/health while another request's transaction holds the engine", async () => {
    await migrate(database);
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(healthRoutes(database), { prefix: "/api/health" });
    expect((await app.inject("/api/health")).statusCode).toBe(200);

    // A transaction that stays open until the health check has answered: were the check to queue behind
    // it, the two would wait for each other and the race below would time out.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let begun = () => undefined as void;
    const inside = new Promise<void>((resolve) => (begun = resolve));
    const transaction = database.db.transaction(async (tx) => {
      await tx.execute(sql`update counter set n = n`);
      begun();
      await held;
    });
    await inside;
    const started = performance.now();
    const answer = await Promise.race([
      app.inject("/api/health"),
      new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 10_000)),
    ]);
    const tookMs = performance.now() - started;
    release();
    await transaction;
    await app.close();
    expect(answer).not.toBe("timeout");
    if (answer === "timeout") return;
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ status: "ok", engine: "pglite" });
    expect(tookMs).toBeLessThan(2_000);
  });

  it("answers the health check at once while an import's statements run one after another", async () => {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    await app.register(healthRoutes(database), { prefix: "/api/health" });
    expect((await app.inject("/api/health")).statusCode).toBe(200);
    // As an import writes: short statements back to back, one transaction, then a long one running now.
    let running = true;
    const importing = database.db.transaction(async (tx) => {
      for (let i = 0; i < 20; i++) await tx.execute(sql`update counter set n = n`);
      await queryRows(tx, LONG_QUERY);
      running = false;
    });
    // Long enough for the short statements to finish, well inside the long one (a second or more).
    await new Promise((resolve) => setTimeout(resolve, 400));
    const started = performance.now();
    const answer = await app.inject("/api/health");
    const tookMs = performance.now() - started;
    const answeredWhileRunning = running;
    await importing;
    await app.close();
    expect(answer.statusCode).toBe(200);
    // The engine finished a statement within the last second: that proves it alive without a ping
    // that would wait for the long statement.
    expect(answeredWhileRunning).toBe(true);
    expect(tookMs).toBeLessThan(250);
  });

  it("runs concurrent transactions one after another, as the single-session engine must", async () => {
    await Promise.all(
      Array.from({ length: 10 }, () =>
        database.db.transaction(async (tx) => {
          const [row] = await queryRows<{ n: number }>(tx, sql`select n from counter`);
          await tx.execute(sql`update counter set n = ${(row?.n ?? 0) + 1}`);
        }),
      ),
    );
    const [row] = await queryRows<{ n: number }>(database.db, sql`select n from counter`);
    expect(row?.n).toBe(10);
  });

  it("leaves nothing of a failed transaction and keeps serving", async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`update counter set n = -1`);
        await tx.execute(sql`select 1 / 0`);
      }),
    ).rejects.toThrow();
    const [row] = await queryRows<{ n: number }>(database.db, sql`select n from counter`);
    expect(row?.n).toBe(10);
  });

  it("delivers NOTIFY of committed work to its listeners, not of rolled-back work", async () => {
    const received: string[] = [];
    const unlisten = await database.listen?.("edubureau_test", (payload) => received.push(payload));
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_notify('edubureau_test', 'committed')`);
    });
    await expect(
      database.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_notify('edubureau_test', 'rolled back')`);
        throw new Error("abandon");
      }),
    ).rejects.toThrow("abandon");
    await database.db.execute(sql`select pg_notify('edubureau_test', 'plain')`);
    await expect.poll(() => received).toEqual(["committed", "plain"]);
    await unlisten?.();
  });
});

describe.skipIf(Boolean(process.env.DATABASE_URL))("the embedded engine's data folder", () => {
  let dir = "";
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "eb-pglite-worker-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is written when the worker closes, and opens again in either mode", { timeout: 180_000 }, async () => {
    const template = inject("pgliteTemplate");
    const first = await openDatabase({ pgliteDir: dir, pgliteMode: "worker", pgliteTemplate: template });
    await first.db.execute(sql`create table kept (note text)`);
    await first.db.execute(sql`insert into kept values ('工作线程写入')`);
    await first.close();
    await first.close();
    await expect(first.db.execute(sql`select 1`)).rejects.toThrow();

    const again = await openDatabase({ pgliteDir: dir, pgliteMode: "inprocess" });
    try {
      expect(await queryRows(again.db, sql`select note from kept`)).toEqual([{ note: "工作线程写入" }]);
    } finally {
      await again.close();
    }
  });
});
