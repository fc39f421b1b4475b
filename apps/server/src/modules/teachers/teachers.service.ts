import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { teacherAnnualReviews, teacherPostings, teachers } from "./teachers.tables.ts";
import * as q from "./teachers.queries.ts";
import { checkTeacherIdentity, clashProblems } from "./teacher-input.ts";
import { teacherSnapshot, teacherView } from "./teacher-view.ts";
import type { TeacherInput } from "./teachers.schemas.ts";
import { eq } from "drizzle-orm";
import { teacherPolicy } from "../../policies/teacher.ts";

/** The teacher row other teacher modules work with; they read it through this service. */
export type TeacherRow = q.TeacherRow;

export type ListOptions = Omit<q.TeacherFilters, "scopePath"> &
  q.TeacherSort & { page: number; pageSize: number };

export function createTeachersService(ctx: AppContext) {
  const { db } = ctx.database;
  const { clock } = ctx;

  async function getVisible(actor: Actor, id: string, tx: Db = db): Promise<q.TeacherRow> {
    const row = await q.findTeacher(tx, id, actor.scopePath);
    if (!row) throw problems.notFound("教师");
    return row;
  }

  /** Validates a create or update and returns the columns to write. */
  async function prepare(actor: Actor, input: TeacherInput, tx: Db, exceptId: string | null) {
    const institution = await q.findInstitutionInScope(tx, input.institutionId, actor.scopePath);
    if (!institution) throw problems.field("institutionId", "任职学校不存在或不在您的管理范围内");
    const identity = checkTeacherIdentity(input, institution.districtCode, clock.now());
    if (!identity.ok) throw problems.invalid("教师信息有误", identity.errors);
    const clashes = await q.findClashes(
      tx,
      [identity.value.teacherNumber],
      [identity.value.idNumber],
      exceptId,
    );
    const duplicate = clashProblems(clashes, identity.value);
    if (duplicate.length > 0) throw problems.conflict(duplicate.map((p) => p.message).join("；"), duplicate);
    return {
      ...identity.value,
      name: input.name,
      institutionId: institution.id,
      districtId: institution.districtId,
      post: input.post,
      subject: input.subject,
      stage: input.stage,
      title: input.title,
      employment: input.employment,
      qualificationType: input.qualificationType ?? null,
      qualificationSubject: input.qualificationSubject ?? null,
      qualificationNumber: input.qualificationNumber ?? null,
      firstRegisteredOn: input.firstRegisteredOn ?? null,
      registeredOn: input.registeredOn ?? input.firstRegisteredOn ?? null,
    };
  }

  return {
    /** 定期注册 passed: the teachers' registration date moves to `on`, inside the caller's transaction. */
    /** Starts each teacher's new registration cycle on the given day. */
    async markRegistered(tx: Db, cycles: readonly { teacherId: string; registeredOn: string }[], at: Date) {
      for (const { teacherId, registeredOn } of cycles) {
        await tx.update(teachers).set({ registeredOn, updatedAt: at }).where(eq(teachers.id, teacherId));
      }
    },

    getVisible,

    /** A teacher in the account's scope, or undefined (for callers that word their own refusal). */
    async findVisible(actor: Actor, id: string, tx: Db = db) {
      return q.findTeacher(tx, id, actor.scopePath);
    },

    async list(actor: Actor, options: ListOptions) {
      const result = await q.listTeachers(db, { ...options, scopePath: actor.scopePath });
      return { items: result.items.map(teacherView), total: result.total };
    },

    async get(actor: Actor, id: string) {
      const row = await getVisible(actor, id);
      const [postings, reviews, ruralCertificate] = await Promise.all([
        q.postingsOf(db, id),
        q.reviewsOf(db, id),
        q.ruralCertificateOf(db, id),
      ]);
      return { ...teacherView(row), postings, reviews, ruralCertificate };
    },

    /** The full ID number and birth date, for roles with teachers.personal; every look is audited. */
    async identity(actor: Actor, id: string) {
      teacherPolicy.authorize(actor, "readIdentity");
      return db.transaction(async (tx) => {
        const row = await getVisible(actor, id, tx);
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TEACHER_PERSONAL_VIEWED", entityId: id, after: { fields: ["idNumber", "birthDate"] } },
          clock.now(),
        );
        return { idNumber: row.idNumber, birthDate: row.birthDate };
      });
    },

    async create(actor: Actor, input: TeacherInput) {
      teacherPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const values = await prepare(actor, input, tx, null);
        const [inserted] = await tx
          .insert(teachers)
          .values({ ...values, createdAt: now, updatedAt: now })
          .returning({ id: teachers.id });
        if (!inserted) throw new AppError("internal", "保存失败");
        const created = await getVisible(actor, inserted.id, tx);
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TEACHER_CREATED", entityId: inserted.id, after: teacherSnapshot(created) },
          now,
        );
        return teacherView(created);
      });
    },

    async update(actor: Actor, id: string, input: TeacherInput) {
      teacherPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const before = await getVisible(actor, id, tx);
        const values = await prepare(actor, input, tx, id);
        await tx
          .update(teachers)
          .set({ ...values, updatedAt: now })
          .where(eq(teachers.id, id));
        const after = await getVisible(actor, id, tx);
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "TEACHER_UPDATED",
            entityId: id,
            before: teacherSnapshot(before),
            after: teacherSnapshot(after),
          },
          now,
        );
        return teacherView(after);
      });
    },

    async addPosting(
      actor: Actor,
      id: string,
      input: { schoolName: string; from: string; to?: string | null | undefined; rural: boolean },
    ) {
      teacherPolicy.authorize(actor, "write");
      if (input.to && input.to < input.from) throw problems.field("to", "结束日期不能早于开始日期");
      const now = clock.now();
      return db.transaction(async (tx) => {
        await getVisible(actor, id, tx);
        const values = {
          teacherId: id,
          schoolName: input.schoolName,
          fromDate: input.from,
          toDate: input.to ?? null,
          rural: input.rural,
        };
        const [row] = await tx.insert(teacherPostings).values(values).returning({ id: teacherPostings.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TEACHER_POSTING_ADDED", entityId: id, after: values },
          now,
        );
        return {
          id: row?.id ?? "",
          schoolName: input.schoolName,
          from: input.from,
          to: input.to ?? null,
          rural: input.rural,
        };
      });
    },

    /** Records (or corrects) one year's 年度考核 grade. */
    async setReview(
      actor: Actor,
      id: string,
      input: { year: number; grade: string; approvedLeave?: string | null | undefined },
    ) {
      teacherPolicy.authorize(actor, "write");
      const now = clock.now();
      return db.transaction(async (tx) => {
        await getVisible(actor, id, tx);
        const before = (await q.reviewsOf(tx, id)).find((r) => r.year === input.year) ?? null;
        const values = {
          teacherId: id,
          year: input.year,
          grade: input.grade,
          approvedLeave: input.approvedLeave ?? null,
        };
        await tx
          .insert(teacherAnnualReviews)
          .values(values)
          .onConflictDoUpdate({
            target: [teacherAnnualReviews.teacherId, teacherAnnualReviews.year],
            set: { grade: values.grade, approvedLeave: values.approvedLeave },
          });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TEACHER_REVIEW_SET", entityId: id, before, after: values },
          now,
        );
        return { year: input.year, grade: input.grade, approvedLeave: values.approvedLeave };
      });
    },
  };
}

export type TeachersService = ReturnType<typeof createTeachersService>;
