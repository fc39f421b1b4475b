import { eq, sql } from "drizzle-orm";
import type { AppContext } from "../../app-context.ts";
import { queryRows } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { problems } from "../../http/problem.ts";
import { requireSafetyStaff } from "../../policies/campus-safety-scope.ts";
import { safetyOpinionPolicy } from "../../policies/safety-opinion.ts";
import { recordAudit, whoOf } from "../audit/audit.service.ts";
import { safetyOpinionEvents } from "./campus-safety.tables.ts";
import { findIncident, within } from "./incidents.queries.ts";
import { unitChain } from "./safety-units.queries.ts";

const LEVEL_LABELS = { high: "重大舆情", medium: "较大舆情", low: "一般舆情" } as const;
type Level = keyof typeof LEVEL_LABELS;

interface OpinionRow {
  id: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  incidentId: string | null;
  incidentTitle: string | null;
  source: string;
  level: Level;
  summary: string;
  response: string;
  status: "open" | "closed";
  reportedAt: Date;
  closedAt: Date | null;
}

/** 舆情 events: logged by the district (or a city division) on a unit in scope, optionally linked to an incident. */
export function createOpinionService(ctx: AppContext) {
  const { db } = ctx.database;

  async function rows(scopePath: string, id?: string) {
    const list = await queryRows<OpinionRow>(
      db,
      sql`select o.id, o.org_unit_id as "unitId", u.name as "unitName", u.path as "unitPath", o.incident_id as "incidentId",
            i.title as "incidentTitle", o.source, o.level, o.summary, o.response, o.status, o.reported_at as "reportedAt", o.closed_at as "closedAt"
          from safety_opinion_events o join org_units u on u.id = o.org_unit_id left join safety_incidents i on i.id = o.incident_id
          where ${within(scopePath)} ${id ? sql`and o.id = ${id}` : sql``} order by o.status desc, o.reported_at desc limit 500`,
    );
    return list.map((r) => ({
      ...r,
      reportedAt: new Date(r.reportedAt),
      closedAt: r.closedAt && new Date(r.closedAt),
    }));
  }

  const view = (actor: Actor, r: OpinionRow) => ({
    id: r.id,
    unit: { id: r.unitId, name: r.unitName },
    incident: r.incidentId ? { id: r.incidentId, title: r.incidentTitle ?? "" } : null,
    source: r.source,
    level: r.level,
    levelLabel: LEVEL_LABELS[r.level],
    summary: r.summary,
    response: r.response,
    status: r.status,
    reportedAt: r.reportedAt,
    closedAt: r.closedAt,
    canHandle: safetyOpinionPolicy.allow(actor, "handle", { schoolId: r.unitId, schoolPath: r.unitPath }),
  });

  return {
    async list(actor: Actor) {
      requireSafetyStaff(actor);
      return { items: (await rows(actor.scopePath)).map((r) => view(actor, r)) };
    },

    async create(
      actor: Actor,
      input: {
        orgUnitId: string;
        incidentId?: string | undefined;
        source: string;
        level: Level;
        summary: string;
      },
    ) {
      const unit = await unitChain(db, input.orgUnitId);
      if (!unit) throw problems.field("orgUnitId", "所选单位不存在");
      safetyOpinionPolicy.authorize(actor, "handle", { schoolId: unit.id, schoolPath: unit.path });
      if (input.incidentId) {
        const incident = await findIncident(db, input.incidentId);
        if (!incident || !incident.schoolPath.startsWith(actor.scopePath))
          throw problems.field("incidentId", "关联的安全事件不存在或不在本单位管辖范围内");
      }
      const now = ctx.clock.now();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(safetyOpinionEvents)
          .values({
            ...input,
            incidentId: input.incidentId ?? null,
            reportedAt: now,
            createdBy: actor.userId,
          })
          .returning({ id: safetyOpinionEvents.id });
        await recordAudit(
          tx,
          whoOf(actor),
          { event: "SAFETY_OPINION_EVENT_CREATED", entityId: row!.id, after: input },
          now,
        );
        return { id: row!.id };
      });
    },

    async respond(actor: Actor, id: string, input: { response: string; close: boolean }) {
      const [r] = await rows(actor.scopePath, id);
      if (!r) throw problems.notFound("舆情事件");
      safetyOpinionPolicy.authorize(actor, "handle", { schoolId: r.unitId, schoolPath: r.unitPath });
      if (r.status === "closed") throw problems.conflict("该舆情事件已办结。");
      const now = ctx.clock.now();
      await db.transaction(async (tx) => {
        await tx
          .update(safetyOpinionEvents)
          .set({
            response: input.response,
            status: input.close ? "closed" : "open",
            closedAt: input.close ? now : null,
          })
          .where(eq(safetyOpinionEvents.id, id));
        await recordAudit(
          tx,
          whoOf(actor),
          {
            event: "SAFETY_OPINION_EVENT_UPDATED",
            entityId: id,
            before: { response: r.response, status: r.status },
            after: input,
          },
          now,
        );
      });
      return view(actor, (await rows(actor.scopePath, id))[0]!);
    },

    async openCount(scopePath: string) {
      const [row] = await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from safety_opinion_events o join org_units u on u.id = o.org_unit_id where ${within(scopePath)} and o.status = 'open'`,
      );
      return row?.n ?? 0;
    },
  };
}

export type OpinionService = ReturnType<typeof createOpinionService>;
