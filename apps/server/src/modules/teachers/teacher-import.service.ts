import { findDuplicateTeacherRows } from "@edubureau/domain/teachers";
import type { RowProblem, SheetCell } from "@edubureau/domain/registry";
import { eq, inArray, sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { queryRows, type Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { recordAudit, recordAudits, whoOf } from "../audit/audit.service.ts";
import { ImportRejected } from "../../platform/jobs/job-store.ts";
import { checkThenWrite, runSheetImport } from "../../platform/sheet-import/sheet-import.ts";
import type { ImportMode, ImportRun } from "../../platform/sheet-import/sheet-import.types.ts";
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
type ValidRow = { row: number; value: NewTeacher; updates?: string };
type School = { id: string; code: string; districtId: string; districtCode: string };

/** A checked row's key against the register. */
interface KeyRow {
  row: number;
  teacherNumber: string;
  idNumber: string;
}

const MASKED_KEYS = new Set(["idNumber"]);
/** The columns an import may change on a teacher already on the register. */
const UPDATED_COLUMNS = [
  "name",
  "idNumber",
  "sex",
  "birthDate",
  "institutionId",
  "districtId",
  "post",
  "subject",
  "stage",
  "title",
  "employment",
  "qualificationType",
  "qualificationSubject",
  "qualificationNumber",
  "firstRegisteredOn",
  "registeredOn",
] as const satisfies readonly (keyof NewTeacher)[];

/**
 * Each row's 教师编号 and 身份证件号码 against the register. "insert": a number already held is a problem;
 * "upsert": the row updates the teacher holding its number when that teacher works in the actor's scope,
 * and is refused, naming the row, when not. An ID number held by another teacher is a problem either way.
 * Returns the problems and, per row, the teacher it updates.
 */
async function keyCheck(
  db: Db,
  rows: readonly KeyRow[],
  mode: ImportMode,
  scopePath: string,
): Promise<{ problems: RowProblem[]; updates: Map<number, string> }> {
  const found = await q.findByNumbersOrIds(
    db,
    rows.map((r) => r.teacherNumber).filter(Boolean),
    rows.map((r) => r.idNumber.toUpperCase()).filter(Boolean),
  );
  const byNumber = new Map(found.map((f) => [f.teacherNumber, f]));
  const problems: RowProblem[] = [];
  const updates = new Map<number, string>();
  for (const wanted of rows) {
    const own = wanted.teacherNumber ? byNumber.get(wanted.teacherNumber) : undefined;
    if (own && mode === "insert")
      problems.push({
        row: wanted.row,
        column: "教师编号",
        message: `教师编号已被在册教师“${own.name}”使用；如需更新已有教师的信息，请选择“更新”方式导入`,
      });
    else if (own && !own.unitPath.startsWith(scopePath))
      problems.push({
        row: wanted.row,
        column: "教师编号",
        message: `教师编号 ${wanted.teacherNumber} 已登记在您管理范围以外的学校，不能在此更新`,
      });
    else if (own) updates.set(wanted.row, own.id);
    const idNumber = wanted.idNumber.toUpperCase();
    for (const other of found) {
      if (idNumber && other.idNumber === idNumber && other !== own)
        problems.push({
          row: wanted.row,
          column: "身份证件号码",
          message: `身份证件号码已登记为在册教师“${other.name}”`,
        });
    }
  }
  return { problems, updates };
}

/** What an update changes: the changed columns before and after, the ID number masked. */
function changes(before: Record<string, unknown>, after: Record<string, unknown>) {
  const from: Record<string, unknown> = {};
  const to: Record<string, unknown> = {};
  for (const key of UPDATED_COLUMNS) {
    const [a, b] = [before[key] ?? null, after[key] ?? null];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    from[key] = MASKED_KEYS.has(key) && typeof a === "string" ? maskIdNumber(a) : a;
    to[key] = MASKED_KEYS.has(key) && typeof b === "string" ? maskIdNumber(b) : b;
  }
  return Object.keys(to).length > 0 ? { before: from, after: to } : null;
}

/** The empty template's columns: every header, required or not, with its allowed values and formats. */
const TEMPLATE_NOTES: Record<TeacherColumnKey, string> = {
  teacherNumber:
    "14 位数字：6 位区县(市)代码 + 8 位序号，前 6 位须与任职学校所在区县一致；更新方式按此列匹配在册教师",
  name: "教师姓名",
  idNumber: "18 位居民身份证号码，末位校验码可为 X；性别与出生日期由号码读出",
  institutionCode: "任职学校的 10 位学校标识码，须在您的管理范围内",
  post: `可选：${Object.keys(CHOICES.post).join("、")}`,
  subject: "如 语文、数学、英语",
  stage: `可选：${Object.keys(CHOICES.stage).join("、")}`,
  title: `可选：${Object.keys(CHOICES.title).join("、")}`,
  employment: `可选：${Object.keys(CHOICES.employment).join("、")}`,
  qualificationType: "如 小学教师资格、初级中学教师资格",
  qualificationSubject: "教师资格证书上的任教学科",
  qualificationNumber: "教师资格证书编号",
  firstRegisteredOn: "日期，格式 YYYY-MM-DD，如 2016-09-01",
  registeredOn: "日期，格式 YYYY-MM-DD；不填时取首次注册日期",
};

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
    const keys = await keyCheck(db, sheetRows, run.mode, actor.scopePath);
    found.push(...keys.problems);
    for (const v of values) {
      const id = keys.updates.get(v.row);
      if (id) v.updates = id;
    }
    return { values, problems: found };
  }

  /** Updates the teachers the rows name by 教师编号: returns how many changed and how many stayed. */
  async function updateAll(tx: Db, run: ImportRun<HeaderIndex>, rows: readonly ValidRow[], at: Date) {
    const who = whoOf(run.actor);
    const ids = rows.flatMap((r) => (r.updates ? [r.updates] : []));
    const before = new Map(
      (ids.length > 0 ? await tx.select().from(teachers).where(inArray(teachers.id, ids)) : []).map((t) => [
        t.id,
        t,
      ]),
    );
    let updated = 0;
    for (const { value, updates: id } of rows) {
      const old = id ? before.get(id) : undefined;
      if (!id || !old) continue;
      const diff = changes(old, value);
      run.job.processed++;
      if (!diff) continue;
      const { createdAt: _createdAt, teacherNumber: _teacherNumber, ...set } = value;
      await tx
        .update(teachers)
        .set({ ...set, updatedAt: at })
        .where(eq(teachers.id, id));
      await recordAudit(
        tx,
        who,
        { event: "TEACHER_UPDATED", entityId: id, ...diff, after: { ...diff.after, importId: run.job.id } },
        at,
      );
      updated++;
      await run.pace();
    }
    return { updated, unchanged: ids.length - updated };
  }

  /** Writes every teacher: rows written. A clash found now rolls it all back. */
  async function write(tx: Db, run: ImportRun<HeaderIndex>, values: readonly ValidRow[]) {
    const { job } = run;
    job.total = values.length;
    const who = whoOf(run.actor);
    const at = clock.now();
    const late = await keyCheck(
      tx,
      values.map(({ row, value }) => ({ row, teacherNumber: value.teacherNumber, idNumber: value.idNumber })),
      run.mode,
      run.actor.scopePath,
    );
    const moved = values.filter((v) => late.updates.get(v.row) !== v.updates);
    if (late.problems.length > 0 || moved.length > 0)
      throw new ImportRejected([
        ...late.problems,
        ...moved.map((v) => ({
          row: v.row,
          column: "教师编号",
          message: "该教师编号刚被登记或变更，请刷新后重新上传",
        })),
      ]);
    const creates = values.filter((v) => !v.updates);
    for (let i = 0; i < creates.length; i += WRITE_BATCH) {
      const inserted = await tx
        .insert(teachers)
        .values(creates.slice(i, i + WRITE_BATCH).map((v) => v.value))
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
    const { updated, unchanged } = await updateAll(tx, run, values, at);
    return { rows: values.length, created: creates.length, updated, unchanged };
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
      missingSheet: `工作簿中没有“${TEACHER_SHEET_NAME}”工作表：请使用本系统的教师名录导入模板`,
      emptySheet: "工作表中没有教师数据行：请从第 2 行起填写",
      refusal: (reason) =>
        reason.startsWith("too_")
          ? undefined
          : "请上传教师名录 Excel 文件（.xlsx）：本系统下载的导入模板或导出的教师名录。",
      header: ({ cells }) => header(cells),
      template: {
        columns: TEACHER_COLUMNS.map((c) => ({
          header: c.header,
          required: c.required,
          note: TEMPLATE_NOTES[c.key],
          text: true,
          width: c.key === "idNumber" || c.key === "teacherNumber" ? 22 : 14,
        })),
        notes: ["一行一名教师。只填需要新增或更新的教师，无需填写全部在册教师。"],
        fileName: "教师名录导入模板.xlsx",
        asciiName: "teachers-template.xlsx",
      },
      upsert: { key: "教师编号", defaultMode: "insert" },
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
