import { can } from "@edubureau/domain";
import { sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { queryRows } from "../../db/database.ts";
import { escapeLike } from "../org-units/org-units.queries.ts";
import type { Actor } from "../../http/actor.ts";
import { AppError, problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import type { TeachersService } from "../teachers/teachers.service.ts";
import {
  normalStudentIntakes,
  teacherStudioAssessments,
  teacherStudioMembers,
  teacherStudios,
} from "./honours.tables.ts";
import * as q from "./honours.queries.ts";

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

  function requireManage(actor: Actor) {
    if (!can(actor.role, "honours.manage")) throw problems.forbidden();
  }

  async function getStudio(actor: Actor, id: string) {
    const studio = (await q.listStudios(db, actor.scopePath)).find((s) => s.id === id);
    if (!studio) throw problems.notFound("工作室");
    return studio;
  }

  return {
    list: (actor: Actor) => q.listStudios(db, actor.scopePath),

    async create(actor: Actor, input: StudioInput) {
      requireManage(actor);
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
          { entity: "teacher_studio", entityId: row.id, action: "create", after: input },
          now,
        );
        return { id: row.id };
      });
    },

    async addMembers(actor: Actor, id: string, teacherIds: readonly string[]) {
      requireManage(actor);
      await getStudio(actor, id);
      const now = clock.now();
      return db.transaction(async (tx) => {
        for (const teacherId of teacherIds) await deps.teachers.getVisible(actor, teacherId, tx);
        await tx
          .insert(teacherStudioMembers)
          .values(teacherIds.map((teacherId) => ({ studioId: id, teacherId })))
          .onConflictDoNothing();
        await recordAudit(
          tx,
          whoOf(actor),
          { entity: "teacher_studio", entityId: id, action: "add_members", after: { teacherIds } },
          now,
        );
        return { added: teacherIds.length };
      });
    },

    async assess(
      actor: Actor,
      id: string,
      input: { year: number; grade: "excellent" | "pass" | "fail"; note?: string | undefined },
    ) {
      requireManage(actor);
      const studio = await getStudio(actor, id);
      if (input.year < studio.year)
        throw problems.field("year", `工作室 ${studio.year} 年设立，不能考核此前年度`);
      const now = clock.now();
      return db.transaction(async (tx) => {
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
          { entity: "teacher_studio", entityId: id, action: "assess", after: input },
          now,
        );
        return { id, ...input };
      });
    },

    /** 省级公费师范生 intake of a district in a year (the T28-6 measure). */
    async setIntake(actor: Actor, input: { districtId: string; year: number; students: number }) {
      if (!can(actor.role, "training.manage")) throw problems.forbidden();
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
          { entity: "normal_student_intake", entityId: input.districtId, action: "set", after: values },
          now,
        );
        return values;
      });
    },
  };
}

export type StudiosService = ReturnType<typeof createStudiosService>;
