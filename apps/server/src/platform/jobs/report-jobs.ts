import { randomUUID } from "node:crypto";
import { and, eq, lt, ne, notInArray, or } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import type { Clock } from "../../http/clock.ts";
import { AppError, problems } from "../../http/problem.ts";
import { INSTANCE_ID } from "./instance.ts";
import { jobStaleMs, PROGRESS_WRITE_MS } from "./job-store.ts";
import { reportJobs } from "./jobs.tables.ts";

/** A finished report waits this long for its download, then goes (with the owner's next start). */
export const REPORT_RETENTION_MS = 24 * 60 * 60_000;
export const REPORT_INTERRUPTED = "报告生成中断（服务重启或出错），请重新生成。";
const REPORT_CRASHED = "报告生成失败，请稍后重试；如仍失败，请联系系统管理员。";

export interface ReportFile {
  file: Buffer;
  fileName: string;
  asciiName: `${string}.docx` | `${string}.xlsx`;
}

/** What a report generator is handed: where to say how far it got (0–100). */
export type ReportProgress = (percent: number) => void;

export interface ReportJobView {
  id: string;
  state: "running" | "done" | "failed";
  progress: number;
  message?: string;
  /** Set once done: the name the download will carry. */
  fileName?: string;
}

/** Jobs running in this process, whatever app started them: a running row of ours not here is orphaned. */
const LIVE = new Map<string, { progress: number }>();

/**
 * Report generation as a durable job, on the same pattern as the import jobs (job-store.ts): a record in
 * `report_jobs` with progress and a heartbeat, one running per account and report across instances, a
 * job whose instance died reads failed (never 404), and the finished file kept in the record for 24 hours.
 * Unlike an import the input is a few query fields, but a report is a read, quick to redo: a dead job is
 * reported failed rather than resumed.
 */
