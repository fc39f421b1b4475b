import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { buildWorkbook, cellsOf, uploaderFor } from "../../modules/institutions/import-fixtures.ts";
import { createEventBus, publishEvent, type AppEvent } from "../events.ts";
import {
  createJobStore,
  failJobsOfPreviousRun,
  IMPORT_INTERRUPTED,
  jobStaleMs,
  MAX_KEPT_PROBLEMS,
  MAX_LISTED_PROBLEMS,
} from "./job-store.ts";
import type { Actor } from "../../http/actor.ts";
import { jobView } from "./import-job.routes.ts";
import { INSTANCE_ID } from "./instance.ts";
import { importJobs } from "./jobs.tables.ts";

// Durable import jobs (issue 14, item 4): the record survives a restart, a dead instance's job answers
// failed (never 404), and one running import per account holds across instances. Both engines.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const QUEUE = "institution import";
const STALE = jobStaleMs();

/** A job row as another instance (or an earlier process) left it. */
async function leftRunning(owner: string, options: { instanceId: string; heartbeatAgoMs: number }) {
  const id = randomUUID();
  const at = new Date(t.clock.now().getTime() - options.heartbeatAgoMs);
  await t.database.db.insert(importJobs).values({
    id,
    queue: QUEUE,
    ownerId: owner,
    fileName: "机构名录.xlsx",
    state: "writing",
    processed: 120,
    total: 5000,
    instanceId: options.instanceId,
    createdAt: at,
    heartbeatAt: at,
  });
  return id;
}

