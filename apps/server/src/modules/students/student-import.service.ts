import { createHash, randomUUID } from "node:crypto";
import type { RowProblem } from "@edubureau/domain/registry";
import { sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError } from "../../http/problem.ts";
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
import { sheetImportJobs } from "../import-jobs/sheet-import-jobs.ts";
import { readSheetRows, type SheetRow } from "../institutions/xlsx-rows.ts";
import { STUDENT_SPEC, type StoredStudent } from "../student-health/health-table-specs.ts";
import { schoolYearOf } from "../student-health/school-year.ts";
import { checkIdentity } from "./student-identity.ts";
import * as q from "./students.queries.ts";
import {
  MAX_STUDENT_ROWS,
  parseStudentRow,
  readStudentHeader,
  STUDENT_HEADERS,
  STUDENT_SHEET,
  type StudentSheetRow,
} from "./students-workbook.ts";

const SHEET_COLUMN = "（整表）";
/** Students inserted or moved per statement while writing; progress moves on after each batch. */
const WRITE_BATCH = 500;

type Create = { row: number; value: StoredStudent };
type Move = { row: number; id: string; sheet: StudentSheetRow; school: q.SchoolRef };
type Checked = { creates: Create[]; moves: Move[]; problems: RowProblem[] };

const byRow = (a: RowProblem, b: RowProblem) => a.row - b.row;

/** Moves a batch of known students to the school, grade and class their rows give, in one statement. */
async function moveBatch(tx: Db, moves: readonly Move[], gradeYear: string, at: Date) {
  const array = (values: (string | number)[], type: string) => sql`${sql.param(values)}::${sql.raw(type)}[]`;
  await tx.execute(sql`
    update students s set name = v.name, institution_id = v.institution_id, district_id = v.district_id,
      unit_path = v.unit_path, grade = v.grade, grade_year = ${gradeYear}, class_name = v.class_name,
      updated_at = ${at.toISOString()}::timestamptz
    from unnest(${array(
      moves.map((m) => m.id),
      "uuid",
    )}, ${array(
      moves.map((m) => m.sheet.name),
      "text",
    )}, ${array(
      moves.map((m) => m.school.id),
      "uuid",
    )}, ${array(
      moves.map((m) => m.school.district_id),
      "uuid",
    )}, ${array(
      moves.map((m) => m.school.path),
      "text",
    )}, ${array(
      moves.map((m) => m.sheet.grade),
      "int",
    )}, ${array(
      moves.map((m) => m.sheet.className),
      "text",
    )}) as v(id, name, institution_id, district_id, unit_path, grade, class_name)
    where s.id = v.id`);
}

/**
 * 学生名册 import as a job (read → check every row → write in one transaction) within the account's scope:
 * new 学籍号 are added, known ones in scope are moved to the row's school, grade and class. Any problem
 * fails the job with every problem listed, and nothing is written.
 */
