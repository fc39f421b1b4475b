import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { can } from "@edubureau/domain";
import type { RowProblem } from "@edubureau/domain/registry";
import type { AppContext } from "../../app-context.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems as httpProblems } from "../../http/problem.ts";
import { bulkInsert } from "../../seed/bulk-insert.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { checkXlsx, streamingOrder } from "../institutions/xlsx-package.ts";
import { readSheetRows } from "../institutions/xlsx-rows.ts";
import { STUDENT_SPEC, type StoredStudent } from "../student-health/health-table-specs.ts";
import { schoolYearOf } from "../student-health/school-year.ts";
import { checkIdentity } from "./student-identity.ts";
import { createStudentMasker, type StudentMaskingRules } from "./student-masking.ts";
import * as q from "./students.queries.ts";
import type { CreateBody, ListQuery, StudentView, UpdateBody } from "./students.schemas.ts";
import { students } from "./students.tables.ts";
import {
  gradeLabel,
  parseStudentRow,
  readStudentHeader,
  STUDENT_HEADERS,
  STUDENT_SHEET,
  studentWorkbook,
  type StudentSheetRow,
} from "./students-workbook.ts";

/** Largest student list exported or imported at once (a big district's year group fits). */
export const MAX_STUDENT_ROWS = 50_000;

export interface StudentsOptions {
  masking?: StudentMaskingRules;
}

/**
 * Minimal 学籍: lists are masked for everyone (PIPL art. 51); the full record is a separate, audited read
 * for roles with students.personal. Scope: a school sees its own students, a district its district's.
 */
