import { and, eq, sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { queryRows } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { teacherCorrections, teachers } from "./teachers.tables.ts";
import * as q from "./teachers.queries.ts";
import { inScope } from "./teachers.queries.ts";
import { teacherView } from "./teacher-view.ts";
import { teacherPolicy } from "../../policies/teacher.ts";

/** Fields a teacher may ask their school to correct, with the column each one changes. */
export const CORRECTABLE_FIELDS = {
  name: "name",
  subject: "subject",
  qualificationType: "qualificationType",
  qualificationSubject: "qualificationSubject",
  qualificationNumber: "qualificationNumber",
} as const;
export type CorrectableField = keyof typeof CORRECTABLE_FIELDS;

export interface CorrectionRow {
  id: string;
  teacherId: string;
  teacherName: string;
  teacherNumber: string;
  field: string;
  currentValue: string | null;
  requestedValue: string;
  reason: string;
  status: string;
  reviewNote: string | null;
  createdAt: string;
}

const SELECT = sql`select c.id, c.teacher_id as "teacherId", t.name as "teacherName", t.teacher_number as "teacherNumber",
  c.field, c.current_value as "currentValue", c.requested_value as "requestedValue", c.reason, c.status,
  c.review_note as "reviewNote", to_char(c.created_at, 'YYYY-MM-DD HH24:MI') as "createdAt"
  from teacher_corrections c join teachers t on t.id = c.teacher_id join org_units iu on iu.id = t.institution_id`;

/** A teacher's own record (teachers.self) and the corrections they ask for, reviewed by their school. */
export function createTeacherCorrectionsService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function ownRecord(actor: Actor) {
    const row = await q.findTeacherOfUser(db, actor.userId);
    if (!row) throw problems.notFound("本人教师档案");
    return row;
  }

  return {
    ownRecord,

    async me(actor: Actor) {
      const row = await ownRecord(actor);
      const [postings, reviews, ruralCertificate, corrections] = await Promise.all([
        q.postingsOf(db, row.id),
        q.reviewsOf(db, row.id),
        q.ruralCertificateOf(db, row.id),
        queryRows<CorrectionRow>(
          db,
          sql`${SELECT} where c.teacher_id = ${row.id} order by c.created_at desc`,
        ),
      ]);
      return { ...teacherView(row), postings, reviews, ruralCertificate, corrections };
    },

    async request(actor: Actor, input: { field: CorrectableField; requestedValue: string; reason: string }) {
      const row = await ownRecord(actor);
      const current = row[CORRECTABLE_FIELDS[input.field]];
      if (current === input.requestedValue)
        throw problems.field("requestedValue", "更正后的内容与档案现有内容相同");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [created] = await tx
          .insert(teacherCorrections)
          .values({ teacherId: row.id, currentValue: current, ...input, createdAt: now })
          .returning({ id: teacherCorrections.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TEACHER_CORRECTION_REQUESTED", entityId: created?.id ?? null, after: input },
          now,
        );
        return { id: created?.id ?? "" };
      });
    },

    /** Pending corrections of the school's (or district's) teachers. */
    async pending(actor: Actor) {
      teacherPolicy.authorize(actor, "write");
      return queryRows<CorrectionRow>(
        db,
        sql`${SELECT} where c.status = 'pending' and ${inScope(actor.scopePath)} order by c.created_at`,
      );
    },

    async review(actor: Actor, id: string, input: { approve: boolean; note?: string | undefined }) {
      teacherPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [correction] = await queryRows<CorrectionRow>(
          tx,
          sql`${SELECT} where c.id = ${id} and ${inScope(actor.scopePath)}`,
        );
        if (!correction) throw problems.notFound("更正申请");
        if (correction.status !== "pending") throw problems.conflict("该更正申请已处理");
        const status = input.approve ? "approved" : "rejected";
        await tx
          .update(teacherCorrections)
          .set({ status, reviewNote: input.note ?? null, reviewedBy: actor.userId, reviewedAt: now })
          .where(and(eq(teacherCorrections.id, id), eq(teacherCorrections.status, "pending")));
        if (input.approve) {
          const column = CORRECTABLE_FIELDS[correction.field as CorrectableField];
          await tx
            .update(teachers)
            .set({ [column]: correction.requestedValue, updatedAt: now })
            .where(eq(teachers.id, correction.teacherId));
        }
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: status === "approved" ? "TEACHER_CORRECTION_APPROVED" : "TEACHER_CORRECTION_REJECTED",
            entityId: id,
            before: { field: correction.field, value: correction.currentValue },
            after: {
              field: correction.field,
              value: input.approve ? correction.requestedValue : correction.currentValue,
            },
          },
          now,
        );
        return { id, status };
      });
    },
  };
}

export type TeacherCorrectionsService = ReturnType<typeof createTeacherCorrectionsService>;
