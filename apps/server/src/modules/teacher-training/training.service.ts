import {
  checkEnrolmentQuota,
  checkProgrammeEligibility,
  creditForProgramme,
  type ProgrammeEligibility,
  type ProgrammeKind,
  type ProgrammeLevel,
  type TeacherTitle,
  type TeachingStage,
} from "@edubureau/domain/teachers";
import { beijingDate } from "@edubureau/domain/work-plan";
import { and, eq } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import type { Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems, type FieldProblem } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import type { TeacherRow, TeachersService } from "../teachers/teachers.service.ts";
import {
  trainingCredits,
  trainingEnrolments,
  trainingProgrammes,
  trainingQuotas,
} from "./training.tables.ts";
import * as q from "./training.queries.ts";
import { programmePolicy, trainingPolicy } from "../../policies/training.ts";

export interface ProgrammeInput {
  name: string;
  level: ProgrammeLevel;
  kind: string;
  hours: number;
  startsOn: string;
  endsOn: string;
  capacity: number;
  eligibility: ProgrammeEligibility;
}

function yearsOfService(teacher: TeacherRow, today: string): number {
  const since = teacher.firstRegisteredOn ?? teacher.registeredOn;
  return since ? Math.max(0, Number(today.slice(0, 4)) - Number(since.slice(0, 4))) : 0;
}

