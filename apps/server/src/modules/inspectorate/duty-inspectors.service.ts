import { and, eq } from "drizzle-orm";
import { coverageCheck, monthlyCoverage } from "@edubureau/domain/inspectorate";
import { addDays } from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { inspectorAccounts } from "../users/users.read-model.ts";
import * as q from "./duty-inspectors.queries.ts";
import { todayOf, unitById } from "./inspectorate-shared.ts";
import { schoolsUnder } from "./inspections.queries.ts";
import { inspAssignments, inspDutyVisits } from "./inspectorate.tables.ts";

/** 督导事项 of a 责任督学 visit (《中小学校责任督学挂牌督导办法》第六条, abridged). */
export const DUTY_MATTERS = [
  "校务管理",
  "招生、收费、择校",
  "课程开设和课业负担",
  "教育教学和教师队伍",
  "校园安全",
  "食品卫生",
  "学生体质健康",
  "师德师风",
] as const;

const monthRange = (month: string) => {
  const from = `${month}-01`;
  const next = addDays(from, 32).slice(0, 7);
  return { from, to: addDays(`${next}-01`, -1) };
};

export function createDutyInspectorsService(ctx: AppContext) {
  const { db } = ctx.database;

  return {
    /** Sets the schools of one 责任督学 (replacing the previous list). */
    async assign(actor: Actor, inspectorId: string, schoolIds: string[]) {
      if (actor.role !== "inspector") throw problems.forbidden("只有督学可以调整责任督学挂牌安排。");
      const [inspector] = await inspectorAccounts(db, [inspectorId]);
      if (!inspector) throw problems.field("inspectorId", "请选择在职督学");
      for (const id of schoolIds) {
        const unit = await unitById(db, id);
        if (!unit || unit.kind !== "institution") throw problems.field("schoolIds", "所选单位不是学校");
      }
      return db.transaction(async (tx) => {
        const before = await tx
          .select()
          .from(inspAssignments)
          .where(eq(inspAssignments.inspectorId, inspectorId));
        await tx.delete(inspAssignments).where(eq(inspAssignments.inspectorId, inspectorId));
        const since = todayOf(ctx);
        if (schoolIds.length > 0)
          await tx.insert(inspAssignments).values(
            [...new Set(schoolIds)].map((schoolId) => ({
              inspectorId,
              inspectorName: inspector.name,
              schoolId,
              since: before.find((b) => b.schoolId === schoolId)?.since ?? since,
            })),
          );
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "INSP_ASSIGNMENT_SET",
            entityId: inspectorId,
            before: { schools: before.map((b) => b.schoolId) },
            after: { schools: schoolIds },
          },
          ctx.clock.now(),
        );
        return { inspectorId, schools: schoolIds.length };
      });
    },

    /** Coverage of the scope: every school has a 责任督学, each 督学 has ≥ 5 schools; visits in the month. */
    async coverage(actor: Actor, month: string) {
      const scope = actor.scopePath;
      const schools = await schoolsUnder(db, scope);
      const assignments = await q.assignmentsInScope(db, scope);
      const inspectors = await inspectorAccounts(db);
      const { from, to } = monthRange(month);
      const visits = await q.dutyVisitsInScope(db, { scopePath: scope, from, to });
      const check = coverageCheck({
        inspectors,
        schools,
        assignments: assignments.map((a) => ({ inspectorId: a.inspector_id, schoolId: a.school_id })),
      });
      return {
        month,
        ok: check.ok,
        totalSchools: check.totalSchools,
        coveredSchools: check.coveredSchools,
        uncovered: check.uncovered.slice(0, 200),
        underAssigned: check.underAssigned,
        inspectors: inspectors.map((i) => {
          const mine = assignments.filter((a) => a.inspector_id === i.id).map((a) => a.school_id);
          const visited = visits.filter((v) => v.inspector_id === i.id).map((v) => v.school_id);
          return {
            id: i.id,
            name: i.name,
            schools: mine.length,
            visits: visits.filter((v) => v.inspector_id === i.id).length,
            coverage: monthlyCoverage(mine, visited),
          };
        }),
        monthlyCoverage: monthlyCoverage(
          assignments.map((a) => a.school_id),
          visits.map((v) => v.school_id),
        ),
      };
    },

    /** Every 督学 with the schools assigned to them, for the assignment form. */
    async assignments(actor: Actor) {
      const rows = await q.assignmentsInScope(db, actor.scopePath);
      const inspectors = await inspectorAccounts(db);
      return inspectors.map((i) => ({
        id: i.id,
        name: i.name,
        schools: rows
          .filter((r) => r.inspector_id === i.id)
          .map((r) => ({ id: r.school_id, name: r.school_name })),
      }));
    },

    async searchSchools(actor: Actor, text: string) {
      return q.searchSchools(db, { scopePath: actor.scopePath, q: text.trim(), limit: 50 });
    },

    async mySchools(actor: Actor) {
      const rows = await q.assignmentsInScope(db, actor.scopePath);
      return rows
        .filter((r) => r.inspector_id === actor.userId)
        .map((r) => ({ id: r.school_id, name: r.school_name }));
    },

    async logVisit(
      actor: Actor,
      input: { schoolId: string; visitDate: string; matters: string[]; feedback: string },
    ) {
      if (actor.role !== "inspector") throw problems.forbidden("只有督学可以登记挂牌督导。");
      const [assigned] = await db
        .select()
        .from(inspAssignments)
        .where(
          and(eq(inspAssignments.inspectorId, actor.userId), eq(inspAssignments.schoolId, input.schoolId)),
        );
      if (!assigned) throw problems.field("schoolId", "您不是该校的责任督学");
      if (input.visitDate > todayOf(ctx)) throw problems.field("visitDate", "督导日期不能晚于今天");
      const unknown = input.matters.find((m) => !(DUTY_MATTERS as readonly string[]).includes(m));
      if (unknown !== undefined || input.matters.length === 0)
        throw problems.field("matters", "请从清单中选择督导事项");
      if (input.feedback.trim().length < 5)
        throw problems.field("feedback", "请填写书面反馈意见（至少 5 个字）");
      return db.transaction(async (tx) => {
        const at = ctx.clock.now();
        const [row] = await tx
          .insert(inspDutyVisits)
          .values({
            inspectorId: actor.userId,
            schoolId: input.schoolId,
            visitDate: input.visitDate,
            matters: input.matters,
            feedback: input.feedback.trim(),
            createdAt: at,
          })
          .returning({ id: inspDutyVisits.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "INSP_DUTY_VISIT_LOGGED", entityId: row?.id ?? null, after: input },
          at,
        );
        return { id: row?.id ?? "" };
      });
    },

    async visits(actor: Actor, month: string) {
      const { from, to } = monthRange(month);
      const rows = await q.dutyVisitsInScope(db, { scopePath: actor.scopePath, from, to });
      return rows.map((r) => ({
        id: r.id,
        school: { id: r.school_id, name: r.school_name },
        visitDate: r.visit_date,
        matters: r.matters,
        feedback: r.feedback,
        mine: r.inspector_id === actor.userId,
      }));
    },

    async publicBoard(code: string) {
      const rows = await q.schoolBoard(db, code);
      const [first] = rows;
      if (!first) throw problems.notFound("学校");
      return {
        schoolName: first.school_name,
        inspectors: rows.map((r) => r.inspector_name).filter((n): n is string => n !== null),
        complaintPath: `/public/complaints?school=${encodeURIComponent(code)}`,
      };
    },
  };
}

export type DutyInspectorsService = ReturnType<typeof createDutyInspectorsService>;