export function createReportJobs(
  ctx: { database: { db: Db }; clock: Clock },
  kind: string,
  options: { staleMs?: number; progressWriteMs?: number } = {},
) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const staleMs = options.staleMs ?? jobStaleMs();
  const progressWriteMs = options.progressWriteMs ?? PROGRESS_WRITE_MS;

  /** Running rows that nobody runs any more: a stale heartbeat, or ours but not in this process. */
  async function failDead(where: ReturnType<typeof eq>): Promise<void> {
    const cutoff = new Date(clock.now().getTime() - staleMs);
    const live = [...LIVE.keys()];
    const orphan =
      live.length > 0
        ? and(eq(reportJobs.instanceId, INSTANCE_ID), notInArray(reportJobs.id, live))
        : eq(reportJobs.instanceId, INSTANCE_ID);
    await db
      .update(reportJobs)
      .set({ state: "failed", message: REPORT_INTERRUPTED, finishedAt: clock.now() })
      .where(
        and(
          where,
          eq(reportJobs.kind, kind),
          eq(reportJobs.state, "running"),
          or(lt(reportJobs.heartbeatAt, cutoff), orphan),
        ),
      );
  }

  async function readRow(actor: Actor, jobId: string) {
    const [row] = await db
      .select({
        id: reportJobs.id,
        state: reportJobs.state,
        progress: reportJobs.progress,
        message: reportJobs.message,
        fileName: reportJobs.fileName,
      })
      .from(reportJobs)
      .where(and(eq(reportJobs.id, jobId), eq(reportJobs.kind, kind), eq(reportJobs.ownerId, actor.userId)));
    return row;
  }

  async function settle(jobId: string, set: Partial<typeof reportJobs.$inferInsert>): Promise<void> {
    const at = clock.now();
    await db
      .update(reportJobs)
      .set({ ...set, heartbeatAt: at, finishedAt: at })
      .where(and(eq(reportJobs.id, jobId), eq(reportJobs.state, "running")));
  }

  async function run(jobId: string, generate: (progress: ReportProgress) => Promise<ReportFile>) {
    const live = { progress: 0 };
    LIVE.set(jobId, live);
    let inFlight = false;
    const heartbeat = setInterval(() => {
      if (inFlight) return;
      inFlight = true;
      void db
        .update(reportJobs)
        .set({ progress: live.progress, heartbeatAt: clock.now() })
        .where(and(eq(reportJobs.id, jobId), eq(reportJobs.state, "running")))
        .catch((error: unknown) => console.warn(`报告进度写入失败：${String(error)}`))
        .finally(() => {
          inFlight = false;
        });
    }, progressWriteMs);
    heartbeat.unref();
    try {
      const result = await generate((percent) => {
        live.progress = Math.max(live.progress, Math.min(99, Math.round(percent)));
      });
      clearInterval(heartbeat);
      await settle(jobId, {
        state: "done",
        progress: 100,
        file: result.file,
        fileName: result.fileName,
        asciiName: result.asciiName,
      });
    } catch (error) {
      clearInterval(heartbeat);
      console.error(`报告生成失败 ${kind} ${jobId}`, error);
      const message = error instanceof AppError ? (error.detail ?? error.title) : REPORT_CRASHED;
      await settle(jobId, { state: "failed", message }).catch(() => undefined);
    } finally {
      LIVE.delete(jobId);
    }
  }

  return {
    /**
     * Starts a report in the background and answers its id at once. `generate` runs after the caller's
     * checks (the caller authorises and validates before calling).
     */
    async start(actor: Actor, generate: (progress: ReportProgress) => Promise<ReportFile>): Promise<string> {
      const at = clock.now();
      await db
        .delete(reportJobs)
        .where(lt(reportJobs.finishedAt, new Date(at.getTime() - REPORT_RETENTION_MS)));
      await failDead(eq(reportJobs.ownerId, actor.userId));
      // Only the newest finished report per account and kind is kept: the store stays bounded.
      await db
        .delete(reportJobs)
        .where(
          and(
            eq(reportJobs.ownerId, actor.userId),
            eq(reportJobs.kind, kind),
            ne(reportJobs.state, "running"),
          ),
        );
      const id = randomUUID();
      const inserted = await db
        .insert(reportJobs)
        .values({
          id,
          kind,
          ownerId: actor.userId,
          state: "running",
          instanceId: INSTANCE_ID,
          createdAt: at,
          heartbeatAt: at,
        })
        .onConflictDoNothing()
        .returning({ id: reportJobs.id });
      if (inserted.length === 0) {
        throw new AppError("conflict", "已有报告正在生成", "请等待当前报告生成完成后再试。");
      }
      LIVE.set(id, { progress: 0 });
      setImmediate(() => void run(id, generate));
      return id;
    },

    /** The caller's own job: a running one whose instance is gone reads failed, never 404. */
    async status(actor: Actor, jobId: string): Promise<ReportJobView> {
      let row = await readRow(actor, jobId);
      if (!row) throw problems.notFound("报告任务");
      const live = LIVE.get(jobId);
      if (row.state === "running" && live) return { id: row.id, state: "running", progress: live.progress };
      if (row.state === "running") {
        await failDead(eq(reportJobs.id, jobId));
        row = (await readRow(actor, jobId)) ?? row;
      }
      return {
        id: row.id,
        state: row.state,
        progress: row.progress,
        ...(row.message ? { message: row.message } : {}),
        ...(row.fileName ? { fileName: row.fileName } : {}),
      };
    },

    /** The finished file; 409 while it is still being made, 404 once it has gone. */
    async file(actor: Actor, jobId: string): Promise<ReportFile> {
      const [row] = await db
        .select()
        .from(reportJobs)
        .where(
          and(eq(reportJobs.id, jobId), eq(reportJobs.kind, kind), eq(reportJobs.ownerId, actor.userId)),
        );
      if (!row) throw problems.notFound("报告任务");
      if (row.state !== "done" || !row.file || !row.fileName || !row.asciiName) {
        throw problems.conflict(
          row.state === "failed" ? (row.message ?? REPORT_CRASHED) : "报告尚未生成完成。",
        );
      }
      return { file: row.file, fileName: row.fileName, asciiName: row.asciiName as ReportFile["asciiName"] };
    },
  };
}

export type ReportJobs = ReturnType<typeof createReportJobs>;

/** The embedded engine is one process: at its start no report can still be running. */
export async function failReportJobsOfPreviousRun(db: Db, clock: Clock): Promise<number> {
  const failed = await db
    .update(reportJobs)
    .set({ state: "failed", message: REPORT_INTERRUPTED, finishedAt: clock.now() })
    .where(and(eq(reportJobs.state, "running"), ne(reportJobs.instanceId, INSTANCE_ID)))
    .returning({ id: reportJobs.id });
  return failed.length;
}
