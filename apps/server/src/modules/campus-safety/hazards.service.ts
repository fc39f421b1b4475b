import { eq, sql, type SQL } from "drizzle-orm";
import {
  defaultDeadline,
  HAZARD_LEVEL_LABELS,
  HAZARD_STATUS_LABELS,
  hazardTransition,
  isHazardOverdue,
  type HazardAction,
  type HazardLevel,
  type HazardStatus,
} from "@edubureau/domain/campus-safety";
import { beijingDate } from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import { queryRows, type Db } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { requireSafetyStaff } from "../../policies/campus-safety-scope.ts";
import { safetyHazardPolicy } from "../../policies/safety-hazard.ts";
import { recordAudit, whoOf, type AuditWho } from "../audit/audit.service.ts";
import { notify } from "../notifications/notifications.service.ts";
import type { SupervisionService } from "../work-plan/supervision.service.ts";
import { safetyHazards } from "./campus-safety.tables.ts";
import { within } from "./incidents.queries.ts";
import { unitChain } from "./safety-units.queries.ts";

const SYSTEM: AuditWho = { actorId: null, actorName: "校园安全巡检", ip: null };
/** The plan task the safety work answers to (计划 §八 保障校园安全稳定). */
export const SAFETY_TASK_CODE = "T34";

interface HazardRow {
  id: string;
  schoolId: string;
  schoolName: string;
  schoolPath: string;
  districtName: string | null;
  level: HazardLevel;
  title: string;
  description: string;
  status: HazardStatus;
  responsible: string | null;
  deadline: string | null;
  reportedOn: string;
  escalatedOn: string | null;
  closedOn: string | null;
  evidence: { note: string; at: string; by: string }[];
}

/** Dates come back as text (`::text` in the query); the first ten characters are the day. */
const dateText = (d: string | null | undefined): string | null => (d ? d.slice(0, 10) : null);

async function selectHazards(db: Db, where: SQL[], limit: number, forUpdate = false): Promise<HazardRow[]> {
  const rows = await queryRows<HazardRow>(
    db,
    sql`select h.id, h.school_id as "schoolId", u.name as "schoolName", u.path as "schoolPath",
          (select d.name from org_units d where d.kind = 'district' and u.path like d.path || '%' limit 1) as "districtName",
          h.level, h.title, h.description, h.status, h.responsible, h.deadline::text as deadline,
          h.reported_on::text as "reportedOn", h.escalated_on::text as "escalatedOn", h.closed_on::text as "closedOn", h.evidence
        from safety_hazards h join org_units u on u.id = h.school_id
        where ${sql.join(where, sql` and `)} order by h.deadline nulls last, h.created_at desc limit ${limit}
        ${forUpdate ? sql`for update of h` : sql``}`,
  );
  return rows.map((r) => ({
    ...r,
    deadline: dateText(r.deadline),
    reportedOn: dateText(r.reportedOn)!,
    escalatedOn: dateText(r.escalatedOn),
    closedOn: dateText(r.closedOn),
    evidence: typeof r.evidence === "string" ? (JSON.parse(r.evidence) as HazardRow["evidence"]) : r.evidence,
  }));
}

