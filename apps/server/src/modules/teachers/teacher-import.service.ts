import { findDuplicateTeacherRows } from "@edubureau/domain/teachers";
import type { RowProblem, SheetCell } from "@edubureau/domain/registry";
import { sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { queryRows, type Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { recordAudit, recordAudits, whoOf } from "../audit/audit.service.ts";
import { ImportRejected } from "../../platform/jobs/job-store.ts";
import { checkThenWrite, runSheetImport } from "../../platform/sheet-import/sheet-import.ts";
import type { ImportRun } from "../../platform/sheet-import/sheet-import.types.ts";
import type { SheetRow } from "../../platform/sheet-import/sheet-rows.ts";
import { teachers } from "./teachers.tables.ts";
import * as q from "./teachers.queries.ts";
import { inScope } from "./teachers.queries.ts";
import { checkTeacherIdentity } from "./teacher-input.ts";
import {
  CHOICES,
  TEACHER_COLUMNS,
  TEACHER_SHEET_NAME,
  teacherWorkbook,
  type TeacherColumnKey,
} from "./teacher-workbook.ts";
import { maskIdNumber } from "@edubureau/domain/identity";
import {
  TEACHER_POST_LABELS,
  TEACHER_TITLE_LABELS,
  TEACHING_STAGE_LABELS,
  ESTABLISHMENT_LABELS,
} from "@edubureau/domain/teachers";
import type { EmploymentKind, TeacherPost, TeacherTitle, TeachingStage } from "@edubureau/domain/teachers";
import { teacherPolicy } from "../../policies/teacher.ts";
import { institutionFactsTable } from "../institutions/institutions.read-model.ts";

const MAX_ROWS = 20_000;
const text = (cell: SheetCell | undefined) =>
  cell === null || cell === undefined ? "" : String(cell).trim();
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Teachers inserted per statement while writing; progress moves on after each batch. */
const WRITE_BATCH = 200;

type NewTeacher = typeof teachers.$inferInsert;
/** A checked row: its sheet row number and the teacher it becomes. */
type ValidRow = { row: number; value: NewTeacher };
type School = { id: string; code: string; districtId: string; districtCode: string };

/** Teacher numbers and ID numbers already held by teachers on the register, as row problems. */
async function clashProblems(
  db: Db,
  rows: readonly { row: number; teacherNumber: string; idNumber: string }[],
): Promise<RowProblem[]> {
  const clashes = await q.findClashes(
    db,
    rows.map((r) => r.teacherNumber),
    rows.map((r) => r.idNumber.toUpperCase()),
  );
  const found: RowProblem[] = [];
  for (const wanted of rows) {
    for (const clash of clashes) {
      if (clash.teacherNumber === wanted.teacherNumber)
        found.push({
          row: wanted.row,
          column: "教师编号",
          message: `教师编号已被在册教师“${clash.name}”使用`,
        });
      if (clash.idNumber === wanted.idNumber.toUpperCase())
        found.push({
          row: wanted.row,
          column: "身份证件号码",
          message: `身份证件号码已登记为在册教师“${clash.name}”`,
        });
    }
  }
  return found;
}

/** Header text → column position. */
type HeaderIndex = ReadonlyMap<string, number>;

/**
 * 教师名录 Excel export, and the import as a job (read → check every row → write in one transaction)
 * within the account's scope. Any problem fails the job with every problem listed; nothing is written.
 */
export function createTeacherImportService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function exportTeachers(actor: Actor): Promise<Buffer> {
    const personal = teacherPolicy.allow(actor, "readIdentity");
    const rows = await q.allTeachers(db, { scopePath: actor.scopePath });
    const codes = await queryRows<{ id: string; code: string }>(
      db,
      sql`select id, code from org_units where kind = 'institution' and path like ${`${actor.scopePath}%`}`,
    );
    const codeOf = new Map(codes.map((c) => [c.id, c.code]));
    if (personal) {
      await db.transaction((tx) =>
        recordAudit(
          tx,
          whoOf(actor),
          { event: "TEACHER_PERSONAL_EXPORTED", entityId: null, after: { rows: rows.length } },
          clock.now(),
        ),
      );
    }
    return teacherWorkbook(
      rows.map((r) => [
        r.teacherNumber,
        r.name,
        personal ? r.idNumber : maskIdNumber(r.idNumber),
        codeOf.get(r.institutionId) ?? "",
        TEACHER_POST_LABELS[r.post as TeacherPost],
        r.subject,
        TEACHING_STAGE_LABELS[r.stage as TeachingStage],
        TEACHER_TITLE_LABELS[r.title as TeacherTitle],
        ESTABLISHMENT_LABELS[r.employment as EmploymentKind],
        r.qualificationType,
        r.qualificationSubject,
        r.qualificationNumber,
        r.firstRegisteredOn,
        r.registeredOn,
      ]),
    );
  }

  /** Checks every row: rows checked. Returns the teachers to insert, or every problem found. */
  async function checkRows(
    run: ImportRun<HeaderIndex>,
    data: readonly SheetRow[],
  ): Promise<{ values: ValidRow[]; problems: RowProblem[] }> {
    const { job, actor, columns: headerIndex, pace } = run;
    const cell = (cells: SheetCell[], key: TeacherColumnKey) =>
      text(cells[headerIndex.get(TEACHER_COLUMNS.find((c) => c.key === key)?.header ?? "") ?? -1]);
    const schools = await queryRows<School>(
      db,
      sql`select iu.id, iu.code, i.district_id as "districtId", du.code as "districtCode"
          from ${institutionFactsTable} i join org_units iu on iu.id = i.org_unit_id join org_units du on du.id = i.district_id
          where ${inScope(actor.scopePath)}`,
    );
    const schoolByCode = new Map(schools.map((s) => [s.code, s]));
    const found: RowProblem[] = [];
    const values: ValidRow[] = [];
    const now = clock.now();
    for (const { row, cells } of data) {
      const rowErrors: RowProblem[] = [];
      const fail = (key: TeacherColumnKey, message: string) =>
        rowErrors.push({ row, column: TEACHER_COLUMNS.find((c) => c.key === key)?.header ?? key, message });
      for (const column of TEACHER_COLUMNS) {
        if (column.required && cell(cells, column.key) === "") fail(column.key, `${column.header}不能为空`);
      }
      const school = schoolByCode.get(cell(cells, "institutionCode"));
      if (cell(cells, "institutionCode") && !school)
        fail("institutionCode", "学校标识码不存在或不在您的管理范围内");
      const choice = (key: keyof typeof CHOICES): string => {
        const value = cell(cells, key);
        const code = (CHOICES[key] as Record<string, string>)[value];
        if (value && !code) fail(key, `应为：${Object.keys(CHOICES[key]).join("、")}`);
        return code ?? "";
      };
      const [post, stage, title, employment] = [
        choice("post"),
        choice("stage"),
        choice("title"),
        choice("employment"),
      ];
      for (const key of ["firstRegisteredOn", "registeredOn"] as const) {
        const value = cell(cells, key);
        if (value && !DATE.test(value)) fail(key, "日期格式应为 YYYY-MM-DD");
      }
      const identity = school
        ? checkTeacherIdentity(
            { teacherNumber: cell(cells, "teacherNumber"), idNumber: cell(cells, "idNumber") },
            school.districtCode,
            now,
          )
        : null;
      if (identity && !identity.ok) {
        for (const e of identity.errors)
          fail(e.field === "idNumber" ? "idNumber" : "teacherNumber", e.message);
      }
      found.push(...rowErrors);
      job.processed++;
      await pace();
      if (rowErrors.length > 0 || !school || !identity?.ok) continue;
      values.push({
        row,
        value: {
          ...identity.value,
          name: cell(cells, "name"),
          institutionId: school.id,
          districtId: school.districtId,
          post,
          subject: cell(cells, "subject"),
          stage,
          title,
          employment,
          qualificationType: cell(cells, "qualificationType") || null,
          qualificationSubject: cell(cells, "qualificationSubject") || null,
          qualificationNumber: cell(cells, "qualificationNumber") || null,
          firstRegisteredOn: cell(cells, "firstRegisteredOn") || null,
          registeredOn: cell(cells, "registeredOn") || cell(cells, "firstRegisteredOn") || null,
          createdAt: now,
          updatedAt: now,
        },
      });
    }
    const sheetRows = data.map((d) => ({
      row: d.row,
      teacherNumber: cell(d.cells, "teacherNumber"),
      idNumber: cell(d.cells, "idNumber"),
    }));
    // The reader skips blank rows; the duplicate finder counts rows by position, so blank rows are put back.
    const firstRow = data[0]?.row ?? 2;
    const byPosition: { teacherNumber: string | null; idNumber: string | null }[] = [];
    for (const r of sheetRows) {
      while (byPosition.length < r.row - firstRow) byPosition.push({ teacherNumber: null, idNumber: null });
      byPosition.push(r);
    }
    for (const e of findDuplicateTeacherRows(byPosition, { firstRow })) {
      found.push({ row: e.row, column: e.column, message: e.message });
    }
    // Checked here too, not only at write time, so one upload lists every problem at once.
    found.push(...(await clashProblems(db, sheetRows)));
    return { values, problems: found };
  }

  /** Writes every teacher: rows written. A clash found now rolls it all back. */
  async function write(tx: Db, run: ImportRun<HeaderIndex>, values: readonly ValidRow[]) {
    const { job } = run;
    job.total = values.length;
    const who = whoOf(run.actor);
    const at = clock.now();
    const late = await clashProblems(
      tx,
      values.map(({ row, value }) => ({
        row,
        teacherNumber: value.teacherNumber,
        idNumber: value.idNumber,
      })),
    );
    if (late.length > 0) throw new ImportRejected(late);
    for (let i = 0; i < values.length; i += WRITE_BATCH) {
      const inserted = await tx
        .insert(teachers)
        .values(values.slice(i, i + WRITE_BATCH).map((v) => v.value))
        .returning({ id: teachers.id, teacherNumber: teachers.teacherNumber });
      await recordAudits(
        tx,
        who,
        inserted.map((r) => ({
          event: "TEACHER_IMPORTED" as const,
          entityId: r.id,
          after: { teacherNumber: r.teacherNumber, importId: job.id },
        })),
        at,
      );
      job.processed += inserted.length;
      await run.pace();
    }
    return { rows: values.length, created: values.length, updated: 0, unchanged: 0 };
  }

  /** Header text → position; every column of the register must be there. */
  function header(cells: readonly SheetCell[]) {
    const columns: HeaderIndex = new Map(cells.map((cell, i) => [text(cell), i]));
    const missing = TEACHER_COLUMNS.filter((c) => !columns.has(c.header));
    return {
      columns,
      problems: missing.map((c) => ({ row: 1, column: c.header, message: `表头缺少“${c.header}”列` })),
    };
  }

  return {
    export: exportTeachers,
    ...runSheetImport<HeaderIndex>(ctx, {
      name: "teacher import",
      permission: "teachers.write",
      sheet: TEACHER_SHEET_NAME,
      auditEvent: "TEACHERS_IMPORTED",
      maxRows: MAX_ROWS,
      missingSheet: `工作簿中没有“${TEACHER_SHEET_NAME}”工作表：请使用本系统导出的教师名录`,
      emptySheet: "工作表中没有教师数据行：请从第 2 行起填写",
      refusal: (reason) =>
        reason.startsWith("too_") ? undefined : "请上传由本系统导出的教师名录 Excel 文件（.xlsx）。",
      header: ({ cells }) => header(cells),
      start: (run) =>
        checkThenWrite({
          check: async (rows) => {
            const { problems, values } = await checkRows(run, rows);
            return { problems, value: values };
          },
          write: (tx, values) => write(tx, run, values),
        }),
    }),
  };
}

export type TeacherImportService = ReturnType<typeof createTeacherImportService>;
