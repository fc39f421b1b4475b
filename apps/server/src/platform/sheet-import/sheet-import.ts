import { createHash } from "node:crypto";
import { can } from "@edubureau/domain";
import type { RowProblem } from "@edubureau/domain/registry";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems as httpProblems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../../modules/audit/audit.service.ts";
import {
  createJobStore,
  createPacer,
  IMPORT_CRASHED,
  ImportRejected,
  type ImportJob,
  type ImportJobRunner,
  type ImportMode,
  type ImportOptions,
  type ImportResult,
  type JobStore,
} from "../jobs/job-store.ts";
import { SheetRefused } from "./sheet-refusal.ts";
import type { SheetLayout, SheetRow } from "./sheet-rows.ts";
import type { ImportRun, ImportSession, SheetImportSpec } from "./sheet-import.types.ts";
import type { ImportUpload } from "../uploads/upload.ts";
import { importTemplateWorkbook } from "./import-template.ts";
import { openWorkbook, readSheets, sheetRows, type OpenWorkbook, type ReadSheet } from "./workbook-reader.ts";

const byRow = (problems: readonly RowProblem[]) => [...problems].sort((a, b) => a.row - b.row);

/** What the kernel knows of a run once it has started: who, the file's digest, the mode. */
interface Started {
  actor: Actor;
  sha256: string;
  mode: ImportMode;
}

/** Rows read before the header check of a sheet read whole: every row, then the checks. */
interface ReadRows {
  header: SheetRow | undefined;
  data: SheetRow[];
}

/**
 * The one Excel import pipeline: upload → container check with limits → rows streamed from the sheet
 * (caps on rows, columns, cell length and time) → header mapping → the spec's row checks → the spec's
 * write, all or nothing, in one transaction with a sha256 audit row → a job with progress. Any problem
 * anywhere fails the job with every problem listed, and nothing is written.
 */
