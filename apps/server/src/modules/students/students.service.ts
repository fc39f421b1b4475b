import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems as httpProblems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { schoolYearOn } from "@edubureau/domain/registry";
import { checkIdentity } from "./student-identity.ts";
import { createStudentMasker, type StudentMaskingRules } from "./student-masking.ts";
import * as q from "./students.queries.ts";
import type { CreateBody, ListQuery, StudentView, UpdateBody } from "./students.schemas.ts";
import { students } from "./students.tables.ts";
import { createStudentImportService } from "./student-import.service.ts";
import { gradeLabel, MAX_STUDENT_ROWS, studentWorkbook } from "./students-workbook.ts";
import { studentPolicy } from "../../policies/student.ts";

export { MAX_STUDENT_ROWS };

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
  const imports = createStudentImportService(ctx);
  /** Grades typed now are grades of the current school year. */
  const currentYear = () => schoolYearOn(ctx.clock.now().toISOString().slice(0, 10));

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

    /** Students in scope for a sheet to fill in: the full 学籍号 (the sheet's key), the name masked. */
    async rosterForSheet(actor: Actor, limit: number) {
      const rows = await q.allStudents(db, { scopePath: actor.scopePath }, limit);
      return rows.map((r) => ({ studentNo: r.student_no, name: mask.name(r.name) }));
    },

    /** The unmasked record; every read is audited. */
    async personal(actor: Actor, id: string) {
      studentPolicy.authorize(actor, "readPersonal");
      const row = await mustGet(actor, id);
      await recordAudit(
        db,
        whoOf(actor),
        {
          event: "STUDENT_PERSONAL_VIEWED",
          entityId: id,
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
            event: "STUDENT_CREATED",
            entityId: id,
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
            event: "STUDENT_UPDATED",
            entityId: id,
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
      if (full) studentPolicy.authorize(actor, "readPersonal");
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
            event: "STUDENT_PERSONAL_EXPORTED",
            entityId: null,
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

    /** 学生名册 import as a job (student-import.service.ts). */
    imports,
  };
}

export type StudentsService = ReturnType<typeof createStudentsService>;
