import { and, asc, count, desc, eq, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database.ts";
import { withinPath } from "../org-units/org-units.queries.ts";
import { orgUnits } from "../org-units/org-units.tables.ts";
import { planReports, type ReportStatus } from "./plan-progress.tables.ts";
import { planTasks } from "./work-plan.tables.ts";

/** A list page holds at most this many reports, newest first. */
export const REPORT_LIST_LIMIT = 500;

export interface ReportListFilter {
  /** Reports awaiting this unit's review as the tasks' lead unit. */
  reviewBy?: string | undefined;
  /** Reports of this unit. */
  unitId?: string | undefined;
  taskId?: string | undefined;
  status?: ReportStatus | undefined;
}

/**
 * Reports the actor may read, filtered in SQL before the limit (the `read` rule of policies/plan-report.ts):
 * the unit's own, those on tasks it leads, and those of units within its scope.
 */
function readableReportsWhere(scope: { unitId: string; scopePath: string }, filter: ReportListFilter) {
  const conditions: SQL[] = [];
  const readable = or(
    eq(planReports.orgUnitId, scope.unitId),
    eq(planTasks.leadUnitId, scope.unitId),
    withinPath(scope.scopePath),
  );
  if (readable) conditions.push(readable);
  if (filter.unitId) conditions.push(eq(planReports.orgUnitId, filter.unitId));
  if (filter.reviewBy) {
    conditions.push(eq(planReports.status, "submitted"), eq(planTasks.leadUnitId, filter.reviewBy));
  }
  if (filter.taskId) conditions.push(eq(planReports.taskId, filter.taskId));
  if (filter.status) conditions.push(eq(planReports.status, filter.status));
  return and(...conditions);
}

export async function listReadableReports(
  db: Db,
  scope: { unitId: string; scopePath: string },
  filter: ReportListFilter,
) {
  return db
    .select({
      id: planReports.id,
      taskId: planReports.taskId,
      orgUnitId: planReports.orgUnitId,
      periodKey: planReports.periodKey,
      status: planReports.status,
      submittedOn: planReports.submittedOn,
      returnReason: planReports.returnReason,
      updatedAt: planReports.updatedAt,
      unitName: orgUnits.name,
      taskCode: planTasks.code,
      taskTitle: planTasks.title,
    })
    .from(planReports)
    .innerJoin(orgUnits, eq(orgUnits.id, planReports.orgUnitId))
    .innerJoin(planTasks, eq(planTasks.id, planReports.taskId))
    .where(readableReportsWhere(scope, filter))
    .orderBy(desc(planReports.updatedAt), asc(planReports.id))
    .limit(REPORT_LIST_LIMIT);
}

/** How many reports `listReadableReports` selects with the same scope and filter, the limit aside. */
export async function countReadableReports(
  db: Db,
  scope: { unitId: string; scopePath: string },
  filter: ReportListFilter,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(planReports)
    .innerJoin(orgUnits, eq(orgUnits.id, planReports.orgUnitId))
    .innerJoin(planTasks, eq(planTasks.id, planReports.taskId))
    .where(readableReportsWhere(scope, filter));
  return row?.n ?? 0;
}
