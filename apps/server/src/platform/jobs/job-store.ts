import { randomUUID } from "node:crypto";
import { and, eq, inArray, lt, notInArray, or, sql } from "drizzle-orm";
import type { RowProblem } from "@edubureau/domain/registry";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import type { Clock } from "../../http/clock.ts";
import type { ImportUpload } from "../uploads/upload.ts";
import { AppError, problems as httpProblems } from "../../http/problem.ts";
import { publishEvent, type EventBus } from "../events.ts";
import { INSTANCE_ID } from "./instance.ts";
import { importJobs } from "./jobs.tables.ts";

export type ImportState = "parsing" | "validating" | "writing" | "done" | "failed";

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * One import as its owner polls it. The instance running it keeps it in memory and writes it to
 * `import_jobs` (migration 0022) at most once a second, with a heartbeat; every other instance, and this one
 * after a restart, reads the row.
 */
export interface ImportJob {
  id: string;
  ownerId: string;
  fileName: string;
  state: ImportState;
  processed: number;
  total: number;
  errors?: RowProblem[];
  errorCount?: number;
  result?: ImportResult;
  message?: string;
  finishedAt?: number;
}

/** A finished job's record is kept this long (the page that started it reads the outcome from it). */
export const JOB_RETENTION_MS = 7 * 24 * 60 * 60_000;
/** The problems a job's status lists; the count still says how many there were. */
export const MAX_LISTED_PROBLEMS = 5_000;
/** The problems a job keeps for its downloadable list (problems.xlsx); beyond it the count alone. */
export const MAX_KEPT_PROBLEMS = 50_000;
/** Why a job failed when it was not the rows: the same words for every import. */
export const IMPORT_CRASHED = "导入失败：文件无法读取或服务器出错，未写入任何数据。请检查文件后重试。";
/** A job whose instance stopped (restart, crash): its transaction never committed. */
export const IMPORT_INTERRUPTED = "导入失败：服务重启或中断，未写入任何数据。请重新上传文件。";
/** How often a running job's progress and heartbeat are written: throttled, so the import is not slowed. */
export const PROGRESS_WRITE_MS = 1_000;

/** A running job whose heartbeat is older than this belongs to a dead instance (IMPORT_JOB_STALE_MS). */
export function jobStaleMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number.parseInt(env.IMPORT_JOB_STALE_MS ?? "", 10);
  return Number.isFinite(value) && value > 0 ? value : 30_000;
}

const RUNNING: ImportState[] = ["parsing", "validating", "writing"];
const isRunning = (state: string) => (RUNNING as string[]).includes(state);

/** The jobs this process runs, whatever store or app started them: a row of ours not here is orphaned. */
const LIVE = new Map<string, { queue: string; job: ImportJob }>();
/** Their heartbeat timers, also process-wide: whichever store settles a job stops its heartbeat. */
const HEARTBEATS = new Map<string, ReturnType<typeof setInterval>>();

type JobRow = typeof importJobs.$inferSelect;

function fromRow(row: JobRow): ImportJob {
  return {
    id: row.id,
    ownerId: row.ownerId,
    fileName: row.fileName,
    state: row.state as ImportState,
    processed: row.processed,
    total: row.total,
    ...(row.errors ? { errors: row.errors } : {}),
    ...(row.errorCount !== null ? { errorCount: row.errorCount } : {}),
    ...(row.result ? { result: row.result } : {}),
    ...(row.message !== null ? { message: row.message } : {}),
    ...(row.finishedAt ? { finishedAt: row.finishedAt.getTime() } : {}),
  };
}

export interface JobStoreContext {
  database: { db: Db };
  clock: Clock;
  events?: EventBus | undefined;
}

/**
 * The import jobs of one feature (`queue`), durable in the database.
 *
 * Why not a queue library (pg-boss, graphile-worker): an import's input is the upload held in the memory of
 * the instance that received it, and it writes all or nothing in one transaction on that instance, so there
 * is nothing another instance could pick up and resume — the rule is "reported failed, nothing written".
 * What remains is a record, a heartbeat and a uniqueness rule, which a table does on both engines; a queue
 * library would also need to own and migrate its own schema (the app role owns nothing, see app-role.ts),
 * and graphile-worker and current pg-boss need Node 22.
 */
