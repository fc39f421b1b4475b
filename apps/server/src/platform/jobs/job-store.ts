import { randomUUID } from "node:crypto";
import type { RowProblem } from "@edubureau/domain/registry";
import type { Actor } from "../../http/actor.ts";
import type { ImportUpload } from "../uploads/upload.ts";
import { AppError, problems as httpProblems } from "../../http/problem.ts";

export type ImportState = "parsing" | "validating" | "writing" | "done" | "failed";

export interface ImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
}

/** One import as its owner polls it. Kept in memory: the product runs with nothing but its database. */
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

/** A finished job stays readable this long, enough for the page that started it to show the outcome. */
export const JOB_TTL_MS = 30 * 60_000;
/** The problem list a job keeps and returns; the count still says how many there were. */
export const MAX_LISTED_PROBLEMS = 5_000;
/** Why a job failed when it was not the rows: the same words for every import. */
export const IMPORT_CRASHED = "导入失败：文件无法读取或服务器出错，未写入任何数据。请检查文件后重试。";

export function createJobStore(now: () => number = Date.now) {
  const jobs = new Map<string, ImportJob>();

  function sweep(): void {
    const cutoff = now() - JOB_TTL_MS;
    for (const [id, job] of jobs) {
      if (job.finishedAt !== undefined && job.finishedAt < cutoff) jobs.delete(id);
    }
  }

  /** Only the account that started a job may read it; anyone else gets nothing, as for a wrong id. */
  function get(id: string, ownerId: string): ImportJob | undefined {
    sweep();
    const job = jobs.get(id);
    return job?.ownerId === ownerId ? job : undefined;
  }

  function running(ownerId: string): ImportJob | undefined {
    for (const job of jobs.values()) {
      if (job.ownerId === ownerId && job.finishedAt === undefined) return job;
    }
    return undefined;
  }

  return {
    get,
    running,

    create(ownerId: string, fileName: string): ImportJob {
      sweep();
      const job: ImportJob = {
        id: randomUUID(),
        ownerId,
        fileName,
        state: "parsing",
        processed: 0,
        total: 0,
      };
      jobs.set(job.id, job);
      return job;
    },

    /** Refuses a second import while the account's first is still running. */
    assertIdle(ownerId: string): void {
      if (running(ownerId)) {
        throw new AppError("conflict", "已有导入正在进行", "请等待当前导入完成后再上传新的文件。");
      }
    },

    /** The caller's own job, or 404 as for an id that never existed. */
    status(actor: Actor, jobId: string): ImportJob {
      const job = get(jobId, actor.userId);
      if (!job) throw httpProblems.notFound("导入任务");
      return job;
    },

    fail(job: ImportJob, outcome: { errors?: RowProblem[]; message?: string }): void {
      job.state = "failed";
      if (outcome.errors) {
        job.errorCount = outcome.errors.length;
        job.errors = outcome.errors.slice(0, MAX_LISTED_PROBLEMS);
      }
      if (outcome.message) job.message = outcome.message;
      job.finishedAt = now();
    },

    finish(job: ImportJob, result: ImportResult): void {
      job.state = "done";
      job.result = result;
      job.processed = job.total;
      job.finishedAt = now();
    },
  };
}

export type JobStore = ReturnType<typeof createJobStore>;

/** What the routes need of a feature's import: start in the background, run to the end, a job's state. */
export interface ImportJobRunner {
  start(actor: Actor, upload: ImportUpload): Promise<ImportJob>;
  runToEnd(actor: Actor, upload: ImportUpload): Promise<ImportJob>;
  status(actor: Actor, jobId: string): ImportJob;
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
