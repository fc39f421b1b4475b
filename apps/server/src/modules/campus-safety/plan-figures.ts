import { sql } from "drizzle-orm";
import { beijingDate } from "@edubureau/domain/work-plan";
import type { DataContext } from "../../app-context.ts";
import { queryRows } from "../../db/database.ts";
import type { TaskFigureProvider } from "../work-plan/task-figures.ts";
import { complianceWithin } from "./facilities.service.ts";
import { SAFETY_TASK_CODE } from "./hazards.service.ts";
import { within } from "./incidents.queries.ts";

const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * The plan's safety task (T34 保障校园安全稳定, milestone “完成学校三防设施升级”) shows, live and in the reader's
 * scope: 三防 compliance, the upgrade programme's completion, hazard closure and overdue hazards.
 */
export function safetyPlanFigures(ctx: DataContext): TaskFigureProvider {
  const db = ctx.database.db;
  return {
    taskCodes: [SAFETY_TASK_CODE],
    async figures(_taskCode, scopePath) {
      const compliance = await complianceWithin(db, scopePath);
      const [h] = await queryRows<{ total: number; closed: number; overdue: number }>(
        db,
        sql`select count(*)::int as total, count(*) filter (where h.status = 'closed')::int as closed,
              count(*) filter (where h.status in ('reported', 'assigned') and h.deadline < ${beijingDate(ctx.clock.now())})::int as overdue
            from safety_hazards h join org_units u on u.id = h.school_id where ${within(scopePath)}`,
      );
      const [g] = await queryRows<{ total: number; done: number }>(
        db,
        sql`select count(*)::int as total, count(g.completed_on)::int as done
            from safety_upgrade_items g join org_units u on u.id = g.school_id where ${within(scopePath)}`,
      );
      const c = compliance.total;
      return [
        {
          label: "学校“三防”达标率",
          value: c.rate === null ? null : Math.round(c.rate * 1000) / 10,
          unit: "%",
          note: `${c.compliant}/${c.schools} 所学校人防、物防、技防全部达标（${c.noRegister} 所未填报台账）`,
          link: "/campus-safety/compliance",
        },
        {
          label: "三防升级项目完成率",
          value: pct(g?.done ?? 0, g?.total ?? 0),
          unit: "%",
          note: `升级项目 ${g?.done ?? 0}/${g?.total ?? 0} 项已完成`,
          link: "/campus-safety/compliance",
        },
        {
          label: "隐患整改销号率",
          value: pct(h?.closed ?? 0, h?.total ?? 0),
          unit: "%",
          note: `隐患 ${h?.closed ?? 0}/${h?.total ?? 0} 项已销号，逾期未整改 ${h?.overdue ?? 0} 项`,
          link: "/campus-safety/hazards",
        },
      ];
    },
  };
}
