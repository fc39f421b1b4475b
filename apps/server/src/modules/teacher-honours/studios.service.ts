import { beijingDate } from "@edubureau/domain/work-plan";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { queryRows, type Db } from "../../db/database.ts";
import { escapeLike } from "../../db/like.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import type { TeacherRow, TeachersService } from "../teachers/teachers.service.ts";
import { boundTargetFor } from "../work-plan/work-plan.read-model.ts";
import {
  normalStudentIntakes,
  teacherStudioAssessments,
  teacherStudioMembers,
  teacherStudios,
} from "./honours.tables.ts";
import * as q from "./honours.queries.ts";
import { honoursPolicy } from "../../policies/honours.ts";

export interface StudioInput {
  type: "名校长工作室" | "名园长工作室" | "名师工作室" | "名师农村工作站";
  name: string;
  establishment: "新建" | "换届";
  year: number;
  leaderId: string;
}

/** 名师/名校长工作室 and 农村工作站: hosted at the leader's school, with members and annual assessment. */
export function createStudiosService(ctx: AppContext, deps: { teachers: TeachersService }) {
  const { db } = ctx.database;
  const { clock } = ctx;
  const currentYear = () => Number(beijingDate(clock.now()).slice(0, 4));

  /** A studio hosted in the account's scope (the same rule as the list), or 404. */
  async function getStudio(actor: Actor, id: string, tx: Db = db) {
    const studio = await q.findStudio(tx, id, actor.scopePath);
    if (!studio) throw problems.notFound("工作室");
    return studio;
  }

  return {
    list: (actor: Actor) => q.listStudios(db, actor.scopePath),

    /** The studio with its members (no ID numbers) and every annual assessment, newest first. */
    async get(actor: Actor, id: string) {
      const studio = await getStudio(actor, id);
      const [members, assessments] = await Promise.all([
        q.studioMembers(db, id),
        q.studioAssessments(db, id),
      ]);
      return { ...studio, members, assessments };
    },

    async create(actor: Actor, input: StudioInput) {
      honoursPolicy.authorize(actor, "manage");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const leader = await deps.teachers.getVisible(actor, input.leaderId, tx);
        const principalStudio = input.type === "名校长工作室" || input.type === "名园长工作室";
        if (principalStudio && leader.post === "teacher")
          throw problems.field(
            "leaderId",
            `${leader.name}的岗位为教师，名校长(园长)工作室应由校长或园长领衔`,
          );
        const [row] = await tx
          .insert(teacherStudios)
          .values({ ...input, institutionId: leader.institutionId, createdAt: now })
          .returning({ id: teacherStudios.id });
        if (!row) throw new AppError("internal", "保存失败");
        await tx.insert(teacherStudioMembers).values({ studioId: row.id, teacherId: leader.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TEACHER_STUDIO_CREATED", entityId: row.id, after: input },
          now,
        );
        return { id: row.id };
      });
    },

    /** Adds teachers of the account's scope; a teacher already in the studio is refused by name. */
    async addMembers(actor: Actor, id: string, teacherIds: readonly string[]) {
      honoursPolicy.authorize(actor, "manage");
      const ids = [...new Set(teacherIds)];
      const now = clock.now();
      return db.transaction(async (tx) => {
        await getStudio(actor, id, tx);
        const teachers: TeacherRow[] = [];
        for (const teacherId of ids) teachers.push(await deps.teachers.getVisible(actor, teacherId, tx));
        const existing = await tx
          .select({ teacherId: teacherStudioMembers.teacherId })
          .from(teacherStudioMembers)
          .where(and(eq(teacherStudioMembers.studioId, id), inArray(teacherStudioMembers.teacherId, ids)));
        const already = teachers.filter((x) => existing.some((e) => e.teacherId === x.id));
        if (already.length > 0)
          throw problems.field(
            "teacherIds",
            `${already.map((x) => `${x.name}（${x.teacherNumber}）`).join("、")}已是该工作室成员，不能重复添加`,
          );
        const added = await tx
          .insert(teacherStudioMembers)
          .values(ids.map((teacherId) => ({ studioId: id, teacherId })))
          .returning({ teacherId: teacherStudioMembers.teacherId });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TEACHER_STUDIO_MEMBERS_ADDED", entityId: id, after: { teacherIds: ids } },
          now,
        );
        return { added: added.length };
      });
    },

    /** Removes a member; the leader stays (a new leader means a 换届, i.e. a new studio record). */
    async removeMember(actor: Actor, id: string, teacherId: string) {
      honoursPolicy.authorize(actor, "manage");
      const now = clock.now();
      await db.transaction(async (tx) => {
        const studio = await getStudio(actor, id, tx);
        if (teacherId === studio.leaderId)
          throw problems.conflict(
            `${studio.leaderName}是该工作室的领衔人，不能移除；更换领衔人请按换届新设工作室`,
          );
        const [member] = await queryRows<{ teacherNumber: string; name: string }>(
          tx,
          sql`delete from teacher_studio_members m using teachers t
              where m.studio_id = ${id} and m.teacher_id = ${teacherId} and t.id = m.teacher_id
              returning t.teacher_number as "teacherNumber", t.name`,
        );
        if (!member) throw problems.notFound("工作室成员");
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "TEACHER_STUDIO_MEMBER_REMOVED",
            entityId: id,
            before: { teacherId, teacherNumber: member.teacherNumber, name: member.name },
          },
          now,
        );
      });
    },

    async assess(
      actor: Actor,
      id: string,
      input: { year: number; grade: "excellent" | "pass" | "fail"; note?: string | undefined },
    ) {
      honoursPolicy.authorize(actor, "manage");
      const now = clock.now();
      const thisYear = currentYear();
      if (input.year > thisYear) throw problems.field("year", `考核年度不能晚于今年（${thisYear} 年）`);
      return db.transaction(async (tx) => {
        const studio = await getStudio(actor, id, tx);
        if (input.year < studio.year)
          throw problems.field("year", `工作室 ${studio.year} 年设立，不能考核此前年度`);
        await tx
          .insert(teacherStudioAssessments)
          .values({ studioId: id, year: input.year, grade: input.grade, note: input.note ?? null })
          .onConflictDoUpdate({
            target: [teacherStudioAssessments.studioId, teacherStudioAssessments.year],
            set: { grade: input.grade, note: input.note ?? null },
          });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "TEACHER_STUDIO_ASSESSED", entityId: id, after: input },
          now,
        );
        return { id, ...input };
      });
    },

    /**
     * 省级公费师范生 intake of every district in the scope for a year (default: the latest year recorded,
     * else this year), the total, and the plan's target for the scope when a plan binds the measure then.
     */
    async intakes(actor: Actor, requested?: number) {
      const year = requested ?? (await q.latestIntakeYear(db, actor.scopePath)) ?? currentYear();
      const [items, target] = await Promise.all([
        q.listIntakes(db, actor.scopePath, year),
        boundTargetFor(db, { measure: "normal_student_intake", year, scopePath: actor.scopePath }),
      ]);
      const total = items.reduce((sum, x) => sum + (x.students ?? 0), 0);
      return { year, items, total, target };
    },

    /** 省级公费师范生 intake of a district in a year (the T28-6 measure). */
    async setIntake(actor: Actor, input: { districtId: string; year: number; students: number }) {
      honoursPolicy.authorize(actor, "setIntake");
      const now = clock.now();
      return db.transaction(async (tx) => {
        const [district] = await queryRows<{ id: string }>(
          tx,
          sql`select id from org_units where id = ${input.districtId} and kind = 'district'
              and path like ${`${escapeLike(actor.scopePath)}%`}`,
        );
        if (!district) throw problems.field("districtId", "区县(市)不存在或不在您的管理范围内");
        const values = { ...input, programme: "省级公费师范生" };
        await tx
          .insert(normalStudentIntakes)
          .values(values)
          .onConflictDoUpdate({
            target: [
              normalStudentIntakes.districtId,
              normalStudentIntakes.year,
              normalStudentIntakes.programme,
            ],
            set: { students: input.students },
          });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "NORMAL_STUDENT_INTAKE_SET", entityId: input.districtId, after: values },
          now,
        );
        return values;
      });
    },
  };
}

export type StudiosService = ReturnType<typeof createStudiosService>;