const institutionCount = async () =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from institutions`))[0]?.n ??
  0;

const record = (i: number) => ({
  code: String(2143010600 + i),
  name: `芙蓉区持久任务小学${i}`,
  type: "小学",
  ownership: "公办",
  district: "芙蓉区",
  street: "文艺路街道",
  address: `文艺路 ${i} 号`,
  longitude: 112.99,
  latitude: 28.19,
  status: "在办",
  places: 600,
});

describe("durable import jobs", () => {
  it("keeps a finished job's record: a restart (a new store, nothing in memory) still answers done", async () => {
    const furong = await uploaderFor(t, "districtA");
    const file = await buildWorkbook({ rows: [record(1), record(2)].map(cellsOf) });
    const accepted = await furong.upload(file);
    expect(accepted.statusCode).toBe(202);
    const { jobId } = accepted.json<{ jobId: string }>();
    const done = await furong.waitFor(jobId);
    expect(done.state).toBe("done");
    const [row] = await t.database.db.select().from(importJobs).where(eq(importJobs.id, jobId));
    expect(row).toMatchObject({ state: "done", queue: QUEUE, instanceId: INSTANCE_ID, total: 2 });
    expect(row?.result).toMatchObject({ created: 2 });
    // Read through a fresh store, as a restarted process would: from the record.
    const restarted = createJobStore({ database: t.database, clock: t.clock }, QUEUE);
    const actor = { userId: t.world.userIds.districtA } as Parameters<typeof restarted.status>[0];
    expect(await restarted.status(actor, jobId)).toMatchObject({ state: "done", result: { created: 2 } });
    // Someone else's job is 404, as before.
    const other = { userId: t.world.userIds.districtB } as Parameters<typeof restarted.status>[0];
    await expect(restarted.status(other, jobId)).rejects.toMatchObject({ status: 404 });
  });

  it("answers failed, not 404, for a job whose instance died (stale heartbeat), and once so", async () => {
    const furong = await uploaderFor(t, "districtA");
    const id = await leftRunning(t.world.userIds.districtA, {
      instanceId: "dead-host:1:cafe",
      heartbeatAgoMs: STALE + 1_000,
    });
    const before = await institutionCount();
    const first = await furong.get(`/api/institutions/import/${id}`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id, state: "failed", message: IMPORT_INTERRUPTED });
    expect(IMPORT_INTERRUPTED).toContain("未写入任何数据");
    const again = await furong.get(`/api/institutions/import/${id}`);
    expect(again.json()).toMatchObject({ state: "failed", message: IMPORT_INTERRUPTED });
    // The event stream ends at once with the same answer.
    const events = await furong.get(`/api/institutions/import/${id}/events`);
    expect(events.body).toContain(IMPORT_INTERRUPTED);
    expect(await institutionCount()).toBe(before);
  });

  it("reports a live job of another instance as running, and failed once its heartbeat is stale", async () => {
    const furong = await uploaderFor(t, "districtA");
    const id = await leftRunning(t.world.userIds.districtA, {
      instanceId: "other-host:2:beef",
      heartbeatAgoMs: 0,
    });
    expect((await furong.get(`/api/institutions/import/${id}`)).json()).toMatchObject({
      state: "writing",
      processed: 120,
      total: 5000,
    });
    // One running import per account across instances: this instance refuses a second one.
    const file = await buildWorkbook({ rows: [record(3)].map(cellsOf) });
    const refused = await furong.upload(file);
    expect(refused.statusCode).toBe(409);
    t.clock.advance(STALE + 1_000);
    expect((await furong.get(`/api/institutions/import/${id}`)).json()).toMatchObject({ state: "failed" });
    const accepted = await furong.upload(file);
    expect(accepted.statusCode).toBe(202);
    expect((await furong.waitFor(accepted.json<{ jobId: string }>().jobId)).state).toBe("done");
  });

  it("fails, at the embedded engine's start, every job its previous process left running", async () => {
    const id = await leftRunning(t.world.userIds.districtB, {
      instanceId: "previous:3:0001",
      heartbeatAgoMs: 0,
    });
    expect(await failJobsOfPreviousRun(t.database.db, t.clock)).toBeGreaterThanOrEqual(1);
    const [row] = await t.database.db.select().from(importJobs).where(eq(importJobs.id, id));
    expect(row).toMatchObject({ state: "failed", message: IMPORT_INTERRUPTED });
  });

  it("lets only one of two instances start an import for the same account at the same moment", async () => {
    const ctx = { database: t.database, clock: t.clock };
    const owner = t.world.userIds.schoolB;
    const a = createJobStore(ctx, "race");
    const b = createJobStore(ctx, "race");
    const outcomes = await Promise.allSettled([a.create(owner, "a.xlsx"), b.create(owner, "b.xlsx")]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === "rejected");
    expect(refused?.reason).toMatchObject({ status: 409 });
    const started = outcomes.find((o) => o.status === "fulfilled");
    if (started?.status === "fulfilled")
      await a.finish(started.value, { rows: 0, created: 0, updated: 0, unchanged: 0 });
    const rows = await t.database.db.select().from(importJobs).where(eq(importJobs.queue, "race"));
    expect(rows.map((r) => r.state)).toEqual(["done"]);
  });

  it("writes progress and heartbeat at most every progressWriteMs, and caps the stored problems", async () => {
    const store = createJobStore({ database: t.database, clock: t.clock }, "progress", {
      progressWriteMs: 50,
    });
    const job = await store.create(t.world.userIds.schoolA, "p.xlsx");
    job.state = "validating";
    job.total = 10_000;
    job.processed = 4_321;
    await new Promise((resolve) => setTimeout(resolve, 400));
    const [row] = await t.database.db.select().from(importJobs).where(eq(importJobs.id, job.id));
    expect(row).toMatchObject({ state: "validating", processed: 4_321, total: 10_000 });
    const errors = Array.from({ length: MAX_KEPT_PROBLEMS + 7 }, (_, i) => ({
      row: i + 2,
      column: "名称",
      message: "不能为空",
    }));
    await store.fail(job, { errors });
    const [failed] = await t.database.db.select().from(importJobs).where(eq(importJobs.id, job.id));
    // Kept for the downloadable list; the status lists the first MAX_LISTED_PROBLEMS.
    expect(failed?.errors).toHaveLength(MAX_KEPT_PROBLEMS);
    expect(failed?.errorCount).toBe(MAX_KEPT_PROBLEMS + 7);
    const view = jobView(await store.status({ userId: t.world.userIds.schoolA } as Actor, job.id));
    expect(view.errors).toHaveLength(MAX_LISTED_PROBLEMS);
  });
});

describe("a job's end and its rows commit together", () => {
  it("records done inside the write transaction: rolled back with it, committed with it", async () => {
    const store = createJobStore({ database: t.database, clock: t.clock }, "atomic");
    const job = await store.create(t.world.userIds.teacherA, "t.xlsx");
    const result = { rows: 1, created: 1, updated: 0, unchanged: 0 };
    await t.database.db
      .transaction(async (tx) => {
        await store.recordDoneIn(tx, job, result);
        throw new Error("the write failed");
      })
      .catch(() => undefined);
    const stateOf = async () =>
      (await t.database.db.select().from(importJobs).where(eq(importJobs.id, job.id)))[0]?.state;
    expect(await stateOf()).toBe("parsing");
    await t.database.db.transaction((tx) => store.recordDoneIn(tx, job, result));
    expect(await stateOf()).toBe("done");
    await store.finish(job, result);
  });
});

describe("events between instances", () => {
  it("delivers an event published in a transaction only when it commits, to every subscriber", async () => {
    const bus = createEventBus(t.database);
    await bus.open();
    const got: AppEvent[] = [];
    const unsubscribe = bus.subscribe((event) => got.push(event));
    const jobId = randomUUID();
    await t.database.db
      .transaction(async (tx) => {
        await publishEvent(tx, { type: "import_job", jobId });
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    await t.database.db.transaction(async (tx) => {
      await publishEvent(tx, { type: "import_job", jobId: "committed" });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(got).toEqual([]);
    });
    for (let i = 0; i < 50 && got.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(got).toEqual([{ type: "import_job", jobId: "committed" }]);
    unsubscribe();
    await bus.close();
  });
});