export function createHazardsService(ctx: AppContext, deps: { supervision: SupervisionService }) {
  const { db } = ctx.database;
  const today = () => beijingDate(ctx.clock.now());

  function view(actor: Actor, r: HazardRow) {
    return {
      id: r.id,
      school: { id: r.schoolId, name: r.schoolName },
      districtName: r.districtName,
      level: r.level,
      levelLabel: HAZARD_LEVEL_LABELS[r.level],
      title: r.title,
      description: r.description,
      status: r.status,
      statusLabel: HAZARD_STATUS_LABELS[r.status],
      responsible: r.responsible,
      deadline: r.deadline,
      reportedOn: r.reportedOn,
      escalatedOn: r.escalatedOn,
      closedOn: r.closedOn,
      overdue: isHazardOverdue(r, today()),
      evidence: r.evidence,
      abilities: safetyHazardPolicy.abilities(actor, r),
    };
  }

  async function find(tx: Db, id: string, forUpdate = false) {
    const [row] = await selectHazards(tx, [sql`h.id = ${id}`], 1, forUpdate);
    return row ?? null;
  }

  return {
    async report(
      actor: Actor,
      input: {
        schoolId: string;
        inspectionId?: string | undefined;
        level: HazardLevel;
        title: string;
        description: string;
        responsible?: string | undefined;
        deadline?: string | undefined;
      },
    ) {
      const school = await unitChain(db, input.schoolId);
      if (!school || school.kind !== "institution") throw problems.field("schoolId", "所选学校不存在");
      safetyHazardPolicy.authorize(actor, "report", {
        schoolId: school.id,
        schoolPath: school.path,
        status: "reported",
      });
      const now = ctx.clock.now();
      const on = today();
      if (input.deadline && input.deadline < on) throw problems.field("deadline", "整改期限不能早于今天");
      const assigned = Boolean(input.responsible?.trim());
      const id = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(safetyHazards)
          .values({
            schoolId: school.id,
            inspectionId: input.inspectionId ?? null,
            level: input.level,
            title: input.title,
            description: input.description,
            status: assigned ? "assigned" : "reported",
            responsible: input.responsible?.trim() || null,
            deadline: input.deadline ?? defaultDeadline(input.level, on),
            reportedOn: on,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: safetyHazards.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "SAFETY_HAZARD_REPORTED", entityId: row!.id, after: { ...input } },
          now,
        );
        return row!.id;
      });
      return view(actor, (await find(db, id))!);
    },

    async list(
      actor: Actor,
      filter: { status?: HazardStatus | "open" | "overdue" | undefined; limit: number },
    ) {
      requireSafetyStaff(actor);
      const where: SQL[] = [within(actor.scopePath)];
      if (filter.status === "open") where.push(sql`h.status <> 'closed'`);
      else if (filter.status === "overdue")
        where.push(sql`h.status in ('reported', 'assigned') and h.deadline < ${today()}`);
      else if (filter.status) where.push(sql`h.status = ${filter.status}`);
      return (await selectHazards(db, where, filter.limit)).map((r) => view(actor, r));
    },

    /**
     * 工作台: hazards in scope waiting on the actor, counted in SQL — to rectify (已上报, 整改中), to verify
     * or close (已整改待验收, 已验收), and those past their deadline unrectified.
     */
    async waitingCounts(actor: Actor) {
      requireSafetyStaff(actor);
      const [row] = await queryRows<{ toRectify: number; toVerify: number; overdue: number }>(
        db,
        sql`select count(*) filter (where h.status in ('reported', 'assigned'))::int as "toRectify",
              count(*) filter (where h.status in ('rectified', 'verified'))::int as "toVerify",
              count(*) filter (where h.status in ('reported', 'assigned') and h.deadline < ${today()})::int as overdue
            from safety_hazards h join org_units u on u.id = h.school_id
            where ${within(actor.scopePath)} and h.status <> 'closed'`,
      );
      return row ?? { toRectify: 0, toVerify: 0, overdue: 0 };
    },

    /** The open-hazard table per district of the scope: open, overdue and major ones, counted in SQL. */
    async byDistrict(actor: Actor) {
      requireSafetyStaff(actor);
      const rows = await queryRows<{
        id: string;
        name: string;
        open: number;
        overdue: number;
        major: number;
      }>(
        db,
        sql`select d.id, d.name,
              count(*) filter (where h.status <> 'closed')::int as open,
              count(*) filter (where h.status in ('reported', 'assigned') and h.deadline < ${today()})::int as overdue,
              count(*) filter (where h.status <> 'closed' and h.level = 'major')::int as major
            from safety_hazards h join org_units u on u.id = h.school_id
              join org_units d on d.kind = 'district' and u.path like d.path || '%'
            where ${within(actor.scopePath)} group by d.id, d.name, d.code order by d.code`,
      );
      return { items: rows };
    },

    /** One step of the life cycle; the domain refuses a step out of order and rectifying or closing without evidence. */
    async transition(
      actor: Actor,
      id: string,
      input: {
        action: HazardAction;
        responsible?: string | undefined;
        deadline?: string | undefined;
        evidence?: string | undefined;
        note?: string | undefined;
      },
    ) {
      const now = ctx.clock.now();
      await db.transaction(async (tx) => {
        const current = await find(tx, id, true);
        if (!current) throw problems.notFound("隐患");
        const rule = input.action === "assign" || input.action === "rectify" ? "rectify" : "verify";
        safetyHazardPolicy.authorize(actor, rule, current);
        const evidence = input.evidence?.trim()
          ? [
              ...current.evidence,
              { note: input.evidence.trim(), at: now.toISOString(), by: actor.displayName },
            ]
          : current.evidence;
        const step = hazardTransition({
          status: current.status,
          action: input.action,
          evidenceCount: evidence.length,
          responsible: input.responsible ?? null,
          deadline: input.deadline ?? null,
        });
        if (!step.ok) throw problems.field(step.field, step.message);
        if (input.action === "assign" && input.deadline && input.deadline < today())
          throw problems.field("deadline", "整改期限不能早于今天");
        await tx
          .update(safetyHazards)
          .set({
            status: step.to,
            evidence,
            updatedAt: now,
            ...(input.action === "assign"
              ? { responsible: input.responsible!.trim(), deadline: input.deadline! }
              : {}),
            ...(step.to === "closed" ? { closedOn: today() } : {}),
          })
          .where(eq(safetyHazards.id, id));
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "SAFETY_HAZARD_TRANSITIONED",
            entityId: id,
            before: { status: current.status },
            after: { status: step.to, action: input.action, note: input.note ?? null },
          },
          now,
        );
      });
      return view(actor, (await find(db, id))!);
    },

    /**
     * Overdue hazards (past their deadline, not yet rectified) raise a 督办单 on the plan's safety task, addressed
     * to the school's district, through the work plan's supervision service; its sweep escalates an unanswered
     * one to the leaders. Each hazard is escalated once (`escalated_on`).
     */
    async sweep(): Promise<{ escalated: number }> {
      const on = today();
      const overdue = await selectHazards(
        db,
        [sql`h.status in ('reported', 'assigned')`, sql`h.deadline < ${on}`, sql`h.escalated_on is null`],
        1000,
      );
      let escalated = 0;
      for (const h of overdue) {
        const chain = await unitChain(db, h.schoolId);
        if (!chain?.districtId) continue;
        const now = ctx.clock.now();
        const done = await db.transaction(async (tx) => {
          const claimed = await tx
            .update(safetyHazards)
            .set({ escalatedOn: on })
            .where(sql`${safetyHazards.id} = ${h.id} and ${safetyHazards.escalatedOn} is null`)
            .returning({ id: safetyHazards.id });
          if (claimed.length === 0) return false;
          const notice = await deps.supervision.raiseForTask(tx, {
            trigger: { kind: "hazard_overdue", taskCode: SAFETY_TASK_CODE, hazardId: h.id },
            unitId: chain.districtId!,
            reason: `${h.schoolName}“${h.title}”（${HAZARD_LEVEL_LABELS[h.level]}）应于 ${h.deadline} 前整改，至今未完成。`,
            link: "/campus-safety/hazards",
          });
          await recordAudit(
            tx,
            SYSTEM,
            {
              event: "SAFETY_HAZARD_ESCALATED",
              entityId: h.id,
              after: { escalatedOn: on, noticeId: notice?.id ?? null },
            },
            now,
          );
          await notify(
            tx,
            [
              {
                orgUnitId: h.schoolId,
                role: null,
                kind: "safety_hazard_overdue",
                title: `隐患逾期未整改，已督办：${h.title}`,
                link: "/campus-safety/hazards",
              },
            ],
            now,
          );
          return true;
        });
        if (done) escalated += 1;
      }
      return { escalated };
    },
  };
}

export type HazardsService = ReturnType<typeof createHazardsService>;
