import { can, type Permission } from "@edubureau/domain";
import type { Actor } from "../../http/actor.ts";
import { problems, type AppError } from "../../http/problem.ts";
import type { ImportUpload } from "../institutions/institution-import.service.ts";
import { checkXlsx, readSheetLayout, streamingOrder } from "../institutions/xlsx-package.ts";
import type { ImportJob, JobStore } from "./job-store.ts";

/** What the routes need of a feature's import: start in the background, run to the end, a job's state. */
export interface ImportJobRunner {
  start(actor: Actor, upload: ImportUpload): Promise<ImportJob>;
  runToEnd(actor: Actor, upload: ImportUpload): Promise<ImportJob>;
  status(actor: Actor, jobId: string): ImportJob;
}

export interface SheetImportOptions {
  jobs: JobStore;
  permission: Permission;
  /** The sheet whose rows are imported; its declared size gives the job's total up front. */
  sheetName: string;
  /** The refusal for a file that is not a readable workbook, in the feature's words. */
  unreadable: () => AppError;
  /** Reads, checks and writes; ends the job with jobs.finish or jobs.fail. */
  run: (job: ImportJob, actor: Actor, upload: ImportUpload, streamable: Buffer) => Promise<void>;
}

/**
 * A one-sheet Excel import as a job. Refused before any job exists: the role, an import of the same
 * account still running, a file that is not a workbook.
 */
export function sheetImportJobs(options: SheetImportOptions): ImportJobRunner {
  const { jobs } = options;

  async function begin(actor: Actor, upload: ImportUpload) {
    if (!can(actor.role, options.permission)) throw problems.forbidden();
    jobs.assertIdle(actor.userId);
    const check = await checkXlsx(upload.buffer);
    if (!check.ok) throw options.unreadable();
    let streamable: Buffer;
    try {
      streamable = streamingOrder(upload.buffer, check.entries);
    } catch {
      throw options.unreadable();
    }
    const part = check.sheets.find((sheet) => sheet.name === options.sheetName);
    const entry = part ? check.entries.get(part.path) : undefined;
    const layout = entry ? await readSheetLayout(upload.buffer, entry) : null;
    const job = jobs.create(actor.userId, upload.fileName);
    if (layout?.lastRow) job.total = Math.max(0, layout.lastRow - 1);
    return { job, streamable };
  }

  return {
    async start(actor, upload) {
      const { job, streamable } = await begin(actor, upload);
      void options.run(job, actor, upload, streamable);
      return job;
    },
    async runToEnd(actor, upload) {
      const { job, streamable } = await begin(actor, upload);
      await options.run(job, actor, upload, streamable);
      return job;
    },
    status(actor, jobId) {
      if (!can(actor.role, options.permission)) throw problems.forbidden();
      return jobs.status(actor, jobId);
    },
  };
}
