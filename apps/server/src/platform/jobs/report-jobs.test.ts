import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { failReportJobsOfPreviousRun, REPORT_INTERRUPTED } from "./report-jobs.ts";

type Job = { id: string; state: string; progress: number; message?: string; fileName?: string };

let t: TestApp;
let leader: TestSession;
beforeAll(async () => {
  t = await createTestApp();
  leader = await t.login("leader");
});
afterAll(async () => t.close());

async function waitForEnd(jobId: string): Promise<Job> {
  for (let i = 0; i < 400; i++) {
    const job = (await leader.get(`/api/student-health/report-jobs/${jobId}`)).json<Job>();
    if (job.state !== "running") return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("report job did not end");
}

/** A job row as a previous process (or a dead instance) left it: running, with its heartbeat at `at`. */
async function leftRunning(at: Date): Promise<string> {
  const id = randomUUID();
  await t.database.db.execute(sql`
    insert into report_jobs (id, kind, owner_id, state, progress, instance_id, created_at, heartbeat_at)
    values (${id}, 'student-health-report', ${t.world.userIds.leader}, 'running', 40, 'gone:1:abcd',
            ${at.toISOString()}, ${at.toISOString()})`);
  return id;
}

describe("report generation as a durable job", () => {
  it("runs the city-wide health report in the background; the finished file opens", async () => {
    const started = await leader.post("/api/student-health/report-jobs", { format: "docx" });
    expect(started.statusCode, started.body).toBe(202);
    const { jobId } = started.json<{ jobId: string }>();
    const job = await waitForEnd(jobId);
    expect(job).toMatchObject({ state: "done", progress: 100 });
    expect(job.fileName).toMatch(/学生体质健康监测.*\.docx$/);
    const file = await leader.get(`/api/student-health/report-jobs/${jobId}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers["content-type"]).toContain("wordprocessingml");
    const xml = await (await JSZip.loadAsync(file.rawPayload)).file("word/document.xml")?.async("string");
    expect(xml).toContain("<w:body>");
    // Only the newest finished report per account is kept.
    const next = (await leader.post("/api/student-health/report-jobs", { format: "xlsx" })).json<{
      jobId: string;
    }>();
    await waitForEnd(next.jobId);
    expect((await leader.get(`/api/student-health/report-jobs/${jobId}`)).statusCode).toBe(404);
  });

  it("after a restart of the embedded engine, an unfinished job reads failed, never 404", async () => {
    const jobId = await leftRunning(t.clock.now());
    expect(await failReportJobsOfPreviousRun(t.database.db, t.clock)).toBe(1);
    const response = await leader.get(`/api/student-health/report-jobs/${jobId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json<Job>()).toMatchObject({ state: "failed", message: REPORT_INTERRUPTED });
    const file = await leader.get(`/api/student-health/report-jobs/${jobId}/file`);
    expect(file.statusCode).toBe(409);
  });

  it("a job whose instance died (stale heartbeat) reads failed, and holds no one back", async () => {
    const jobId = await leftRunning(new Date(t.clock.now().getTime() - 10 * 60_000));
    expect((await leader.get(`/api/student-health/report-jobs/${jobId}`)).json<Job>()).toMatchObject({
      state: "failed",
      message: REPORT_INTERRUPTED,
    });
    // A live job of another instance (fresh heartbeat) still counts: one running report per account.
    const live = await leftRunning(t.clock.now());
    const refused = await leader.post("/api/student-health/report-jobs", { format: "docx" });
    expect(refused.statusCode).toBe(409);
    expect((await leader.get(`/api/student-health/report-jobs/${live}`)).json<Job>().state).toBe("running");
  });
});
