import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { RowProblem } from "@edubureau/domain/registry";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { bulkInsert } from "../../platform/bulk-insert.ts";
import { createJobStore, type ImportJobRunner } from "../../platform/jobs/job-store.ts";
import { runSheetImport } from "../../platform/sheet-import/sheet-import.ts";
import type { ImportRun } from "../../platform/sheet-import/sheet-import.types.ts";
import type { SheetRow } from "../../platform/sheet-import/sheet-rows.ts";
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
} from "./health-sheets.ts";
import { checkScreening, SCREENING_HEADERS, type ScreeningInput } from "./screening-check.ts";
import { lookupStudents } from "./student-lookup.ts";

/** Largest sheet accepted: a district's autumn screening fits with room to spare. */
export const MAX_HEALTH_ROWS = 200_000;
/** Rows checked against the students table per query. */
const LOOKUP_BATCH = 2_000;

/**
 * Screening and fitness imports: the platform's pipeline (runSheetImport), streamed in one transaction.
 * Rows are checked in batches as the sheet inflates; while the file is clean each batch is written at
 * once, so memory stays flat whatever the length. Any problem anywhere lists every problem and rolls
 * everything back: nothing is written.
 */
export function createHealthImporter(ctx: AppContext): Record<HealthImportKind, ImportJobRunner> {
  const { clock } = ctx;
  // One store for both kinds: an account runs one health import at a time.
  const jobs = createJobStore(ctx, "student-health");

  function session(kind: HealthImportKind, run: ImportRun<ColumnMap>) {
    const { job, actor, columns } = run;
    const today = clock.now().toISOString().slice(0, 10);
    const at = clock.now();
    const seen = new Map<string, number>();
    const noColumn = kind === "screening" ? SCREENING_HEADERS.studentNo : FITNESS_HEADERS.studentNo;
    let clean = true;
    let written = 0;

    /** Checks a batch and, while the file is clean so far, writes it; a later problem rolls it all back. */
    async function check(rows: readonly SheetRow[]): Promise<RowProblem[]> {
      const tx = run.db;
      const problems: RowProblem[] = [];
      const batch = rows.map((r) =>
        kind === "screening"
          ? parseScreeningRow(r.row, r.cells, columns)
          : parseFitnessRow(r.row, r.cells, columns),
      );
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
      if (problems.length > 0) clean = false;
      if (!clean) return problems;
      if (kind === "screening") await replaceScreenings(tx, screenings, at, undefined, false);
      else await replaceFitness(tx, fitness, at);
      written += screenings.length + fitness.length;
      return problems;
    }

    async function write(tx: Db) {
      if (kind === "screening") await recountImported(tx, job.id);
      return { rows: written, created: written, updated: 0, unchanged: 0 };
    }
    return { check, write };
  }

  const importer = (kind: HealthImportKind) =>
    runSheetImport<ColumnMap>(
      ctx,
      {
        name: `${kind} import`,
        permission: "health.write",
        sheet: SHEET_NAMES[kind],
        auditEvent: kind === "screening" ? "VISION_SCREENINGS_IMPORTED" : "FITNESS_TESTS_IMPORTED",
        maxRows: MAX_HEALTH_ROWS,
        streamed: { batchRows: LOOKUP_BATCH },
        header: ({ cells }) => readHeader(kind, cells),
        start: (run) => session(kind, run),
      },
      { jobs },
    );
  return { screening: importer("screening"), fitness: importer("fitness") };
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