export function runSheetImport<Columns>(
  ctx: AppContext,
  spec: SheetImportSpec<Columns>,
  options: { jobs?: JobStore } = {},
): ImportJobRunner {
  const { db } = ctx.database;
  const { clock } = ctx;
  const jobs = options.jobs ?? createJobStore(ctx, spec.name);
  const sort = spec.sort ?? byRow;
  const refuse = (row: number, message: string) => new SheetRefused(row, message);
  const tooMany = (row: number) => refuse(row, `单次最多导入 ${spec.maxRows} 行，请拆分为多个文件后分别导入`);
  const empty = () => refuse(2, spec.emptySheet ?? "表中没有数据行：请从第 2 行起填写");

  /** Progress while reading: the declared last row gives the total, the row read the position. */
  function track(job: ImportJob, layout: SheetLayout, row: number) {
    if (layout.lastRow !== null && job.total === 0) job.total = Math.max(0, layout.lastRow - 1);
    job.processed = Math.max(0, row - 1);
    if (job.processed > job.total) job.total = job.processed;
  }

  async function rowsOf(workbook: OpenWorkbook, layout: SheetLayout) {
    const rows = await sheetRows(workbook, spec.sheet, layout);
    if (!rows)
      throw refuse(1, spec.missingSheet ?? `找不到工作表「${spec.sheet}」：请使用系统下载的导入模板`);
    return rows;
  }

  function mapHeader(
    cells: SheetRow["cells"],
    extra: ReadonlyMap<string, ReadSheet>,
    merges: readonly string[],
  ) {
    const header = spec.header({ cells, extra, merges });
    if (header.problems.length > 0) throw new ImportRejected(header.problems);
    return header.columns;
  }

  async function writeAll(job: ImportJob, run: Started, tx: Db, session: ImportSession) {
    const { actor, sha256, mode } = run;
    job.state = "writing";
    job.processed = 0;
    const result = await session.write(tx);
    const after = { fileName: job.fileName, sha256, mode, ...result };
    await recordAudit(tx, whoOf(actor), { event: spec.auditEvent, entityId: job.id, after }, clock.now());
    await jobs.recordDoneIn(tx, job, result);
    return result;
  }

  /** Every row read first, then every row checked, then one transaction writes. */
  async function wholeSheet(job: ImportJob, started: Started, workbook: OpenWorkbook) {
    const { actor, mode } = started;
    const extra = await readSheets(workbook, { sheets: spec.extraSheets ?? [], maxRows: 100 });
    const layout: SheetLayout = { lastRow: null, merges: [] };
    const read: ReadRows = { header: undefined, data: [] };
    for await (const row of await rowsOf(workbook, layout)) {
      if (row.row === 1) read.header = row;
      else if (read.data.push(row) > spec.maxRows) throw tooMany(row.row);
      track(job, layout, row.row);
    }
    const columns = mapHeader(read.header?.cells ?? [], extra, layout.merges);
    job.state = "validating";
    job.processed = 0;
    job.total = read.data.length;
    const session = await spec.start({ actor, job, columns, layout, db, pace: createPacer(), mode });
    const problems = [...(await session.check(read.data)), ...((await session.finish?.()) ?? [])];
    if (read.data.length === 0) problems.push(empty().problem);
    if (problems.length > 0) throw new ImportRejected(problems);
    return db.transaction((tx) => writeAll(job, started, tx, session));
  }

  /**
   * One transaction from the first row: batches are checked (and may be written) as they are read. The
   * reader runs one batch ahead: while a batch waits on the database, the next one is parsed, so an import
   * costs about the longer of reading and writing rather than their sum.
   */
  async function streamedSheet(job: ImportJob, started: Started, workbook: OpenWorkbook, batchRows: number) {
    const { actor, mode } = started;
    const extra = await readSheets(workbook, { sheets: spec.extraSheets ?? [], maxRows: 100 });
    const layout: SheetLayout = { lastRow: null, merges: [] };
    const rows = await rowsOf(workbook, layout);
    return db.transaction(async (tx) => {
      const pace = createPacer();
      const problems: RowProblem[] = [];
      let session: ImportSession | null = null;
      let batch: SheetRow[] = [];
      let count = 0;
      // The batch being checked; the next one is read meanwhile, and waits for it before its own check.
      let checking: Promise<void> = Promise.resolve();
      const flush = async () => {
        const current = session;
        const rowsOfBatch = batch;
        batch = [];
        await checking;
        if (!current || rowsOfBatch.length === 0) return;
        checking = current.check(rowsOfBatch).then((found) => {
          problems.push(...found);
        });
        // Awaited before the next check or at the end; a failure surfaces there, not as an unhandled rejection.
        checking.catch(() => undefined);
      };
      try {
        for await (const row of rows) {
          track(job, layout, row.row);
          if (!session) {
            const columns = mapHeader(row.row === 1 ? row.cells : [], extra, []);
            const run: ImportRun<Columns> = { actor, job, columns, layout, db: tx, pace, mode };
            session = await spec.start(run);
            if (row.row === 1) continue;
          }
          if (++count > spec.maxRows) throw tooMany(row.row);
          batch.push(row);
          if (batch.length >= batchRows) await flush();
          await pace();
        }
        await flush();
        await checking;
      } catch (error) {
        // Nothing of this transaction may still be running when it rolls back.
        await checking.catch(() => undefined);
        throw error;
      }
      if (!session || count === 0) throw empty();
      problems.push(...((await session.finish?.()) ?? []));
      if (problems.length > 0) throw new ImportRejected(problems);
      job.total = Math.max(job.total, job.processed);
      return writeAll(job, started, tx, session);
    });
  }

  async function run(
    job: ImportJob,
    actor: Actor,
    upload: ImportUpload,
    workbook: OpenWorkbook,
    mode: ImportMode,
  ) {
    try {
      const sha256 = createHash("sha256").update(upload.buffer).digest("hex");
      const started: Started = { actor, sha256, mode };
      const result: ImportResult = spec.streamed
        ? await streamedSheet(job, started, workbook, spec.streamed.batchRows)
        : await wholeSheet(job, started, workbook);
      await jobs.finish(job, result);
    } catch (error) {
      if (error instanceof SheetRefused) return jobs.fail(job, { errors: [error.problem] });
      if (error instanceof ImportRejected) return jobs.fail(job, { errors: sort(error.problems) });
      console.error(`${spec.name} failed`, error);
      await jobs.fail(job, { message: IMPORT_CRASHED });
    }
  }

  /** The mode asked for, or the import's default; "upsert" only where the spec has a key to match on. */
  function modeOf(options: ImportOptions): ImportMode {
    const mode = options.mode ?? spec.upsert?.defaultMode ?? "insert";
    if (mode === "upsert" && !spec.upsert)
      throw new AppError(
        "bad_request",
        "不支持更新方式",
        "此项导入只能新增记录，请选择“新增”方式后重新上传。",
      );
    return mode;
  }

  /** Refused before any job exists: the role, the mode, a running import of the same account, an unreadable file. */
  async function begin(actor: Actor, upload: ImportUpload, options: ImportOptions) {
    if (!can(actor.role, spec.permission)) throw httpProblems.forbidden();
    const mode = modeOf(options);
    await jobs.assertIdle(actor.userId);
    const workbook = await openWorkbook(upload.buffer, spec.refusal);
    return { job: await jobs.create(actor.userId, upload.fileName), workbook, mode };
  }

  const { template } = spec;
  return {
    async start(actor, upload, options = {}) {
      const { job, workbook, mode } = await begin(actor, upload, options);
      void run(job, actor, upload, workbook, mode);
      return job;
    },
    async runToEnd(actor, upload, options = {}) {
      const { job, workbook, mode } = await begin(actor, upload, options);
      await run(job, actor, upload, workbook, mode);
      return job;
    },
    ...(template
      ? {
          template: async () => ({
            file: await importTemplateWorkbook(spec.sheet, template, spec.upsert),
            fileName: template.fileName,
            asciiName: template.asciiName,
          }),
        }
      : {}),
    async status(actor, jobId) {
      if (!can(actor.role, spec.permission)) throw httpProblems.forbidden();
      return jobs.status(actor, jobId);
    },
    follow: (jobId) => ({ live: jobs.isLive(jobId), onChange: (listener) => jobs.onChange(jobId, listener) }),
  };
}

/** A session for a sheet read whole: `check` finds the problems and what `write` will write. */
export function checkThenWrite<T>(parts: {
  check(rows: readonly SheetRow[]): Promise<{ problems: RowProblem[]; value: T }>;
  finish?(value: T): Promise<RowProblem[]>;
  write(tx: Db, value: T): Promise<ImportResult>;
}): ImportSession {
  let checked: T | undefined;
  const value = () => {
    if (checked === undefined) throw new Error("import written before it was checked");
    return checked;
  };
  return {
    async check(rows) {
      const { problems, value: found } = await parts.check(rows);
      checked = found;
      return problems;
    },
    finish: async () => (parts.finish ? parts.finish(value()) : []),
    write: (tx) => parts.write(tx, value()),
  };
}
