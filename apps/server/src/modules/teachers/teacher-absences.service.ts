import type { ApprovedLeaveKind } from "@edubureau/domain/teachers";
import { and, eq, sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { beijingText } from "./teachers.queries.ts";
import { teacherAbsences } from "./teachers.tables.ts";
import type { TeachersService } from "./teachers.service.ts";
import { teacherPolicy } from "../../policies/teacher.ts";

export interface AbsenceRow {
  id: string;
  from: string;
  to: string;
  approvedLeave: ApprovedLeaveKind | null;
  note: string | null;
  recordedAt: string;
}

export interface AbsenceInput {
  from: string;
  to: string;
  approvedLeave?: ApprovedLeaveKind | null | undefined;
  note?: string | null | undefined;
}

async function absencesOf(db: Db, teacherId: string): Promise<AbsenceRow[]> {
  return queryRows<AbsenceRow>(
    db,
    sql`select id, from_date::text as "from", to_date::text as "to", approved_leave as "approvedLeave", note,
          ${beijingText("created_at")} as "recordedAt"
        from teacher_absences where teacher_id = ${teacherId} order by from_date desc`,
  );
}

/**
 * 中止教育教学工作: the school or district records the stretches a teacher was away from teaching, with
 * the kind of approved leave if any; 定期注册 defers a teacher absent a semester or more without leave.
 */
export function createTeacherAbsencesService(ctx: AppContext, deps: { teachers: TeachersService }) {
  const { db } = ctx.database;
  const { clock } = ctx;

  return {
    async list(actor: Actor, teacherId: string): Promise<AbsenceRow[]> {
      await deps.teachers.getVisible(actor, teacherId);
      return absencesOf(db, teacherId);
    },

    async record(actor: Actor, teacherId: string, input: AbsenceInput) {
      teacherPolicy.authorize(actor, "write");
      if (input.to < input.from) throw problems.field("to", "结束日期不能早于开始日期");
      const now = clock.now();
      return db.transaction(async (tx) => {
        await deps.teachers.getVisible(actor, teacherId, tx);
        const values = {
          teacherId,
          fromDate: input.from,
          toDate: input.to,
          approvedLeave: input.approvedLeave ?? null,
          note: input.note?.trim() || null,
        };
        const [row] = await tx
          .insert(teacherAbsences)
          .values({ ...values, recordedBy: actor.userId, createdAt: now })
          .returning({ id: teacherAbsences.id });
        if (!row) throw new AppError("internal", "保存失败");
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "TEACHER_ABSENCE_RECORDED",
            entityId: teacherId,
            after: { id: row.id, ...values },
          },
          now,
        );
        return { id: row.id, from: values.fromDate, to: values.toDate, approvedLeave: values.approvedLeave };
      });
    },

    async remove(actor: Actor, teacherId: string, absenceId: string) {
      teacherPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        await deps.teachers.getVisible(actor, teacherId, tx);
        const [removed] = await tx
          .delete(teacherAbsences)
          .where(and(eq(teacherAbsences.id, absenceId), eq(teacherAbsences.teacherId, teacherId)))
          .returning();
        if (!removed) throw problems.notFound("中止教学记录");
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "TEACHER_ABSENCE_DELETED",
            entityId: teacherId,
            before: {
              id: removed.id,
              fromDate: removed.fromDate,
              toDate: removed.toDate,
              approvedLeave: removed.approvedLeave,
              note: removed.note,
            },
          },
          now,
        );
        return { id: absenceId };
      });
    },
  };
}

export type TeacherAbsencesService = ReturnType<typeof createTeacherAbsencesService>;
