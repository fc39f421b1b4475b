import { can } from "@edubureau/domain";
import { findDuplicateTeacherRows } from "@edubureau/domain/teachers";
import type { SheetCell } from "@edubureau/domain/registry";
import { sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { queryRows } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems, type FieldProblem } from "../../http/problem.ts";
import { recordAudit, recordAudits, whoOf } from "../audit/audit.service.ts";
import { readSheetRows } from "../institutions/xlsx-rows.ts";
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

const MAX_ROWS = 20_000;
const text = (cell: SheetCell | undefined) =>
  cell === null || cell === undefined ? "" : String(cell).trim();
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 教师名录 Excel export and all-or-nothing import, within the account's scope. */
export function createTeacherImportService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;

  return {
    async export(actor: Actor): Promise<Buffer> {
      const personal = can(actor.role, "teachers.personal");
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
            { entity: "teacher", entityId: null, action: "export_personal", after: { rows: rows.length } },
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
    },

    async import(actor: Actor, buffer: Buffer): Promise<{ imported: number }> {
      if (!can(actor.role, "teachers.write")) throw problems.forbidden();
      let sheets;
      try {
        sheets = await readSheetRows(buffer, { sheets: [TEACHER_SHEET_NAME], maxRows: MAX_ROWS + 1 });
      } catch {
        throw new AppError(
          "bad_request",
          "文件无法读取",
          "请上传由本系统导出的教师名录 Excel 文件（.xlsx）。",
        );
      }
      const sheet = sheets.get(TEACHER_SHEET_NAME);
      if (!sheet)
        throw new AppError("bad_request", "缺少工作表", `工作簿中没有“${TEACHER_SHEET_NAME}”工作表。`);
      const [header, ...data] = sheet.rows;
      const headerIndex = new Map((header?.cells ?? []).map((cell, i) => [text(cell), i]));
      const missing = TEACHER_COLUMNS.filter((c) => !headerIndex.has(c.header)).map((c) => c.header);
      if (missing.length > 0)
        throw new AppError("bad_request", "表头不完整", `缺少列：${missing.join("、")}`);
      if (data.length === 0) throw new AppError("bad_request", "没有数据", "工作表中没有教师数据行。");
      if (data.length > MAX_ROWS)
        throw new AppError("bad_request", "行数过多", `一次最多导入 ${MAX_ROWS} 行。`);
      const cell = (cells: SheetCell[], key: TeacherColumnKey) =>
        text(cells[headerIndex.get(TEACHER_COLUMNS.find((c) => c.key === key)?.header ?? "") ?? -1]);

      const schools = await queryRows<{ id: string; code: string; districtId: string; districtCode: string }>(
        db,
        sql`select iu.id, iu.code, i.district_id as "districtId", du.code as "districtCode"
            from institutions i join org_units iu on iu.id = i.org_unit_id join org_units du on du.id = i.district_id
            where ${inScope(actor.scopePath)}`,
      );
      const schoolByCode = new Map(schools.map((s) => [s.code, s]));
      const errors: FieldProblem[] = [];
      const values: (typeof teachers.$inferInsert)[] = [];
      const now = clock.now();
      for (const { row, cells } of data) {
        const rowErrors: FieldProblem[] = [];
        const fail = (key: TeacherColumnKey, message: string) =>
          rowErrors.push({ row, field: TEACHER_COLUMNS.find((c) => c.key === key)?.header ?? key, message });
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
        errors.push(...rowErrors);
        if (rowErrors.length > 0 || !school || !identity?.ok) continue;
        values.push({
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
        });
      }
      const sheetRows = data.map((d) => ({
        teacherNumber: cell(d.cells, "teacherNumber"),
        idNumber: cell(d.cells, "idNumber"),
      }));
      for (const e of findDuplicateTeacherRows(sheetRows, { firstRow: data[0]?.row ?? 2 })) {
        errors.push({ row: e.row, field: e.column, message: e.message });
      }
      const clashes = await q.findClashes(
        db,
        sheetRows.map((r) => r.teacherNumber),
        sheetRows.map((r) => r.idNumber.toUpperCase()),
      );
      data.forEach(({ row }, i) => {
        const wanted = sheetRows[i];
        for (const clash of clashes) {
          if (clash.teacherNumber === wanted?.teacherNumber)
            errors.push({ row, field: "教师编号", message: `教师编号已被在册教师“${clash.name}”使用` });
          if (clash.idNumber === wanted?.idNumber.toUpperCase())
            errors.push({
              row,
              field: "身份证件号码",
              message: `身份证件号码已登记为在册教师“${clash.name}”`,
            });
        }
      });
      if (errors.length > 0) {
        errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
        throw problems.invalid(`共 ${errors.length} 处错误，未导入任何数据，请修改后重新导入`, errors);
      }
      await db.transaction(async (tx) => {
        const inserted = await tx
          .insert(teachers)
          .values(values)
          .returning({ id: teachers.id, teacherNumber: teachers.teacherNumber });
        await recordAudits(
          tx,
          whoOf(actor),
          inserted.map((r) => ({
            entity: "teacher",
            entityId: r.id,
            action: "import",
            after: { teacherNumber: r.teacherNumber },
          })),
          now,
        );
      });
      return { imported: values.length };
    },
  };
}

export type TeacherImportService = ReturnType<typeof createTeacherImportService>;
