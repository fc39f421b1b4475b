import { randomUUID } from "node:crypto";
import type { RowProblem } from "@edubureau/domain/registry";

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

export function createJobStore(now: () => number = Date.now) {
  const jobs = new Map<string, ImportJob>();

  function sweep(): void {
    const cutoff = now() - JOB_TTL_MS;
    for (const [id, job] of jobs) {
      if (job.finishedAt !== undefined && job.finishedAt < cutoff) jobs.delete(id);
    }
  }

  return {
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

    /** Only the account that started a job may read it; anyone else gets nothing, as for a wrong id. */
    get(id: string, ownerId: string): ImportJob | undefined {
      sweep();
      const job = jobs.get(id);
      return job?.ownerId === ownerId ? job : undefined;
    },

    running(ownerId: string): ImportJob | undefined {
      for (const job of jobs.values()) {
        if (job.ownerId === ownerId && job.finishedAt === undefined) return job;
      }
      return undefined;
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
