import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { multipart } from "../../modules/institutions/import-fixtures.ts";
import { openEventStream } from "../../test/event-stream-reader.ts";
import { IMPORT_INTERRUPTED } from "./job-store.ts";
import {
  getJson,
  headersOf,
  largeWorkbook,
  login,
  startServer,
  stopServer,
  type Server,
} from "../../test/server-process.ts";

// Issue 14, acceptance: two server processes on one fresh PostgreSQL database. kill -9 one during a large
// import — the other reports the job failed (never lost, never duplicated, nothing written); the 督办
// sweep runs once per period; a notification raised through one instance reaches an event stream held on
// the other, and so does a school's incident report to the leader's command board. PostgreSQL only (the embedded engine is one process): skipped without DATABASE_URL.

const ADMIN_URL = process.env.DATABASE_URL;
const SWEEP_PERIOD_MS = 3_000;
// Six heartbeats: a loaded CI machine (two cores, other test files running) may delay one or two.
const STALE_MS = 6_000;
const IMPORT_ROWS = 30_000;

/** The sweep runs each server logged: `{ periodic: "supervision-sweep", period }`. */
function sweepPeriods(server: Server): number[] {
  const periods: number[] = [];
  for (const line of server.logs) {
    if (!line.includes('"periodic":"supervision-sweep"') || !line.includes('"period"')) continue;
    try {
      const entry = JSON.parse(line) as { period?: number };
      if (typeof entry.period === "number") periods.push(entry.period);
    } catch {
      // not a log line
    }
  }
  return periods;
}