export function createStudentsService(ctx: AppContext, options: StudentsOptions = {}) {
  const { db } = ctx.database;
  const mask = createStudentMasker(options.masking);
  /** Grades typed now are grades of the current school year. */
  const currentYear = () => schoolYearOf(ctx.clock.now().toISOString().slice(0, 10));

  function view(row: q.StudentRecordRow): StudentView {
    return {
      id: row.id,
      studentNo: mask.studentNo(row.student_no),
      name: mask.name(row.name),
      sex: row.sex,
      birthDate: mask.birthDate(row.birth_date),
      institutionId: row.institution_id,
      institutionName: row.institution_name,
      grade: row.grade,
      gradeLabel: gradeLabel(row.grade),
      className: row.class_name,
      masked: true,
    };
  }

  async function mustGet(actor: Actor, id: string) {
    const row = await q.studentInScope(db, id, actor.scopePath);
    if (!row) throw httpProblems.notFound("学生");
    return row;
  }

  async function school(actor: Actor, id: string) {
    const [row] = await q.schoolsInScope(db, actor.scopePath, { ids: [id] });
    if (!row)
      throw new AppError("validation", "学校不存在", "所选学校不存在或不在您的管理范围内。", [
        { field: "institutionId", message: "所选学校不存在或不在您的管理范围内" },
      ]);
    return row;
  }

  return {
    masker: mask,

    async list(actor: Actor, query: ListQuery) {
      const { items, total } = await q.listStudents(
        db,
        { scopePath: actor.scopePath, ...query },
        query.page,
        query.pageSize,
      );
      return { items: items.map(view), total };
    },

    async get(actor: Actor, id: string) {
      return view(await mustGet(actor, id));
    },

    /** The unmasked record; every read is audited. */
    async personal(actor: Actor, id: string) {
      if (!can(actor.role, "students.personal")) throw httpProblems.forbidden();
      const row = await mustGet(actor, id);
      await recordAudit(
        db,
        whoOf(actor),
        {
          entity: "student",
          entityId: id,
          action: "view_personal",
          after: { studentNo: mask.studentNo(row.student_no) },
        },
        ctx.clock.now(),
      );
      return {
        id,
        studentNo: row.student_no,
        name: row.name,
        birthDate: row.birth_date,
        idNumber: row.id_number,
      };
    },

    async create(actor: Actor, body: CreateBody) {
      const unit = await school(actor, body.institutionId);
      const identity = checkIdentity(body, ctx.clock.now());
      if (!identity.ok)
        throw new AppError("validation", "学生信息有误", identity.message, [
          { field: identity.field, message: identity.message },
        ]);
      const existing = await q.existingNumbers(db, [identity.value.studentNo]);
      if (existing.size > 0)
        throw httpProblems.conflict(`学籍号 ${mask.studentNo(identity.value.studentNo)} 已存在`, [
          { field: "studentNo", message: "学籍号已存在" },
        ]);
      const id = randomUUID();
      await db.transaction(async (tx) => {
        const at = ctx.clock.now();
        await tx.insert(students).values({
          id,
          ...identity.value,
          name: body.name,
          institutionId: unit.id,
          districtId: unit.district_id,
          unitPath: unit.path,
          grade: body.grade,
          gradeYear: currentYear(),
          className: body.className,
          createdAt: at,
          updatedAt: at,
        });
        await recordAudit(
          tx,
          whoOf(actor),
          {
            entity: "student",
            entityId: id,
            action: "create",
            after: {
              studentNo: mask.studentNo(identity.value.studentNo),
              name: mask.name(body.name),
              institution: unit.name,
              grade: body.grade,
              className: body.className,
            },
          },
          at,
        );
      });
      return this.get(actor, id);
    },

    async update(actor: Actor, id: string, body: UpdateBody) {
      const before = await mustGet(actor, id);
      await db.transaction(async (tx) => {
        const at = ctx.clock.now();
        await tx
          .update(students)
          .set({ ...body, ...(body.grade ? { gradeYear: currentYear() } : {}), updatedAt: at })
          .where(eq(students.id, id));
        await recordAudit(
          tx,
          whoOf(actor),
          {
            entity: "student",
            entityId: id,
            action: "update",
            before: { name: mask.name(before.name), grade: before.grade, className: before.class_name },
            after: { ...body, ...(body.name ? { name: mask.name(body.name) } : {}) },
          },
          at,
        );
      });
      return this.get(actor, id);
    },

    /** The list as .xlsx: masked, or in full (students.personal, audited) when asked. */
    async exportFile(
      actor: Actor,
      filters: { institutionId?: string | undefined; grade?: number | undefined; full?: boolean },
    ) {
      const full = filters.full === true;
      if (full && !can(actor.role, "students.personal")) throw httpProblems.forbidden();
      const rows = await q.allStudents(
        db,
        { scopePath: actor.scopePath, institutionId: filters.institutionId, grade: filters.grade },
        MAX_STUDENT_ROWS,
      );
      if (full) {
        await recordAudit(
          db,
          whoOf(actor),
          {
            entity: "student",
            entityId: null,
            action: "export_personal",
            after: { rows: rows.length, ...filters },
          },
          ctx.clock.now(),
        );
      }
      return studentWorkbook(
        rows.map((r) => [
          full ? r.student_no : mask.studentNo(r.student_no),
          full ? r.name : mask.name(r.name),
          r.sex === "male" ? "男" : "女",
          full ? r.birth_date : mask.birthDate(r.birth_date),
          "",
          r.institution_name,
          gradeLabel(r.grade),
          r.class_name,
        ]),
      );
    },

    template: () => studentWorkbook([]),

    /** All-or-nothing: new 学籍号 are added, known ones in scope are moved to the row's school/grade/class. */
    async importFile(actor: Actor, upload: { buffer: Buffer; fileName: string }) {
      if (!can(actor.role, "students.write")) throw httpProblems.forbidden();
      const check = await checkXlsx(upload.buffer);
      if (!check.ok)
        throw new AppError(
          "bad_request",
          "文件格式不正确",
          "文件不是 Excel 工作簿（.xlsx）：请使用系统下载的导入模板。",
        );
      const sheets = await readSheetRows(streamingOrder(upload.buffer, check.entries), {
        sheets: [STUDENT_SHEET],
        maxRows: MAX_STUDENT_ROWS + 1,
      });
      const sheet = sheets.get(STUDENT_SHEET);
      const fail = (errors: RowProblem[]) =>
        new AppError(
          "validation",
          "导入数据有误",
          `发现 ${errors.length} 处问题，未导入任何数据。请修改后重新上传。`,
          errors.slice(0, 5_000).map((p) => ({ field: p.column, row: p.row, message: p.message })),
        );
      if (!sheet)
        throw fail([
          {
            row: 1,
            column: "（整表）",
            message: `找不到工作表「${STUDENT_SHEET}」：请使用系统下载的导入模板`,
          },
        ]);
      if (sheet.truncated)
        throw fail([
          { row: MAX_STUDENT_ROWS + 1, column: "（整表）", message: `单次最多导入 ${MAX_STUDENT_ROWS} 行` },
        ]);
      const header = readStudentHeader(sheet.rows.find((r) => r.row === 1)?.cells ?? []);
      if (header.problems.length > 0) throw fail(header.problems);
      const problems: RowProblem[] = [];
      const parsed: StudentSheetRow[] = [];
      for (const { row, cells } of sheet.rows) {
        if (row === 1 || cells.every((c) => c === null || c === "")) continue;
        const result = parseStudentRow(row, cells, header.columns);
        problems.push(...result.problems);
        if (result.value) parsed.push(result.value);
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
      const creates: StoredStudent[] = [];
      const moves: { id: string; row: StudentSheetRow; school: q.SchoolRef }[] = [];
      const today = ctx.clock.now();
      for (const p of parsed) {
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
          moves.push({ id: known.id, row: p, school: unit });
        } else {
          creates.push({
            id: randomUUID(),
            ...identity.value,
            name: p.name,
            institutionId: unit.id,
            districtId: unit.district_id,
            unitPath: unit.path,
            grade: p.grade,
            gradeYear: currentYear(),
            className: p.className,
          });
        }
      }
      if (parsed.length === 0 && problems.length === 0)
        problems.push({ row: 2, column: "（整表）", message: "表中没有数据行：请从第 2 行起填写" });
      if (problems.length > 0) throw fail(problems.sort((a, b) => a.row - b.row));
      await db.transaction(async (tx) => {
        const at = ctx.clock.now();
        await bulkInsert(tx, STUDENT_SPEC, creates, { at });
        for (const m of moves) {
          await tx
            .update(students)
            .set({
              name: m.row.name,
              institutionId: m.school.id,
              districtId: m.school.district_id,
              unitPath: m.school.path,
              grade: m.row.grade,
              gradeYear: currentYear(),
              className: m.row.className,
              updatedAt: at,
            })
            .where(eq(students.id, m.id));
        }
        await recordAudit(
          tx,
          whoOf(actor),
          {
            entity: "student_import",
            entityId: null,
            action: "import",
            after: { fileName: upload.fileName, created: creates.length, updated: moves.length },
          },
          at,
        );
      });
      return { rows: parsed.length, created: creates.length, updated: moves.length };
    },
  };
}

export type StudentsService = ReturnType<typeof createStudentsService>;
