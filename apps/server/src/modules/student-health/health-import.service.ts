import { createHash, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { can } from "@edubureau/domain";
import type { RowProblem } from "@edubureau/domain/registry";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems as httpProblems } from "../../http/problem.ts";
import { bulkInsert } from "../../seed/bulk-insert.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import {
  createJobStore,
  createPacer,
  IMPORT_CRASHED,
  ImportRejected,
  type ImportJob,
} from "../import-jobs/job-store.ts";
import type { ImportUpload } from "../institutions/institution-import.service.ts";
import { checkXlsx, readSheetLayout, type ZipEntry } from "../institutions/xlsx-package.ts";
import { checkFitness, FITNESS_HEADERS, type FitnessInput } from "./fitness-check.ts";
import {
  FITNESS_SPEC,
  SCREENING_SPEC,
  type StoredFitness,
  type StoredScreening,
} from "./health-table-specs.ts";
import {
  parseFitnessRow,
  parseScreeningRow,
  readHeader,
  SHEET_NAMES,
  type ColumnMap,
  type HealthImportKind,
  type ParsedRow,
} from "./health-sheets.ts";
import { checkScreening, SCREENING_HEADERS, type ScreeningInput } from "./screening-check.ts";
import { lookupStudents } from "./student-lookup.ts";
import { readSharedStrings, streamSheetRows } from "../institutions/xlsx-stream.ts";

interface SheetSource {
  buffer: Buffer;
  sheet: ZipEntry;
  sharedStrings: ZipEntry | undefined;
}

/** Largest sheet accepted: a district's autumn screening fits with room to spare. */
export const MAX_HEALTH_ROWS = 200_000;
/** Rows checked against the students table per query. */
const LOOKUP_BATCH = 2_000;
const SHEET_COLUMN = "（整表）";

function byRow(a: RowProblem, b: RowProblem): number {
  return a.row - b.row;
}

/**
 * Screening and fitness imports as jobs, in one transaction: the sheet is read as it inflates
 * (xlsx-stream.ts) and checked in batches of rows; while the file is clean each batch is written at once,
 * so memory stays flat whatever the length. Any problem anywhere lists every problem and rolls everything
 * back: nothing is written.
 */
