import { sql } from "drizzle-orm";
import { isWithin } from "@edubureau/domain";
import {
  AGE_BAND_LABELS,
  AGE_BANDS,
  ageBand,
  SEVERITIES,
  SEVERITY_LABELS,
  type Severity,
} from "@edubureau/domain/campus-safety";
import { beijingDate } from "@edubureau/domain/work-plan";
import type { AppContext } from "../../app-context.ts";
import { queryRows } from "../../db/database.ts";
import type { Actor } from "../../http/actor.ts";
import { requireSafetyStaff } from "../../policies/campus-safety-scope.ts";
import type { CrisisService } from "./crisis.service.ts";
import { complianceWithin } from "./facilities.service.ts";
import { timeline, within } from "./incidents.queries.ts";
import { stepView } from "./incidents.service.ts";
import type { OpinionService } from "./opinion.service.ts";
import { districtsWithin } from "./safety-units.queries.ts";

/**
 * The leaders' command board: live counts within the actor's scope — open incidents by severity and age,
 * overdue and open hazards and the closure rate, 三防 compliance, today's drills and inspections — a row per
 * district, and the newest timeline steps. Every figure is one aggregate query over the scope (no per-school loop).
 */
export function createCommandBoardService(
  ctx: AppContext,
  deps: { crisis: CrisisService; opinion: OpinionService },
) {
  const { db } = ctx.database;

  return {
    async board(actor: Actor) {
      requireSafetyStaff(actor);
      const now = ctx.clock.now();
      const today = beijingDate(now);
      const scope = actor.scopePath;
      const open = await queryRows<{ severity: Severity; reportedAt: Date; path: string }>(
        db,
        sql`select i.severity, i.reported_at as "reportedAt", u.path from safety_incidents i join org_units u on u.id = i.school_id
            where ${within(scope)} and i.status <> 'closed'`,
      );
      const [hz] = await queryRows<{ open: number; overdue: number; closed: number; total: number }>(
        db,
        sql`select count(*) filter (where h.status <> 'closed')::int as open,
              count(*) filter (where h.status in ('reported', 'assigned') and h.deadline < ${today})::int as overdue,
              count(*) filter (where h.status = 'closed')::int as closed, count(*)::int as total
            from safety_hazards h join org_units u on u.id = h.school_id where ${within(scope)}`,
      );
      const overdueByPath = await queryRows<{ path: string; n: number }>(
        db,
        sql`select u.path, count(*)::int as n from safety_hazards h join org_units u on u.id = h.school_id
            where ${within(scope)} and h.status in ('reported', 'assigned') and h.deadline < ${today} group by u.path`,
      );
      const [todayCounts] = await queryRows<{ drills: number; inspections: number }>(
        db,
        sql`select (select count(*)::int from safety_drills r join org_units u on u.id = r.school_id where ${within(scope)} and r.held_on = ${today}) as drills,
                   (select count(*)::int from safety_inspections s join org_units u on u.id = s.school_id where ${within(scope)} and s.inspected_on = ${today}) as inspections`,
      );
      const compliance = await complianceWithin(db, scope);
      const districts = await districtsWithin(db, scope);
      const complianceOf = new Map(compliance.districts.map((d) => [d.id, d.rate]));
      return {
        at: now,
        openBySeverity: SEVERITIES.map((severity) => {
          const rows = open.filter((o) => o.severity === severity);
          const byAge: Record<string, number> = Object.fromEntries(AGE_BANDS.map((b) => [b, 0]));
          for (const r of rows) byAge[ageBand(new Date(r.reportedAt), now)]! += 1;
          return { severity, label: SEVERITY_LABELS[severity], total: rows.length, byAge };
        }),
        ageBands: AGE_BANDS.map((key) => ({ key, label: AGE_BAND_LABELS[key] })),
        overdueHazards: hz?.overdue ?? 0,
        openHazards: hz?.open ?? 0,
        hazardClosureRate: hz && hz.total > 0 ? hz.closed / hz.total : null,
        compliance: compliance.total,
        today: { drills: todayCounts?.drills ?? 0, inspections: todayCounts?.inspections ?? 0 },
        openCrisisCases: await deps.crisis.openCount(scope),
        openOpinionEvents: await deps.opinion.openCount(scope),
        districts: districts.map((d) => {
          const mine = open.filter((o) => isWithin(o.path, d.path));
          return {
            id: d.id,
            name: d.name,
            openIncidents: mine.length,
            seriousOpen: mine.filter((o) => o.severity === "I" || o.severity === "II").length,
            overdueHazards: overdueByPath
              .filter((h) => isWithin(h.path, d.path))
              .reduce((a, h) => a + h.n, 0),
            complianceRate: complianceOf.get(d.id) ?? null,
          };
        }),
        timeline: (await timeline(db, { scopePath: scope, limit: 30 })).map(stepView),
      };
    },
  };
}

export type CommandBoardService = ReturnType<typeof createCommandBoardService>;
