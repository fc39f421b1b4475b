import { sql } from "drizzle-orm";
import { fullyOnlineShare } from "@edubureau/domain/services-hall";
import type { BindingMeasureCode } from "@edubureau/domain/work-plan";
import { queryRows, type Db } from "../../db/database.ts";
import type { PlanMeasureProvider } from "../work-plan/plan-measures.ts";
import { publishedDepths } from "./service-items.queries.ts";

const MEASURES = ["service_items_full_online_share"] as const satisfies readonly BindingMeasureCode[];

/**
 * T21-1 (审批服务事项全流程网上办比例) read live from the catalogue: the share of published items whose owner
 * sits in the unit's subtree that are at 四级 depth. Every read queries the catalogue, so a changed depth
 * shows on the next read (the plan dashboard's cache is keyed on the data version, which the catalogue's
 * trigger raises).
 */
export function createServicesPlanMeasures(db: Db): PlanMeasureProvider {
  async function pathOf(orgUnitId: string): Promise<string | null> {
    const [row] = await queryRows<{ path: string }>(
      db,
      sql`select path from org_units where id = ${orgUnitId}`,
    );
    return row?.path ?? null;
  }
  return {
    measures: MEASURES,
    async evaluate(measure, _filter, orgUnitId) {
      if (measure !== "service_items_full_online_share") return null;
      const path = await pathOf(orgUnitId);
      return path === null ? null : fullyOnlineShare(await publishedDepths(db, path));
    },
    async provenance(measure) {
      if (measure !== "service_items_full_online_share") return null;
      return {
        dataSource: "一网通办事项清单（已发布事项中网办深度为四级的比例）",
        approvedAsOf: null,
        units: null,
      };
    },
  };
}