export function createJobStore(
  ctx: JobStoreContext,
  queue: string,
  options: { staleMs?: number; progressWriteMs?: number } = {},
) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const staleMs = options.staleMs ?? jobStaleMs();
  const progressWriteMs = options.progressWriteMs ?? PROGRESS_WRITE_MS;

  const liveIds = () => [...LIVE.keys()];
  /** Answered from memory, so a second upload on this instance is refused without waiting for the database. */
  const runsHere = (ownerId: string) =>
    [...LIVE.values()].some(
      (live) => live.queue === queue && live.job.ownerId === ownerId && isRunning(live.job.state),
    );
  /** A running row is dead when its heartbeat is stale, or it is ours but no longer runs here. */
  const dead = () => {
    const cutoff = new Date(clock.now().getTime() - staleMs);
    const ids = liveIds();
    const orphan =
      ids.length > 0
        ? and(eq(importJobs.instanceId, INSTANCE_ID), notInArray(importJobs.id, ids))
        : eq(importJobs.instanceId, INSTANCE_ID);
    return and(inArray(importJobs.state, RUNNING), or(lt(importJobs.heartbeatAt, cutoff), orphan));
  };

  async function failDead(where: ReturnType<typeof and>): Promise<void> {
    const at = clock.now();
    const failed = await db
      .update(importJobs)
      .set({ state: "failed", message: IMPORT_INTERRUPTED, finishedAt: at })
      .where(and(eq(importJobs.queue, queue), where, dead()))
      .returning({ id: importJobs.id });
    for (const { id } of failed) await publishEvent(db, { type: "import_job", jobId: id });
  }

  async function readRow(jobId: string, ownerId: string): Promise<JobRow | undefined> {
    const [row] = await db
      .select()
      .from(importJobs)
      .where(and(eq(importJobs.id, jobId), eq(importJobs.queue, queue), eq(importJobs.ownerId, ownerId)));
    return row;
  }

  /** Progress and heartbeat, throttled; at most one write in flight (on the embedded engine it waits). */
  function startHeartbeat(job: ImportJob): void {
    let inFlight = false;
    const timer = setInterval(() => {
      if (inFlight) return;
      inFlight = true;
      const { state, processed, total } = job;
      void db
        .update(importJobs)
        .set({ state, processed, total, heartbeatAt: clock.now() })
        .where(and(eq(importJobs.id, job.id), inArray(importJobs.state, RUNNING)))
        .then(() => publishEvent(db, { type: "import_job", jobId: job.id }))
        .catch((error: unknown) => console.warn(`导入进度写入失败：${String(error)}`))
        .finally(() => {
          inFlight = false;
        });
    }, progressWriteMs);
    timer.unref();
    HEARTBEATS.set(job.id, timer);
  }

  /**
   * The final state: written to the record first, then shown in memory, so anyone who sees the job end
   * (a poll, a stream) may start the next import at once. Then the job leaves memory: from now on every
   * instance reads the record.
   */
  async function settle(job: ImportJob, final: Partial<ImportJob>): Promise<void> {
    clearInterval(HEARTBEATS.get(job.id));
    HEARTBEATS.delete(job.id);
    const ended = { ...job, ...final };
    const at = new Date(ended.finishedAt ?? clock.now().getTime());
    try {
      await db
        .update(importJobs)
        .set({
          state: ended.state,
          processed: ended.processed,
          total: ended.total,
          errors: ended.errors ?? null,
          errorCount: ended.errorCount ?? null,
          result: ended.result ?? null,
          message: ended.message ?? null,
          heartbeatAt: at,
          finishedAt: at,
        })
        .where(eq(importJobs.id, job.id));
      Object.assign(job, final);
      LIVE.delete(job.id);
      await publishEvent(db, { type: "import_job", jobId: job.id });
    } catch (error) {
      // The record still says running: this instance answers from memory until it stops; after that the
      // job is failed as orphaned.
      Object.assign(job, final);
      console.error(`导入任务状态写入失败 ${job.id}`, error);
    }
  }

  return {
    /** Refuses a second import while the account's first is still running (on any instance). */
    async assertIdle(ownerId: string): Promise<void> {
      if (runsHere(ownerId)) throw busy();
      await failDead(eq(importJobs.ownerId, ownerId));
      const [running] = await db
        .select({ id: importJobs.id })
        .from(importJobs)
        .where(
          and(
            eq(importJobs.ownerId, ownerId),
            eq(importJobs.queue, queue),
            inArray(importJobs.state, RUNNING),
          ),
        );
      if (running) throw busy();
    },

    /** A new running job; the partial unique index keeps two instances from both starting one. */
    async create(ownerId: string, fileName: string): Promise<ImportJob> {
      const at = clock.now();
      const job: ImportJob = {
        id: randomUUID(),
        ownerId,
        fileName,
        state: "parsing",
        processed: 0,
        total: 0,
      };
      if (runsHere(ownerId)) throw busy();
      await db.delete(importJobs).where(lt(importJobs.finishedAt, new Date(at.getTime() - JOB_RETENTION_MS)));
      await failDead(eq(importJobs.ownerId, ownerId));
      // Live before its row exists, so no store of this process takes the new row for an orphan.
      LIVE.set(job.id, { queue, job });
      const inserted = await db
        .insert(importJobs)
        .values({
          id: job.id,
          queue,
          ownerId,
          fileName,
          state: job.state,
          instanceId: INSTANCE_ID,
          createdAt: at,
          heartbeatAt: at,
        })
        .onConflictDoNothing()
        .returning({ id: importJobs.id })
        .catch((error: unknown) => {
          LIVE.delete(job.id);
          throw error;
        });
      if (inserted.length === 0) {
        LIVE.delete(job.id);
        throw busy();
      }
      startHeartbeat(job);
      return job;
    },

    /** The caller's own job: from memory where it runs, else its record; 404 as for an id that never existed. */
    async status(actor: Actor, jobId: string): Promise<ImportJob> {
      const live = LIVE.get(jobId);
      if (live && live.queue === queue && live.job.ownerId === actor.userId) return live.job;
      let row = await readRow(jobId, actor.userId);
      if (!row) throw httpProblems.notFound("导入任务");
      if (isRunning(row.state) && !LIVE.has(jobId)) {
        await failDead(eq(importJobs.id, jobId));
        row = (await readRow(jobId, actor.userId)) ?? row;
      }
      return fromRow(row);
    },

    /** True while this process runs the job (its progress is in memory, no database read needed). */
    isLive: (jobId: string) => LIVE.has(jobId),

    /** Calls back on each change another instance announces (LISTEN/NOTIFY); no bus, no calls. */
    onChange(jobId: string, listener: () => void): () => void {
      if (!ctx.events) return () => undefined;
      return ctx.events.subscribe((event) => {
        if (event.type === "import_job" && event.jobId === jobId) listener();
      });
    },

    async fail(job: ImportJob, outcome: { errors?: RowProblem[]; message?: string }): Promise<void> {
      await settle(job, {
        state: "failed",
        ...(outcome.errors
          ? {
              errorCount: outcome.errors.length,
              errors: outcome.errors.slice(0, MAX_KEPT_PROBLEMS),
            }
          : {}),
        ...(outcome.message ? { message: outcome.message } : {}),
        finishedAt: clock.now().getTime(),
      });
    },

    /**
     * Records the job done inside the import's own write transaction, so the record says done exactly when
     * the rows are committed: an instance dying between the commit and `finish` leaves a done job, never
     * a "failed, nothing written" one over written rows.
     */
    async recordDoneIn(tx: Db, job: ImportJob, result: ImportResult): Promise<void> {
      const at = clock.now();
      await tx
        .update(importJobs)
        .set({
          state: "done",
          processed: job.total,
          total: job.total,
          result,
          heartbeatAt: at,
          finishedAt: at,
        })
        .where(eq(importJobs.id, job.id));
    },

    async finish(job: ImportJob, result: ImportResult): Promise<void> {
      await settle(job, {
        state: "done",
        result,
        processed: job.total,
        finishedAt: clock.now().getTime(),
      });
    },
  };
}

