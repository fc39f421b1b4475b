import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { loadWorkPlan } from "./work-plan-loader.ts";
import { loadTestPlan, testPlanYaml, type LoadedPlan } from "./work-plan.fixture.ts";

interface PlanYaml {
  tasks: { code: string; targets: { code: string }[]; milestones: { code: string }[] }[];
}

let t: TestApp;
let plan: LoadedPlan;

beforeAll(async () => {
  t = await createTestApp();
  plan = await loadTestPlan(t);
  // The lead division reports a figure for the manual target T01-2 and completes milestone T01-M1.
  const division = await t.login("division");
  const report = (
    await division.post("/api/work-plan/reports", { taskId: plan.taskId, periodKey: "2019-Q1" })
  ).json<{ id: string }>();
  const patched = await division.patch(`/api/work-plan/reports/${report.id}`, {
    narrative: "覆盖率已达 60%。",
    values: [{ targetId: plan.manualTargetId, value: 60 }],
    milestones: [{ milestoneId: plan.milestoneId, completedOn: "2019-02-20" }],
  });
  expect(patched.statusCode).toBe(200);
});
afterAll(async () => t.close());

function edited(change: (file: PlanYaml) => void): string {
  const file = parse(testPlanYaml()) as PlanYaml;
  change(file);
  return stringify(file);
}

const reportCount = async () =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from plan_reports`))[0]?.n;

describe("reloading a plan that units have reported on", () => {
  it("refuses to drop a reported target or milestone, naming each, and changes nothing", async () => {
    const yaml = edited((file) => {
      const task = file.tasks[0];
      if (!task) throw new Error("no task");
      task.targets = task.targets.filter((x) => x.code !== "T01-2");
      task.milestones = [];
    });
    const result = await loadWorkPlan(t.database.db, yaml, "430100", t.clock.now());
    if (result.ok) throw new Error("the load should have been refused");
    expect(result.problems).toEqual(
      expect.arrayContaining([
        {
          path: "tasks.T01.targets",
          message: "任务 T01 的目标 T01-2 已有 1 份进展报告填报，新文件不能删除该目标",
        },
        {
          path: "tasks.T01.milestones",
          message: "任务 T01 的节点 T01-M1 已有 1 份进展报告填报，新文件不能删除该节点",
        },
      ]),
    );
    const targets = await queryRows<{ code: string }>(
      t.database.db,
      sql`select code from plan_targets where task_id = ${plan.taskId} order by code`,
    );
    expect(targets.map((x) => x.code)).toContain("T01-2");
    expect(await reportCount()).toBe(1);
  });

  it("refuses to drop a task with reports", async () => {
    // The new file renumbers the one task: T01 would go, T02 would come.
    const yaml = edited((file) => {
      file.tasks = file.tasks.map((task) => ({
        ...task,
        code: "T02",
        targets: task.targets.map((x) => ({ ...x, code: x.code.replace("T01", "T02") })),
        milestones: task.milestones.map((m) => ({ ...m, code: m.code.replace("T01", "T02") })),
      }));
    });
    const result = await loadWorkPlan(t.database.db, yaml, "430100", t.clock.now());
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: "tasks", message: "任务 T01 已有 1 份进展报告，新文件不能删除该任务" }],
    });
    expect(await reportCount()).toBe(1);
  });

  it("still loads the same file again", async () => {
    const result = await loadWorkPlan(t.database.db, testPlanYaml(), "430100", t.clock.now());
    expect(result.ok).toBe(true);
  });
});
