import { parse, stringify } from "yaml";
import type { BindingMeasureCode } from "@edubureau/domain/work-plan";
import type { TestApp, TestSession } from "../../test/test-app.ts";
import { testPlanYaml } from "./work-plan.fixture.ts";
import { loadWorkPlan } from "./work-plan-loader.ts";

/** The test plan with a T21-1-like target: 全流程网上办比例 from the units' reported online-service figures. */
export const loadPlanWithReportedTarget = (t: TestApp) => loadPlanWithOnlineTarget(t, "online_service_ratio");

/**
 * The test plan with target T01-4, 审批服务事项全流程网上办比例 (the Changsha plan's T21-1), bound to
 * `measure`: the units' reported figures or the services catalogue's 全程网办 share.
 */
export async function loadPlanWithOnlineTarget(
  t: TestApp,
  measure: BindingMeasureCode,
): Promise<{ planId: string; targetId: string }> {
  const plan = parse(testPlanYaml()) as { tasks: { text: string; targets: unknown[] }[] };
  const task = plan.tasks[0];
  if (!task) throw new Error("fixture has no task");
  task.text += "推进80%以上审批服务事项全流程网上办。";
  task.targets.push({
    code: "T01-4",
    name: "审批服务事项全流程网上办比例",
    unit: "%",
    baseline: null,
    targetValue: 80,
    comparator: ">=",
    startDate: "2019-01-01",
    deadline: "2019-12-31",
    source: "推进80%以上审批服务事项全流程网上办",
    binding: { kind: "indicator", measure, filter: {} },
  });
  const load = await loadWorkPlan(t.database.db, stringify(plan), "430100", t.clock.now());
  if (!load.ok) throw new Error(load.problems.map((p) => `${p.path} ${p.message}`).join("; "));
  const admin = await t.login("admin");
  const tasks = (await admin.get(`/api/work-plan/plans/${load.planId}/tasks`)).json<{
    items: { id: string }[];
  }>();
  const detail = (await admin.get(`/api/work-plan/tasks/${tasks.items[0]?.id ?? ""}`)).json<{
    targets: { id: string; code: string }[];
  }>();
  return { planId: load.planId, targetId: detail.targets.find((x) => x.code === "T01-4")?.id ?? "" };
}

export const ONLINE_PERIOD = "2019";

/** Saves a unit's 2019 online-service figures (a draft until submitted). */
export const saveOnline = (
  session: TestSession,
  orgUnitId: string,
  total: number | null,
  online: number | null,
) =>
  session.request("PUT", "/api/data/values", {
    orgUnitId,
    period: ONLINE_PERIOD,
    values: { online_service_items_total: total, online_service_items_online: online },
  });

export const actOnline = (session: TestSession, action: string, orgUnitId: string, reason?: string) =>
  session.post(`/api/data/approvals/${action}`, {
    orgUnitId,
    period: ONLINE_PERIOD,
    ...(reason ? { reason } : {}),
  });