describe.skipIf(!ADMIN_URL)("two server processes on one PostgreSQL database", () => {
  const name = `eb_multi_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  let dataDir = "";
  let databaseUrl = "";
  let a: Server | undefined;
  let b: Server | undefined;
  let owner: pg.Client | undefined;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "eb-multi-"));
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(ADMIN_URL ?? "");
    target.pathname = `/${name}`;
    databaseUrl = target.toString();
    // One after the other: the first start migrates and seeds the demo city, the second finds it there.
    const env = { SWEEP_PERIOD_MS: String(SWEEP_PERIOD_MS), IMPORT_JOB_STALE_MS: String(STALE_MS) };
    a = await startServer("A", databaseUrl, path.join(dataDir, "a"), env);
    b = await startServer("B", databaseUrl, path.join(dataDir, "b"), env);
    owner = new pg.Client({ connectionString: databaseUrl });
    await owner.connect();
  }, 90_000);

  afterAll(async () => {
    await owner?.end();
    await Promise.all([stopServer(a), stopServer(b)]);
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it("pushes a notification raised through one instance to an event stream held on the other", async () => {
    if (!a || !b || !owner) throw new Error("servers not started");
    // Raised on A: the task's lead unit accepts a submitted report; its reporting unit listens on B.
    {
      // Arrange (as the owner): one of 芙蓉区's reports on a task 基础教育处 leads awaits review again.
      const { rows } = await owner.query<{ id: string; reporter: string; reviewer: string }>(
        `update plan_reports set status = 'submitted', reviewed_at = null, reviewed_by = null
          where id = (select r.id from plan_reports r
                        join plan_tasks t on t.id = r.task_id
                        join org_units o on o.id = r.org_unit_id
                        join org_units l on l.id = t.lead_unit_id
                       where o.name = '芙蓉区' and l.name = '基础教育处'
                       order by r.period_key desc limit 1)
        returning id, 'furong' as reporter, 'jichu' as reviewer`,
      );
      const report = rows[0];
      if (!report) throw new Error("the demo data has no submitted report to accept");
      const listener = await login(b, report.reporter);
      const controller = new AbortController();
      const stream = await fetch(`${b.url}/api/notifications/events`, {
        headers: headersOf(listener),
        signal: controller.signal,
      });
      expect(stream.status).toBe(200);
      if (!stream.body) throw new Error("no stream");
      const reader: ReadableStreamDefaultReader<Uint8Array> = stream.body.getReader();
      await reader.read(); // ": ok" — the stream is open and listening
      const reviewer = await login(a, report.reviewer);
      const accepted = await fetch(`${a.url}/api/work-plan/reports/${report.id}/accept`, {
        method: "POST",
        headers: headersOf(reviewer),
      });
      expect(accepted.status, await accepted.clone().text()).toBe(200);
      const decoder = new TextDecoder();
      let text = "";
      const deadline = Date.now() + 5_000;
      while (!text.includes("data: ") && Date.now() < deadline) {
        const next: Awaited<ReturnType<typeof reader.read>> | null = await Promise.race([
          reader.read(),
          sleep(5_000).then(() => null),
        ]);
        if (!next || next.done) break;
        text += decoder.decode(next.value);
      }
      controller.abort();
      const data = text.split("\n").find((line) => line.startsWith("data: "));
      expect(JSON.parse(data?.slice(6) ?? "{}")).toMatchObject({ kind: "report_accepted" });
    }
  }, 20_000);
  it("pushes a school's incident report through one instance to the leader's command board held on the other", async () => {
    if (!a || !b) throw new Error("servers not started");
    const leader = await login(b, "leader");
    const board = await openEventStream<{ action: string; id: string }>(
      `${b.url}/api/campus-safety/events`,
      headersOf(leader),
    );
    const school = await login(a, "school");
    const reported = await fetch(`${a.url}/api/campus-safety/incidents`, {
      method: "POST",
      headers: { ...headersOf(school), "content-type": "application/json" },
      body: JSON.stringify({
        category: "accident",
        severity: "I",
        title: "多实例推送测试",
        description: "学生集体食物中毒，已送医。",
        casualties: 3,
        occurredAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      }),
    });
    expect(reported.status, await reported.clone().text()).toBe(201);
    const { id } = (await reported.json()) as { id: string };
    expect(await board.waitFor(1)).toEqual([expect.objectContaining({ action: "reported", id })]);
    await board.close();
  }, 20_000);
  it("reports an import of a killed instance failed on the other, writes nothing, and frees the account", async () => {
    if (!a || !b || !owner) throw new Error("servers not started");
    const count = async () =>
      Number((await owner!.query<{ n: string }>("select count(*) as n from institutions")).rows[0]?.n);
    const before = await count();
    const onA = await login(a, "admin");
    const onB = await login(b, "admin");
    const file = await largeWorkbook(IMPORT_ROWS);
    const body = multipart(file, "大批量名录.xlsx");
    const accepted = await fetch(`${a.url}/api/institutions/import`, {
      method: "POST",
      headers: { ...headersOf(onA), ...body.headers },
      body: body.payload,
    });
    expect(accepted.status).toBe(202);
    const { jobId } = (await accepted.json()) as { jobId: string };

    // B sees A's job through its record (progress written once a second with a heartbeat).
    let seen: { state: string; processed: number } | undefined;
    for (let i = 0; i < 100; i++) {
      const job = await getJson<{ state: string; processed: number }>(
        b,
        onB,
        `/api/institutions/import/${jobId}`,
      );
      expect(job.status).toBe(200);
      seen = job.body;
      if (seen.state !== "parsing" || seen.processed > 0) break;
      await sleep(100);
    }
    expect(["parsing", "validating", "writing"]).toContain(seen?.state);
    // B refuses a second import of the same account while A's runs.
    const second = multipart(await largeWorkbook(1), "另一个.xlsx");
    const busy = await fetch(`${b.url}/api/institutions/import`, {
      method: "POST",
      headers: { ...headersOf(onB), ...second.headers },
      body: second.payload,
    });
    expect(busy.status).toBe(409);

    a.child.kill("SIGKILL");
    await new Promise((resolve) => a?.child.once("exit", resolve));

    let final: { state: string; message?: string } | undefined;
    const deadline = Date.now() + STALE_MS + 8_000;
    while (Date.now() < deadline) {
      const job = await getJson<{ state: string; message?: string }>(
        b,
        onB,
        `/api/institutions/import/${jobId}`,
      );
      expect(job.status).toBe(200);
      final = job.body;
      if (final.state === "done" || final.state === "failed") break;
      await sleep(200);
    }
    expect(final).toMatchObject({ state: "failed", message: IMPORT_INTERRUPTED });
    // Nothing written, one record of the job, and the account may import again (on B).
    expect(await count()).toBe(before);
    const rows = await owner.query("select state from import_jobs where id = $1", [jobId]);
    expect(rows.rows).toEqual([{ state: "failed" }]);
    const again = await fetch(`${b.url}/api/institutions/import?wait=true`, {
      method: "POST",
      headers: { ...headersOf(onB), ...second.headers },
      body: second.payload,
    });
    expect(again.status, await again.clone().text()).toBe(200);
    expect(await count()).toBe(before + 1);
  }, 40_000);

  it("has run the 督办 sweep once per period across both instances", async () => {
    if (!b) throw new Error("servers not started");
    // Let B alone run a period or two more after A's end.
    await sleep(SWEEP_PERIOD_MS + 500);
    const all = [...sweepPeriods(a!), ...sweepPeriods(b)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(sweepPeriods(b).length).toBeGreaterThanOrEqual(1);
  }, 15_000);
});