export function createTrainingService(ctx: AppContext, deps: { teachers: TeachersService }) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const today = () => beijingDate(clock.now());

  async function getProgramme(actor: Actor, id: string, tx: Db = db) {
    const row = await q.findProgramme(tx, id, actor);
    if (!row) throw problems.notFound("培训项目");
    return row;
  }

  /** Managing a programme needs training.manage and the organiser inside the account's scope. */
  async function getManaged(actor: Actor, id: string, tx: Db = db) {
    trainingPolicy.authorize(actor, "manageProgrammes"); // the role first: no 404 for a programme out of reach
    const row = await getProgramme(actor, id, tx);
    programmePolicy.authorize(actor, "manage", row);
    return row;
  }

  return {
    async list(actor: Actor, filters: { year?: number | undefined; kind?: string | undefined }) {
      return q.listProgrammes(db, actor, filters);
    },

    async get(actor: Actor, id: string) {
      const programme = await getProgramme(actor, id);
      const [quotas, enrolments] = await Promise.all([
        q.quotasOf(db, id),
        q.enrolmentsInScope(db, id, actor.scopePath),
      ]);
      return { ...programme, quotas, enrolments };
    },

    async create(actor: Actor, input: ProgrammeInput) {
      trainingPolicy.authorize(actor, "manageProgrammes");
      if (input.endsOn < input.startsOn) throw problems.field("endsOn", "结束日期不能早于开始日期");
      const { minYearsOfService: min, maxYearsOfService: max } = input.eligibility;
      if (min !== undefined && max !== undefined && min > max)
        throw problems.field("eligibility", "最低教龄不能高于最高教龄");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(trainingProgrammes)
          .values({ ...input, organiserId: actor.orgUnitId, createdAt: now })
          .returning({ id: trainingProgrammes.id });
        if (!row) throw new AppError("internal", "保存失败");
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TRAINING_PROGRAMME_CREATED", entityId: row.id, after: input },
          now,
        );
        return getProgramme(actor, row.id, tx);
      });
    },

    async setQuotas(actor: Actor, id: string, quotas: { districtId: string; quota: number }[]) {
      const now = clock.now();
      return db.transaction(async (tx) => {
        const programme = await getManaged(actor, id, tx);
        const total = quotas.reduce((sum, quota) => sum + quota.quota, 0);
        if (total > programme.capacity)
          throw problems.field(
            "quotas",
            `各区县名额合计 ${total} 人，超过项目总名额 ${programme.capacity} 人`,
          );
        const before = await q.quotasOf(tx, id);
        for (const quota of quotas) {
          const used = before.find((b) => b.districtId === quota.districtId)?.enrolled ?? 0;
          if (quota.quota < used)
            throw problems.field("quotas", `该区县已报名 ${used} 人，名额不能少于已报名人数`);
          await tx
            .insert(trainingQuotas)
            .values({ programmeId: id, ...quota })
            .onConflictDoUpdate({
              target: [trainingQuotas.programmeId, trainingQuotas.districtId],
              set: { quota: quota.quota },
            });
        }
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TRAINING_QUOTAS_SET", entityId: id, before, after: quotas },
          now,
        );
        return q.quotasOf(tx, id);
      });
    },

    /**
     * Enrols a batch of the account's own teachers. The whole batch is refused when any teacher is
     * ineligible or already enrolled, or when it would overrun the programme's places or the district's share.
     */
    async enrol(actor: Actor, id: string, teacherIds: readonly string[]) {
      trainingPolicy.authorize(actor, "enrol");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const programme = await getProgramme(actor, id, tx);
        if (programme.endsOn < today())
          throw problems.conflict(`培训项目已于 ${programme.endsOn} 结束，不能再报名`);
        const errors: FieldProblem[] = [];
        const teachers: TeacherRow[] = [];
        for (const [index, teacherId] of [...new Set(teacherIds)].entries()) {
          const teacher = await deps.teachers.getVisible(actor, teacherId, tx);
          teachers.push(teacher);
          const eligible = checkProgrammeEligibility(
            {
              stage: teacher.stage as TeachingStage,
              subject: teacher.subject,
              title: teacher.title as TeacherTitle,
              yearsOfService: yearsOfService(teacher, today()),
            },
            programme.eligibility,
          );
          for (const reason of eligible.reasons)
            errors.push({ field: `teacherIds.${index}`, message: `${teacher.name}：${reason}` });
        }
        const existing = await tx
          .select({ teacherId: trainingEnrolments.teacherId })
          .from(trainingEnrolments)
          .where(eq(trainingEnrolments.programmeId, id));
        const already = new Set(existing.map((e) => e.teacherId));
        teachers.forEach((teacher, index) => {
          if (already.has(teacher.id))
            errors.push({
              field: `teacherIds.${index}`,
              message: `${teacher.name}：已报名本项目，不能重复报名`,
            });
        });
        if (errors.length > 0) throw problems.invalid(errors.map((e) => e.message).join("；"), errors);
        const overall = checkEnrolmentQuota({
          quota: programme.capacity,
          enrolled: programme.enrolled + teachers.length - 1,
        });
        if (!overall.ok)
          throw problems.conflict(
            `本项目共 ${programme.capacity} 个名额，已报名 ${programme.enrolled} 人，本次报名 ${teachers.length} 人超出名额，不能报名`,
          );
        const quotas = await q.quotasOf(tx, id);
        if (quotas.length > 0) {
          const byDistrict = new Map<string, number>();
          for (const teacher of teachers)
            byDistrict.set(teacher.districtId, (byDistrict.get(teacher.districtId) ?? 0) + 1);
          for (const [districtId, adding] of byDistrict) {
            const quota = quotas.find((x) => x.districtId === districtId);
            const name = teachers.find((x) => x.districtId === districtId)?.districtName ?? "";
            const check = checkEnrolmentQuota({
              quota: quota?.quota ?? 0,
              enrolled: (quota?.enrolled ?? 0) + adding - 1,
            });
            if (!check.ok)
              throw problems.conflict(
                `${name}名额 ${quota?.quota ?? 0} 人，已报名 ${quota?.enrolled ?? 0} 人，本次报名 ${adding} 人超出名额，不能报名`,
              );
          }
        }
        await tx.insert(trainingEnrolments).values(
          teachers.map((t) => ({
            programmeId: id,
            teacherId: t.id,
            districtId: t.districtId,
            enrolledAt: now,
          })),
        );
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "TRAINING_ENROLLED",
            entityId: id,
            after: { teachers: teachers.map((t) => t.teacherNumber) },
          },
          now,
        );
        return { enrolled: teachers.length };
      });
    },

    /**
     * Attendance and assessment of enrolled teachers; the domain decides the credit. Reporting hours for a
     * teacher who is not enrolled, or who attended no hours, refuses the whole report.
     */
    async complete(
      actor: Actor,
      id: string,
      input: {
        completedOn: string;
        records: { teacherId: string; attendedHours: number; assessmentPassed: boolean }[];
      },
    ) {
      trainingPolicy.authorize(actor, "enrol");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const programme = await getProgramme(actor, id, tx);
        if (input.completedOn < programme.startsOn)
          throw problems.field("completedOn", `结业日期不能早于项目开始日期 ${programme.startsOn}`);
        if (input.completedOn > today()) throw problems.field("completedOn", "结业日期不能晚于今天");
        const enrolments = await q.enrolmentsInScope(tx, id, actor.scopePath);
        const errors: FieldProblem[] = [];
        const results: { teacherId: string; status: string; hours: number; message: string | null }[] = [];
        const domainProgramme = {
          id,
          name: programme.name,
          level: programme.level as ProgrammeLevel,
          kind: programme.kind as ProgrammeKind,
          hours: programme.hours,
        };
        for (const [index, record] of input.records.entries()) {
          const enrolment = enrolments.find((e) => e.teacherId === record.teacherId);
          if (!enrolment) {
            const teacher = await deps.teachers.getVisible(actor, record.teacherId, tx);
            errors.push({
              field: `records.${index}.teacherId`,
              message: `${teacher.name}未报名参加培训项目“${programme.name}”，不能登记学时`,
            });
            continue;
          }
          if (enrolment.status === "completed") {
            errors.push({
              field: `records.${index}.teacherId`,
              message: `${enrolment.teacherName}已结业并认定学时，不能重复登记`,
            });
            continue;
          }
          const decision = creditForProgramme({
            teacherId: record.teacherId,
            programme: domainProgramme,
            attendance: [
              {
                programmeId: id,
                teacherId: record.teacherId,
                attendedHours: record.attendedHours,
                assessmentPassed: record.assessmentPassed,
                completedOn: input.completedOn,
              },
            ],
          });
          if (record.attendedHours <= 0) {
            errors.push({
              field: `records.${index}.attendedHours`,
              message: `${enrolment.teacherName}：${decision.ok ? "" : decision.message}`,
            });
            continue;
          }
          const status = decision.ok ? "completed" : "notCompleted";
          await tx
            .update(trainingEnrolments)
            .set({
              status,
              attendedHours: record.attendedHours,
              assessmentPassed: record.assessmentPassed,
              completedOn: input.completedOn,
              note: decision.ok ? null : decision.message,
            })
            .where(
              and(eq(trainingEnrolments.programmeId, id), eq(trainingEnrolments.teacherId, record.teacherId)),
            );
          if (decision.ok) {
            await tx.insert(trainingCredits).values({
              teacherId: record.teacherId,
              programmeId: id,
              level: decision.credit.level,
              kind: decision.credit.kind,
              title: programme.name,
              hours: decision.credit.hours,
              creditedOn: decision.credit.creditedOn,
              status: "approved",
              createdAt: now,
            });
          }
          results.push({
            teacherId: record.teacherId,
            status,
            hours: decision.ok ? decision.credit.hours : 0,
            message: decision.ok ? null : decision.message,
          });
        }
        if (errors.length > 0) throw problems.invalid(errors.map((e) => e.message).join("；"), errors);
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "TRAINING_COMPLETED",
            entityId: id,
            after: { completedOn: input.completedOn, results },
          },
          now,
        );
        return { results };
      });
    },

    async creditsOf(actor: Actor, teacherId: string) {
      await deps.teachers.getVisible(actor, teacherId);
      return q.creditsOf(db, teacherId);
    },

    /** A teacher's own credits; the caller has resolved the record from the signed-in account. */
    async ownCredits(teacherId: string) {
      return q.creditsOf(db, teacherId);
    },

    async submitExternal(
      actor: Actor,
      teacherId: string,
      input: { title: string; hours: number; creditedOn: string; evidence: string },
    ) {
      if (input.creditedOn > today()) throw problems.field("creditedOn", "学习日期不能晚于今天");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(trainingCredits)
          .values({
            teacherId,
            programmeId: null,
            level: "school",
            kind: "external",
            ...input,
            status: "pending",
            createdAt: now,
          })
          .returning({ id: trainingCredits.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TRAINING_CREDIT_SUBMITTED", entityId: row?.id ?? null, after: input },
          now,
        );
        return { id: row?.id ?? "" };
      });
    },

    async pendingExternal(actor: Actor) {
      trainingPolicy.authorize(actor, "reviewCredits");
      return q.pendingExternalInScope(db, actor.scopePath);
    },

    async reviewExternal(
      actor: Actor,
      creditId: string,
      input: { approve: boolean; note?: string | undefined },
    ) {
      trainingPolicy.authorize(actor, "reviewCredits");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const pending = (await q.pendingExternalInScope(tx, actor.scopePath)).find((c) => c.id === creditId);
        if (!pending) throw problems.notFound("待审核学时");
        const status = input.approve ? "approved" : "rejected";
        await tx
          .update(trainingCredits)
          .set({ status, reviewNote: input.note ?? null })
          .where(eq(trainingCredits.id, creditId));
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: input.approve ? "TRAINING_CREDIT_APPROVED" : "TRAINING_CREDIT_REJECTED",
            entityId: creditId,
            before: { status: "pending" },
            after: { status, hours: pending.hours },
          },
          now,
        );
        return { id: creditId, status };
      });
    },
  };
}

export type TrainingService = ReturnType<typeof createTrainingService>;
