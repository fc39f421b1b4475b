import type { FastifyInstance } from "fastify";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/database.ts";
import { SESSION_COOKIE } from "../../http/session-token.ts";
import { notify } from "../../modules/notifications/notifications.service.ts";
import { startSecondInstance, type SecondInstance } from "../../test/second-instance.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { TEST_PASSWORD } from "../../test/test-world.ts";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { publishEvent } from "../events.ts";
import { importJobs } from "./jobs.tables.ts";
import { claimPeriod, createPeriodicRunner } from "./periodic.ts";

// Two app instances on one database, in process (both engines): a periodic job runs once per period
// however many instances check, and a notification raised through one instance reaches an event stream
// held by the other. (multi-instance.test.ts does the same with two server processes on PostgreSQL.)

let a: TestApp;
let second: SecondInstance;
let bDatabase: Database;
let b: FastifyInstance;
let bUrl: string;

beforeAll(async () => {
  a = await createTestApp();
  second = await startSecondInstance(a);
  ({ app: b, database: bDatabase, url: bUrl } = second);
});

afterAll(async () => {
  await second.close();
  await a.close();
});

describe("periodic jobs on several instances", () => {
  it("grants each period to exactly one of many concurrent claims", async () => {
    const at = a.clock.now();
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        claimPeriod(i % 2 === 0 ? a.database.db : bDatabase.db, "claim-test", 1000, at),
      ),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimPeriod(bDatabase.db, "claim-test", 1000, at)).toBe(false);
    expect(await claimPeriod(bDatabase.db, "claim-test", 999, at)).toBe(false);
    expect(await claimPeriod(a.database.db, "claim-test", 1001, at)).toBe(true);
  });

  it("runs the sweep once per period across two instances checking together", async () => {
    const runs: { instance: string; period: number }[] = [];
    const runner = (instance: string, database: Database) =>
      createPeriodicRunner({
        db: database.db,
        clock: a.clock,
        jobs: [
          {
            name: "sweep-test",
            periodMs: 60 * 60_000,
            run: async (period) => runs.push({ instance, period }),
          },
        ],
        onError: (_name, error) => {
          throw error;
        },
      });
    const first = runner("A", a.database);
    const second = runner("B", bDatabase);
    for (let hour = 0; hour < 4; hour++) {
      // Several checks within the hour from both instances.
      for (let check = 0; check < 3; check++) await Promise.all([first.tickAll(), second.tickAll()]);
      a.clock.advance(60 * 60_000);
    }
    const periods = runs.map((r) => r.period);
    expect(periods).toHaveLength(4);
    expect(new Set(periods).size).toBe(4);
    a.clock.advance(-4 * 60 * 60_000);
  });
});

describe("events for the browser on several instances", () => {
  async function cookieOn(username: string): Promise<string> {
    const response = await b.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    return response.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? "";
  }

  /** Reads server-sent `data:` lines from an open stream into `into`. */
  async function stream(username: string, into: unknown[]) {
    const controller = new AbortController();
    const response = await fetch(`${bUrl}/api/notifications/events`, {
      headers: { cookie: `${SESSION_COOKIE}=${await cookieOn(username)}` },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const body = response.body;
    if (!body) throw new Error("no body");
    const reader: ReadableStreamDefaultReader<Uint8Array> = body.getReader();
    const decoder = new TextDecoder();
    let text = "";
    const opened = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        text += decoder.decode(value, { stream: true });
        const parts = text.split("\n\n");
        text = parts.pop() ?? "";
        for (const part of parts)
          if (part.startsWith("data: ")) into.push(JSON.parse(part.slice(6)) as unknown);
      }
    })().catch(() => undefined);
    return {
      close: async () => {
        controller.abort();
        await opened;
      },
    };
  }

  it("pushes a notification committed through instance A to a stream held on instance B, to its addressees only", async () => {
    const furong: unknown[] = [];
    const yuelu: unknown[] = [];
    const s1 = await stream("districtA", furong);
    const s2 = await stream("districtB", yuelu);
    await a.database.db.transaction(async (tx) => {
      await notify(
        tx,
        [
          {
            orgUnitId: a.world.districtA.id,
            role: null,
            kind: "supervision_notice",
            title: "跨实例督办通知",
          },
        ],
        a.clock.now(),
      );
    });
    for (let i = 0; i < 100 && furong.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(furong).toEqual([
      expect.objectContaining({ kind: "supervision_notice", title: "跨实例督办通知" }),
    ]);
    expect(yuelu).toEqual([]);
    // A rolled-back cause announces nothing.
    await a.database.db
      .transaction(async (tx) => {
        await notify(
          tx,
          [{ orgUnitId: a.world.districtA.id, role: null, kind: "x", title: "回滚" }],
          a.clock.now(),
        );
        await tx.execute(sql`select 1/0`);
      })
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    expect(furong).toHaveLength(1);
    await s1.close();
    await s2.close();
  });

  it("streams the progress of an import running on another instance, to its end", async () => {
    const id = randomUUID();
    const at = a.clock.now();
    const owner = a.world.userIds.districtA;
    await a.database.db.insert(importJobs).values({
      id,
      queue: "institution import",
      ownerId: owner,
      fileName: "名录.xlsx",
      state: "validating",
      processed: 10,
      total: 100,
      instanceId: "instance-a:1:0001",
      createdAt: at,
      heartbeatAt: at,
    });
    const got: { state: string; processed: number }[] = [];
    const response = await fetch(`${bUrl}/api/institutions/import/${id}/events`, {
      headers: { cookie: `${SESSION_COOKIE}=${await cookieOn("districtA")}` },
    });
    expect(response.status).toBe(200);
    const text = response.text();
    // "Instance A" writes progress, then the end, each announced.
    await new Promise((r) => setTimeout(r, 100));
    await a.database.db.update(importJobs).set({ processed: 60 }).where(eq(importJobs.id, id));
    await publishEvent(a.database.db, { type: "import_job", jobId: id });
    await new Promise((r) => setTimeout(r, 300));
    const result = { rows: 100, created: 100, updated: 0, unchanged: 0 };
    await a.database.db
      .update(importJobs)
      .set({ state: "done", processed: 100, result, finishedAt: a.clock.now() })
      .where(eq(importJobs.id, id));
    await publishEvent(a.database.db, { type: "import_job", jobId: id });
    for (const part of (await text).split("\n\n"))
      if (part.startsWith("data: "))
        got.push(JSON.parse(part.slice(6)) as { state: string; processed: number });
    expect(got[0]).toMatchObject({ state: "validating", processed: 10 });
    expect(got).toContainEqual(expect.objectContaining({ state: "validating", processed: 60 }));
    expect(got.at(-1)).toMatchObject({ state: "done", result });
  });
});