export function createHealthImporter(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const jobs = createJobStore(() => clock.now().getTime());

  async function run(
    job: ImportJob,
    kind: HealthImportKind,
    actor: Actor,
    buffer: Buffer,
    source: SheetSource | null,
    lastRow: number | null,
  ) {
    const today = clock.now().toISOString().slice(0, 10);
    const problems: RowProblem[] = [];
    const seen = new Map<string, number>();
    let columns: ColumnMap | null = null;
    let pending: ParsedRow<unknown>[] = [];
    let dataRows = 0;
    let written = 0;
    const pace = createPacer();
    if (lastRow !== null) job.total = Math.max(0, lastRow - 1);
    const at = clock.now();
    const noColumn = kind === "screening" ? SCREENING_HEADERS.studentNo : FITNESS_HEADERS.studentNo;

    /** Checks a batch and, while the file is clean so far, writes it; a later problem rolls it all back. */
    const flush = async (tx: Db) => {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      const screenings: StoredScreening[] = [];
      const fitness: StoredFitness[] = [];
      const students = await lookupStudents(
        tx,
        actor.scopePath,
        batch.map((p) => p.studentNo),
      );
      for (const parsed of batch) {
        problems.push(...parsed.problems);
        if (!parsed.input) continue;
        const student = students.get(parsed.studentNo);
        if (!student) {
          problems.push({
            row: parsed.row,
            column: noColumn,
            message: `未找到学籍号为 ${parsed.studentNo} 的学生，或该生不在您的管理范围内`,
          });
          continue;
        }
        if (kind === "screening") {
          const { issues, record } = checkScreening(parsed.input as ScreeningInput, student, today);
          for (const issue of issues)
            problems.push({
              row: parsed.row,
              column: SCREENING_HEADERS[issue.field],
              message: issue.message,
            });
          if (!record) continue;
          const first = seen.get(`${student.id}|${record.screenedOn}`);
          if (first !== undefined) {
            problems.push({
              row: parsed.row,
              column: noColumn,
              message: `与第 ${first} 行重复：同一学生同一天只能有一次筛查`,
            });
            continue;
          }
          seen.set(`${student.id}|${record.screenedOn}`, parsed.row);
          screenings.push({ ...record, id: randomUUID(), importId: job.id, counted: true });
        } else {
          const { issues, record } = checkFitness(parsed.input as FitnessInput, student, today);
          for (const issue of issues)
            problems.push({ row: parsed.row, column: FITNESS_HEADERS[issue.field], message: issue.message });
          if (!record) continue;
          const first = seen.get(`${student.id}|${record.schoolYear}`);
          if (first !== undefined) {
            problems.push({
              row: parsed.row,
              column: noColumn,
              message: `与第 ${first} 行重复：同一学生每学年只能有一条体测成绩`,
            });
            continue;
          }
          seen.set(`${student.id}|${record.schoolYear}`, parsed.row);
          fitness.push({ ...record, id: randomUUID(), importId: job.id });
        }
      }
      // Once anything is wrong nothing more is written: the transaction will be rolled back anyway.
      if (problems.length > 0) return;
      if (kind === "screening") await replaceScreenings(tx, screenings, at, undefined, false);
      else await replaceFitness(tx, fitness, at);
      written += screenings.length + fitness.length;
    };

    const refuse = (row: number, message: string) =>
      new ImportRejected([{ row, column: SHEET_COLUMN, message }]);

    try {
      await db.transaction(async (tx) => {
        if (!source) throw refuse(1, `找不到工作表「${SHEET_NAMES[kind]}」：请使用系统下载的导入模板`);
        const strings = await readSharedStrings(source.buffer, source.sharedStrings);
        for await (const row of streamSheetRows(source.buffer, source.sheet, strings)) {
          if (row.row === 1) {
            const header = readHeader(kind, row.cells);
            if (header.problems.length > 0) throw new ImportRejected(header.problems);
            columns = header.columns;
            continue;
          }
          if (!columns) continue;
          dataRows++;
          if (dataRows > MAX_HEALTH_ROWS)
            throw refuse(row.row, `单次最多导入 ${MAX_HEALTH_ROWS} 行，请拆分后分别导入`);
          pending.push(
            kind === "screening"
              ? parseScreeningRow(row.row, row.cells, columns)
              : parseFitnessRow(row.row, row.cells, columns),
          );
          job.processed = row.row - 1;
          if (pending.length >= LOOKUP_BATCH) await flush(tx);
          await pace();
        }
        await flush(tx);
        if (dataRows === 0) throw refuse(2, "表中没有数据行：请从第 2 行起填写");
        if (problems.length > 0) throw new ImportRejected(problems.sort(byRow));
        job.state = "writing";
        job.processed = job.total;
        if (kind === "screening") await recountImported(tx, job.id);
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: kind === "screening" ? "VISION_SCREENINGS_IMPORTED" : "FITNESS_TESTS_IMPORTED",
            entityId: job.id,
            after: {
              fileName: job.fileName,
              sha256: createHash("sha256").update(buffer).digest("hex"),
              rows: written,
            },
          },
          at,
        );
      });
      jobs.finish(job, { rows: written, created: written, updated: 0, unchanged: 0 });
    } catch (error) {
      if (error instanceof ImportRejected) return jobs.fail(job, { errors: error.problems });
      console.error("health import failed", error);
      jobs.fail(job, { message: IMPORT_CRASHED });
    }
  }

  async function begin(kind: HealthImportKind, actor: Actor, upload: ImportUpload) {
    if (!can(actor.role, "health.write")) throw httpProblems.forbidden();
    jobs.assertIdle(actor.userId);
    const check = await checkXlsx(upload.buffer);
    if (!check.ok)
      throw new AppError(
        "bad_request",
        "文件格式不正确",
        "文件不是 Excel 工作簿（.xlsx）：请使用系统下载的导入模板。",
      );
    const sheet = check.sheets.find((s) => s.name === SHEET_NAMES[kind]);
    const entry = sheet ? check.entries.get(sheet.path) : undefined;
    const layout = entry ? await readSheetLayout(upload.buffer, entry) : null;
    const source: SheetSource | null = entry
      ? { buffer: upload.buffer, sheet: entry, sharedStrings: check.entries.get("xl/sharedStrings.xml") }
      : null;
    const job = jobs.create(actor.userId, upload.fileName);
    return { job, source, lastRow: layout?.lastRow ?? null };
  }

  return {
    async start(kind: HealthImportKind, actor: Actor, upload: ImportUpload): Promise<ImportJob> {
      const { job, source, lastRow } = await begin(kind, actor, upload);
      void run(job, kind, actor, upload.buffer, source, lastRow);
      return job;
    },
    async runToEnd(kind: HealthImportKind, actor: Actor, upload: ImportUpload): Promise<ImportJob> {
      const { job, source, lastRow } = await begin(kind, actor, upload);
      await run(job, kind, actor, upload.buffer, source, lastRow);
      return job;
    },
    status(actor: Actor, jobId: string): ImportJob {
      return jobs.status(actor, jobId);
    },
  };
}

