import { randomUUID } from "node:crypto";
import type { RowProblem } from "@edubureau/domain/registry";
import { sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { bulkInsert } from "../../platform/bulk-insert.ts";
import { ImportRejected } from "../../platform/jobs/job-store.ts";
import { checkThenWrite, runSheetImport } from "../../platform/sheet-import/sheet-import.ts";
import type { ImportRun } from "../../platform/sheet-import/sheet-import.types.ts";
import type { SheetRow } from "../../platform/sheet-import/sheet-rows.ts";
import { schoolYearOn } from "@edubureau/domain/registry";
import { checkIdentity } from "./student-identity.ts";
import { STUDENT_SPEC, type StoredStudent } from "./students-table-spec.ts";
import * as q from "./students.queries.ts";
import {
  MAX_STUDENT_ROWS,
  parseStudentRow,
  readStudentHeader,
  STUDENT_HEADERS,
  STUDENT_SHEET,
  STUDENT_TEMPLATE,
  type StudentSheetRow,
} from "./students-workbook.ts";

/** Students inserted or moved per statement while writing; progress moves on after each batch. */
const WRITE_BATCH = 500;

type Create = { row: number; value: StoredStudent };
type Move = { row: number; id: string; sheet: StudentSheetRow; school: q.SchoolRef };
type Checked = { creates: Create[]; moves: Move[]; problems: RowProblem[] };

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

type Columns = ReturnType<typeof readStudentHeader>["columns"];

/**
 * 学生名册 import (read → check every row → write in one transaction) within the account's scope: new 学籍号
 * are added, known ones in scope are moved to the row's school, grade and class. The pipeline is the
 * platform's (runSheetImport); this is the sheet's columns, its row rules and its write.
 */
export function createStudentImportService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;
  /** Grades typed now are grades of the current school year. */
  const currentYear = () => schoolYearOn(clock.now().toISOString().slice(0, 10));

  /** Checks every row: rows checked. Returns the students to add and to move, or every problem found. */
  async function checkRows(run: ImportRun<Columns>, data: readonly SheetRow[]): Promise<Checked> {
    const { job, actor, columns, pace } = run;
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
      } else if (known && run.mode === "insert") {
        problems.push({
          row: p.row,
          column: STUDENT_HEADERS.studentNo,
          message: "该学籍号的学生已在册；如需更新其学校、年级或班级，请选择“更新”方式导入",
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
    return { creates, moves, problems };
  }

  /** Writes every student: rows written. A 学籍号 taken meanwhile rolls it all back. */
  async function write(tx: Db, run: ImportRun<Columns>, checked: Checked) {
    const { creates, moves } = checked;
    const { job } = run;
    job.total = creates.length + moves.length;
    const at = clock.now();
    const gradeYear = currentYear();
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
    await bulkInsert(
      tx,
      STUDENT_SPEC,
      creates.map((c) => c.value),
      { at, batchSize: WRITE_BATCH, onBatch: (inserted) => void (job.processed = inserted) },
    );
    for (let i = 0; i < moves.length; i += WRITE_BATCH) {
      const batch = moves.slice(i, i + WRITE_BATCH);
      await moveBatch(tx, batch, gradeYear, at);
      job.processed += batch.length;
      await run.pace();
    }
    return {
      rows: creates.length + moves.length,
      created: creates.length,
      updated: moves.length,
      unchanged: 0,
    };
  }

  return runSheetImport<Columns>(ctx, {
    name: "student import",
    permission: "students.write",
    sheet: STUDENT_SHEET,
    auditEvent: "STUDENTS_IMPORTED",
    maxRows: MAX_STUDENT_ROWS,
    header: ({ cells }) => readStudentHeader(cells),
    // The import has always moved students it finds by 学籍号; "insert" refuses them instead.
    upsert: { key: STUDENT_HEADERS.studentNo, defaultMode: "upsert" },
    template: STUDENT_TEMPLATE,
    start: (run) =>
      checkThenWrite({
        check: async (rows) => {
          const checked = await checkRows(run, rows);
          return { problems: checked.problems, value: checked };
        },
        write: (tx, checked) => write(tx, run, checked),
      }),
  });
}

export type StudentImportService = ReturnType<typeof createStudentImportService>;