export function createStudentImportService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const jobs = createJobStore(() => clock.now().getTime());
  /** Grades typed now are grades of the current school year. */
  const currentYear = () => schoolYearOf(clock.now().toISOString().slice(0, 10));

  /** Reads the sheet: rows read. Sheet-level problems (no sheet, too many rows, header) end the job. */
  async function readRows(job: ImportJob, streamable: Buffer) {
    const sheets = await readSheetRows(streamable, {
      sheets: [STUDENT_SHEET],
      maxRows: MAX_STUDENT_ROWS + 1,
      onRow: (_sheet, row) => {
        job.processed = Math.max(0, row - 1);
        if (job.processed > job.total) job.total = job.processed;
      },
    });
    const sheet = sheets.get(STUDENT_SHEET);
    const refuse = (row: number, message: string) =>
      new ImportRejected([{ row, column: SHEET_COLUMN, message }]);
    if (!sheet) throw refuse(1, `找不到工作表「${STUDENT_SHEET}」：请使用系统下载的导入模板`);
    if (sheet.truncated) throw refuse(MAX_STUDENT_ROWS + 1, `单次最多导入 ${MAX_STUDENT_ROWS} 行`);
    const header = readStudentHeader(sheet.rows.find((r) => r.row === 1)?.cells ?? []);
    if (header.problems.length > 0) throw new ImportRejected(header.problems);
    const data = sheet.rows.filter((r) => r.row !== 1 && !r.cells.every((c) => c === null || c === ""));
    return { data, columns: header.columns };
  }

  /** Checks every row: rows checked. Returns the students to add and to move, or every problem found. */
  async function checkRows(
    job: ImportJob,
    actor: Actor,
    data: readonly SheetRow[],
    columns: ReturnType<typeof readStudentHeader>["columns"],
  ): Promise<Checked> {
    job.state = "validating";
    job.processed = 0;
    job.total = data.length;
    const pace = createPacer();
    const problems: RowProblem[] = [];
    const parsed: StudentSheetRow[] = [];
    for (const { row, cells } of data) {
      const result = parseStudentRow(row, cells, columns);
      problems.push(...result.problems);
      if (result.value) parsed.push(result.value);
      // A row with cell problems is done with; the others are counted once their identity is checked.
      else job.processed++;
      await pace();
    }
    const ownSchool =
      actor.orgUnitPath === actor.scopePath
        ? (await q.schoolsInScope(db, actor.scopePath, { ids: [actor.orgUnitId] }))[0]
        : undefined;
    const schools = new Map(
      (
        await q.schoolsInScope(db, actor.scopePath, {
          codes: [...new Set(parsed.map((p) => p.schoolCode).filter(Boolean))],
        })
      ).map((s) => [s.code, s]),
    );
    const existing = await q.existingNumbers(
      db,
      parsed.map((p) => p.studentNo),
    );
    const seen = new Map<string, number>();
    const creates: Create[] = [];
    const moves: Move[] = [];
    const today = clock.now();
    const gradeYear = currentYear();
    for (const p of parsed) {
      job.processed++;
      await pace();
      const identity = checkIdentity(p, today);
      if (!identity.ok) {
        problems.push({ row: p.row, column: STUDENT_HEADERS[identity.field], message: identity.message });
        continue;
      }
      const unit = p.schoolCode ? schools.get(p.schoolCode) : ownSchool;
      if (!unit) {
        problems.push({
          row: p.row,
          column: STUDENT_HEADERS.schoolCode,
          message: p.schoolCode
            ? `学校标识码 ${p.schoolCode} 不存在或不在您的管理范围内`
            : "请填写学校标识码",
        });
        continue;
      }
      const no = identity.value.studentNo;
      const first = seen.get(no);
      if (first !== undefined) {
        problems.push({
          row: p.row,
          column: STUDENT_HEADERS.studentNo,
          message: `学籍号与第 ${first} 行重复`,
        });
        continue;
      }
      seen.set(no, p.row);
      const known = existing.get(no);
      if (known && !known.unit_path.startsWith(actor.scopePath)) {
        problems.push({
          row: p.row,
          column: STUDENT_HEADERS.studentNo,
          message: "该学籍号的学生在您管理范围以外的学校，请由转出学校办理转学",
        });
      } else if (known) {
        moves.push({ row: p.row, id: known.id, sheet: p, school: unit });
      } else {
        creates.push({
          row: p.row,
          value: {
            id: randomUUID(),
            ...identity.value,
            name: p.name,
            institutionId: unit.id,
            districtId: unit.district_id,
            unitPath: unit.path,
            grade: p.grade,
            gradeYear,
            className: p.className,
          },
        });
      }
    }
    if (data.length === 0)
      problems.push({ row: 2, column: SHEET_COLUMN, message: "表中没有数据行：请从第 2 行起填写" });
    return { creates, moves, problems };
  }

  /** Writes every student in one transaction: rows written. A 学籍号 taken meanwhile rolls it all back. */
  async function write(job: ImportJob, actor: Actor, buffer: Buffer, checked: Checked) {
    const { creates, moves } = checked;
    job.state = "writing";
    job.processed = 0;
    job.total = creates.length + moves.length;
    const at = clock.now();
    const gradeYear = currentYear();
    await db.transaction(async (tx) => {
      const taken = await q.existingNumbers(
        tx,
        creates.map((c) => c.value.studentNo),
      );
      if (taken.size > 0)
        throw new ImportRejected(
          creates
            .filter((c) => taken.has(c.value.studentNo))
            .map((c) => ({
              row: c.row,
              column: STUDENT_HEADERS.studentNo,
              message: "该学籍号刚被登记，请刷新后重新上传",
            })),
        );
      const pace = createPacer();
      const start = job.processed;
      await bulkInsert(
        tx,
        STUDENT_SPEC,
        creates.map((c) => c.value),
        {
          at,
          batchSize: WRITE_BATCH,
          onBatch: (inserted) => {
            job.processed = start + inserted;
          },
        },
      );
      for (let i = 0; i < moves.length; i += WRITE_BATCH) {
        const batch = moves.slice(i, i + WRITE_BATCH);
        await moveBatch(tx, batch, gradeYear, at);
        job.processed += batch.length;
        await pace();
      }
      await recordAudit(
        tx,
        whoOf(actor),
        {
          event: "STUDENTS_IMPORTED",
          entityId: job.id,
          after: {
            fileName: job.fileName,
            sha256: createHash("sha256").update(buffer).digest("hex"),
            rows: creates.length + moves.length,
            created: creates.length,
            updated: moves.length,
          },
        },
        at,
      );
    });
  }

  async function run(job: ImportJob, actor: Actor, upload: ImportUpload, streamable: Buffer) {
    try {
      const { data, columns } = await readRows(job, streamable);
      const checked = await checkRows(job, actor, data, columns);
      if (checked.problems.length > 0) return jobs.fail(job, { errors: checked.problems.sort(byRow) });
      await write(job, actor, upload.buffer, checked);
      const created = checked.creates.length;
      const updated = checked.moves.length;
      jobs.finish(job, { rows: created + updated, created, updated, unchanged: 0 });
    } catch (error) {
      if (error instanceof ImportRejected) return jobs.fail(job, { errors: error.problems.sort(byRow) });
      console.error("student import failed", error);
      jobs.fail(job, { message: IMPORT_CRASHED });
    }
  }

  return sheetImportJobs({
    jobs,
    permission: "students.write",
    sheetName: STUDENT_SHEET,
    unreadable: () =>
      new AppError(
        "bad_request",
        "文件格式不正确",
        "文件不是 Excel 工作簿（.xlsx）：请使用系统下载的导入模板。",
      ),
    run,
  });
}

export type StudentImportService = ReturnType<typeof createStudentImportService>;