export type HealthImporter = ReturnType<typeof createHealthImporter>;

/** A re-imported (student, day) replaces the earlier row; then each student's latest screening per year is the one counted. */
export async function replaceScreenings(
  tx: Db,
  rows: readonly StoredScreening[],
  at: Date,
  onBatch?: (n: number) => void,
  recount = true,
) {
  for (let i = 0; i < rows.length; i += 5_000) {
    const slice = rows.slice(i, i + 5_000);
    await tx.execute(sql`delete from vision_screenings v using unnest(${sql.param(slice.map((r) => r.studentId))}::uuid[], ${sql.param(slice.map((r) => r.screenedOn))}::date[]) as k(student_id, screened_on)
      where v.student_id = k.student_id and v.screened_on = k.screened_on`);
  }
  await bulkInsert(tx, SCREENING_SPEC, rows, { at, ...(onBatch ? { onBatch } : {}) });
  if (recount) await recountScreenings(tx, [...new Set(rows.map((r) => r.studentId))]);
}

/**
 * After an import: for every student it touched, only the latest screening of each school year is
 * counted. One set-based statement (a correlated update per row is far slower on fresh, unanalysed rows).
 */
export async function recountImported(tx: Db, importId: string) {
  await tx.execute(sql`with touched as (select distinct student_id from vision_screenings where import_id = ${importId}),
      latest as (select w.student_id, w.school_year, max(w.screened_on) as screened_on
        from vision_screenings w join touched t on t.student_id = w.student_id group by w.student_id, w.school_year)
    update vision_screenings v set counted = (v.screened_on = l.screened_on)
    from latest l
    where v.student_id = l.student_id and v.school_year = l.school_year and v.counted <> (v.screened_on = l.screened_on)`);
}

/** Marks, for the given students, only the latest screening of each school year as counted. */
export async function recountScreenings(tx: Db, studentIds: readonly string[]) {
  for (let i = 0; i < studentIds.length; i += 5_000) {
    const ids = sql.param(studentIds.slice(i, i + 5_000));
    await tx.execute(sql`update vision_screenings v set counted = not exists (
        select 1 from vision_screenings w
        where w.student_id = v.student_id and w.school_year = v.school_year and w.screened_on > v.screened_on)
      where v.student_id = any(${ids}::uuid[])`);
  }
}

/** One fitness result per student and school year: a re-import replaces it. */
export async function replaceFitness(
  tx: Db,
  rows: readonly StoredFitness[],
  at: Date,
  onBatch?: (n: number) => void,
) {
  for (let i = 0; i < rows.length; i += 5_000) {
    const slice = rows.slice(i, i + 5_000);
    await tx.execute(sql`delete from fitness_results f using unnest(${sql.param(slice.map((r) => r.studentId))}::uuid[], ${sql.param(slice.map((r) => r.schoolYear))}::text[]) as k(student_id, school_year)
      where f.student_id = k.student_id and f.school_year = k.school_year`);
  }
  await bulkInsert(tx, FITNESS_SPEC, rows, { at, ...(onBatch ? { onBatch } : {}) });
}
