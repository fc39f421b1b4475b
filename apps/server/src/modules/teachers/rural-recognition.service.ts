import {
  ruralCertificateNumber,
  ruralExperience,
  type EmploymentKind,
  type RuralExperience,
} from "@edubureau/domain/teachers";
import { beijingDate } from "@edubureau/domain/work-plan";
import { and, eq, sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import { queryRows } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import type { TeacherCorrectionsService } from "./teacher-corrections.service.ts";
import * as q from "./teachers.queries.ts";
import { inScope } from "./teachers.queries.ts";
import { ruralExperienceRecognitions } from "./teachers.tables.ts";
import type { TeachersService } from "./teachers.service.ts";
import { ruralRecognitionPolicy } from "../../policies/teacher.ts";
import { accountName } from "../users/users.read-model.ts";

export const RURAL_RECOGNITION_STATUSES = ["pending", "certified", "rejected"] as const;
export type RuralRecognitionStatus = (typeof RURAL_RECOGNITION_STATUSES)[number];

export interface RuralRecognitionRow {
  id: string;
  teacherId: string;
  teacherName: string;
  teacherNumber: string;
  institutionName: string;
  employment: string;
  status: RuralRecognitionStatus;
  asOf: string;
  totalMonths: number;
  totalDays: number;
  periods: { from: string; to: string }[];
  basis: string;
  message: string;
  appliedAt: string;
  appliedByName: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  reviewNote: string | null;
  certificateNo: string | null;
}

const beijing = (column: string) => q.beijingText(column, "YYYY-MM-DD HH24:MI");

const SELECT = sql`select r.id, r.teacher_id as "teacherId", t.name as "teacherName", t.teacher_number as "teacherNumber",
  iu.name as "institutionName", t.employment, r.status, r.as_of::text as "asOf", r.total_months as "totalMonths",
  r.total_days as "totalDays", r.periods, r.basis, r.message, ${beijing("r.applied_at")} as "appliedAt",
  ${accountName(sql`r.applied_by`)} as "appliedByName", ${beijing("r.reviewed_at")} as "reviewedAt",
  ${accountName(sql`r.reviewed_by`)} as "reviewedByName", r.review_note as "reviewNote", r.certificate_no as "certificateNo"
  from rural_experience_recognitions r
  join teachers t on t.id = r.teacher_id
  join org_units iu on iu.id = t.institution_id`;

// Serialises certificate numbering: two certifications at once never take the same serial.
const CERTIFICATE_LOCK_KEY = 2019_0712;

/** The domain's 农村(薄弱)学校任教经历 of one teacher from the teaching history, counted up to `asOf`. */
export async function computeRuralExperience(
  db: Db,
  teacher: { id: string; employment: string },
  asOf: string,
): Promise<RuralExperience> {
  const postings = await q.postingsOf(db, teacher.id);
  return ruralExperience({
    postings: postings.map((p) => ({ school: p.schoolName, from: p.from, to: p.to, ruralOrWeak: p.rural })),
    employment: teacher.employment as EmploymentKind,
    asOf,
  });
}

/**
 * 农村(薄弱)学校任教经历认定 (2019 plan §七): the teacher, or their school or district on their behalf,
 * applies with the computed result; the 区县教育局 (ruralExperience.certify, within its scope) certifies
 * it, recomputing first, and numbers the certificate, or rejects it with a reason.
 */
export function createRuralRecognitionService(
  ctx: AppContext,
  deps: { teachers: TeachersService; self: TeacherCorrectionsService },
) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function listOf(tx: Db, teacherId: string): Promise<RuralRecognitionRow[]> {
    return queryRows<RuralRecognitionRow>(
      tx,
      sql`${SELECT} where r.teacher_id = ${teacherId} order by r.applied_at desc, r.reviewed_at desc nulls first`,
    );
  }

  async function apply(actor: Actor, teacher: q.TeacherRow, tx: Db) {
    const now = clock.now();
    // One open application per teacher: the row lock keeps two submissions from both passing the check.
    await tx.execute(sql`select id from teachers where id = ${teacher.id} for update`);
    const existing = await listOf(tx, teacher.id);
    const certified = existing.find((r) => r.status === "certified");
    if (certified)
      throw problems.conflict(
        `${teacher.name}已取得农村(薄弱)学校任教经历认定（${certified.certificateNo}），无需再次申请`,
      );
    if (existing.some((r) => r.status === "pending"))
      throw problems.conflict(`${teacher.name}已有待审核的认定申请，请等待区县教育局审核`);
    const asOf = beijingDate(now);
    const result = await computeRuralExperience(tx, teacher, asOf);
    if (!result.recognised) throw problems.field("postings", result.message);
    const [row] = await tx
      .insert(ruralExperienceRecognitions)
      .values({
        teacherId: teacher.id,
        asOf,
        totalMonths: result.totalMonths,
        totalDays: result.totalDays,
        periods: result.periods,
        basis: result.basis,
        message: result.message,
        appliedBy: actor.userId,
        appliedAt: now,
      })
      .returning({ id: ruralExperienceRecognitions.id });
    if (!row) throw new AppError("internal", "保存失败");
    await recordAudit(
      tx,
      whoOf(actor),
      {
        event: "RURAL_RECOGNITION_APPLIED",
        entityId: row.id,
        after: { teacherId: teacher.id, teacherName: teacher.name, totalMonths: result.totalMonths, asOf },
      },
      now,
    );
    return { id: row.id, status: "pending" as const, message: result.message };
  }

  /** A recognition of a teacher in the account's scope, locked for the decision; 404 otherwise. */
  async function pendingInScope(actor: Actor, id: string, tx: Db) {
    const [row] = await queryRows<RuralRecognitionRow>(
      tx,
      sql`${SELECT} where r.id = ${id} and ${inScope(actor.scopePath)} for update of r`,
    );
    if (!row) throw problems.notFound("认定申请");
    if (row.status !== "pending") throw problems.conflict("该认定申请已审核，不能重复处理");
    return row;
  }

  return {
    /** The computed result for the teacher's own record (teachers.self). */
    async mine(actor: Actor) {
      const teacher = await deps.self.ownRecord(actor);
      const [experience, applications] = await Promise.all([
        computeRuralExperience(db, teacher, beijingDate(clock.now())),
        listOf(db, teacher.id),
      ]);
      return { experience, applications };
    },

    async applyForSelf(actor: Actor) {
      const teacher = await deps.self.ownRecord(actor);
      return db.transaction(async (tx) => apply(actor, teacher, tx));
    },

    /** The school or district applies on the teacher's behalf. */
    async applyFor(actor: Actor, teacherId: string) {
      ruralRecognitionPolicy.authorize(actor, "apply");
      return db.transaction(async (tx) =>
        apply(actor, await deps.teachers.getVisible(actor, teacherId, tx), tx),
      );
    },

    async ofTeacher(actor: Actor, teacherId: string) {
      await deps.teachers.getVisible(actor, teacherId);
      return listOf(db, teacherId);
    },

    /** The queue of the account's scope, oldest application first. */
    async list(actor: Actor, status: RuralRecognitionStatus | undefined) {
      return queryRows<RuralRecognitionRow>(
        db,
        sql`${SELECT} where ${inScope(actor.scopePath)} ${status ? sql`and r.status = ${status}` : sql``}
            order by ${status === "pending" ? sql`r.applied_at` : sql`coalesce(r.reviewed_at, r.applied_at) desc`}
            limit 500`,
      );
    },

    async certify(actor: Actor, id: string, input: { note?: string | undefined }) {
      ruralRecognitionPolicy.authorize(actor, "certify");
      const now = clock.now();
      const today = beijingDate(now);
      return db.transaction(async (tx) => {
        const row = await pendingInScope(actor, id, tx);
        const teacher = await deps.teachers.getVisible(actor, row.teacherId, tx);
        const result = await computeRuralExperience(tx, teacher, today);
        if (!result.recognised)
          throw problems.field("postings", `按目前的任教经历重新核算：${result.message}`);
        const year = Number(today.slice(0, 4));
        await tx.execute(sql`select pg_advisory_xact_lock(${CERTIFICATE_LOCK_KEY}, ${year})`);
        const [numbers] = await queryRows<{ issued: number; cityName: string | null }>(
          tx,
          sql`select (select count(*)::int from rural_experience_recognitions where certificate_year = ${year}) as issued,
                (select name from org_units where kind = 'city' order by path limit 1) as "cityName"`,
        );
        const certificateNo = ruralCertificateNumber(
          numbers?.cityName ?? "长沙市",
          year,
          (numbers?.issued ?? 0) + 1,
        );
        await tx
          .update(ruralExperienceRecognitions)
          .set({
            status: "certified",
            reviewedBy: actor.userId,
            reviewedAt: now,
            reviewNote: input.note ?? null,
            certificateYear: year,
            certificateNo,
          })
          .where(
            and(eq(ruralExperienceRecognitions.id, id), eq(ruralExperienceRecognitions.status, "pending")),
          );
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "RURAL_RECOGNITION_CERTIFIED",
            entityId: id,
            before: { status: "pending", totalMonths: row.totalMonths },
            after: {
              status: "certified",
              certificateNo,
              teacherId: row.teacherId,
              totalMonths: result.totalMonths,
              message: result.message,
            },
          },
          now,
        );
        return { id, status: "certified" as const, certificateNo };
      });
    },

    async reject(actor: Actor, id: string, input: { note: string }) {
      ruralRecognitionPolicy.authorize(actor, "certify");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const row = await pendingInScope(actor, id, tx);
        await tx
          .update(ruralExperienceRecognitions)
          .set({ status: "rejected", reviewedBy: actor.userId, reviewedAt: now, reviewNote: input.note })
          .where(
            and(eq(ruralExperienceRecognitions.id, id), eq(ruralExperienceRecognitions.status, "pending")),
          );
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "RURAL_RECOGNITION_REJECTED",
            entityId: id,
            before: { status: "pending" },
            after: { status: "rejected", teacherId: row.teacherId, note: input.note },
          },
          now,
        );
        return { id, status: "rejected" as const };
      });
    },
  };
}

export type RuralRecognitionService = ReturnType<typeof createRuralRecognitionService>;