const busy = () => new AppError("conflict", "已有导入正在进行", "请等待当前导入完成后再上传新的文件。");

/**
 * The embedded engine is one process: at its start no import can still be running, so every job left
 * running by the previous process is failed at once (on PostgreSQL the heartbeat decides, per instance).
 */
export async function failJobsOfPreviousRun(db: Db, clock: Clock): Promise<number> {
  const failed = await db
    .update(importJobs)
    .set({ state: "failed", message: IMPORT_INTERRUPTED, finishedAt: clock.now() })
    .where(and(inArray(importJobs.state, RUNNING), sql`${importJobs.instanceId} <> ${INSTANCE_ID}`))
    .returning({ id: importJobs.id });
  return failed.length;
}

export type JobStore = ReturnType<typeof createJobStore>;

/** Chosen at upload: add new records only, or also update records found by the import's natural key. */
export type ImportMode = "insert" | "upsert";

/** What an upload asks of the import besides its file. */
export interface ImportOptions {
  /** Absent: the import's default mode. */
  mode?: ImportMode | undefined;
}

/** What the routes need of a feature's import: start in the background, run to the end, a job's state. */
export interface ImportJobRunner {
  start(actor: Actor, upload: ImportUpload, options?: ImportOptions): Promise<ImportJob>;
  runToEnd(actor: Actor, upload: ImportUpload, options?: ImportOptions): Promise<ImportJob>;
  status(actor: Actor, jobId: string): Promise<ImportJob>;
  /** The empty template (header row and 填写说明, no data rows), when the kernel builds it. */
  template?: () => Promise<{ file: Buffer; fileName: string; asciiName: `${string}.xlsx` }>;
  /** For the event stream: whether the job runs here, and changes announced by other instances. */
  follow(jobId: string): { live: boolean; onChange: (listener: () => void) => () => void };
}

/** Thrown inside an import's write transaction so that a late problem rolls everything back. */
export class ImportRejected extends Error {
  constructor(readonly problems: RowProblem[]) {
    super("import rejected");
  }
}

/**
 * Hands the event loop back after this much work, so polls and other requests are served during a long
 * import. (On the embedded engine a request that needs the database still waits for the write to commit.)
 */
const SLICE_MS = 40;

export function createPacer(): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
