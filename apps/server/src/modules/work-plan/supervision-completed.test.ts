import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validPlanFixture } from "../../../../../packages/domain/src/work-plan/plan-file-fixture.ts";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { loadWorkPlan } from "./work-plan-loader.ts";

// Issue 12, defect 5: T01 and T02 at 100% were escalated to the leaders for a missing Q3 report.

let t: TestApp;
let taskId = "";
let targetId = "";

/** One task, led by 基础教育处 alone, whose only target is the division's reported 覆盖率. */
function planYaml(): string {
  const plan = validPlanFixture();
  plan.plan.reportingFrequency = "quarterly";
  const task = plan.tasks[0];
  if (!task) throw new Error("fixture has no task");
  task.coUnits = [];
  task.targets = task.targets.filter((x) => x.binding.kind === "manual");
  task.milestones = [];
  return stringify(plan);
}

beforeAll(async () => {
  t = await createTestApp();
  const load = await loadWorkPlan(t.database.db, planYaml(), "430100", t.clock.now());
  if (!load.ok) throw new Error(load.problems.map((p) => p.message).join("; "));
  const admin = await t.login("admin");
  taskId =
    (await admin.get(`/api/work-plan/plans/${load.planId}/tasks`)).json<{ items: { id: string }[] }>()
      .items[0]?.id ?? "";
  const detail = (await admin.get(`/api/work-plan/tasks/${taskId}`)).json<{ targets: { id: string }[] }>();
  targetId = detail.targets[0]?.id ?? "";
});
afterAll(async () => t.close());

async function at(iso: string): Promise<{ admin: TestSession; division: TestSession; leader: TestSession }> {
  t.clock.set(new Date(iso));
  return {
    admin: await t.login("admin"),
    division: await t.login("division"),
    leader: await t.login("leader"),
  };
}

async function report(division: TestSession, periodKey: string, value: number) {
  const opened = (await division.post("/api/work-plan/reports", { taskId, periodKey })).json<{
    id: string;
  }>();
  await division.patch(`/api/work-plan/reports/${opened.id}`, {
    narrative: "全市社区学习中心覆盖率已达到目标。",
    values: [{ targetId, value }],
  });
  const submitted = await division.post(`/api/work-plan/reports/${opened.id}/submit`);
  if (submitted.statusCode !== 200) throw new Error(submitted.body);
}

type Notices = { items: { kind: string; state: string; reason: string }[] };
const reportNotices = async (session: TestSession, view: string) =>
  (await session.get(`/api/work-plan/supervision/notices?view=${view}`))
    .json<Notices>()
    .items.filter((n) => n.kind === "report_overdue");

describe("督办 of a completed task", () => {
  it("closes the open report notice once the task is complete, and never escalates it", async () => {
    // Q1 report overdue on 2019-04-11: a 督办单 is raised while the task is not yet complete.
    let s = await at("2019-04-11T02:00:00Z");
    expect((await s.admin.post("/api/work-plan/supervision/sweep")).statusCode).toBe(200);
    expect(await reportNotices(s.admin, "all")).toHaveLength(1);
    // The division then reports the target reached: the task is complete at 100%.
    s = await at("2019-04-12T02:00:00Z");
    await report(s.division, "2019-Q1", 80);
    const task = (await s.admin.get(`/api/work-plan/tasks/${taskId}`)).json<{
      status: string;
      progress: number;
    }>();
    expect(task).toMatchObject({ status: "completed", progress: 1 });
    // Past the notice's deadline nothing goes up to the leaders.
    s = await at("2019-04-19T02:00:00Z");
    expect((await s.admin.post("/api/work-plan/supervision/sweep")).json()).toMatchObject({ escalated: 0 });
    expect(await reportNotices(s.leader, "leader")).toEqual([]);
    expect((await reportNotices(s.admin, "all")).map((n) => n.state)).toEqual(["not_required"]);
    // The 工作台 agrees: nothing for the leaders to instruct, while the division may still answer it.
    const countOf = async (session: TestSession, key: string) =>
      (await session.get("/api/work-queue"))
        .json<{ items: { key: string; count: number }[] }>()
        .items.find((i) => i.key === key)?.count;
    expect(await countOf(s.leader, "noticesToInstruct")).toBe(0);
    expect(await countOf(s.division, "notices")).toBe(1);
  });

  it("raises nothing for the later quarters' reports of the completed task", async () => {
    const s = await at("2019-10-11T02:00:00Z"); // Q2 and Q3 reports are both past due
    expect((await s.admin.post("/api/work-plan/supervision/sweep")).json()).toMatchObject({
      raised: 0,
      escalated: 0,
    });
    expect(await reportNotices(s.admin, "all")).toHaveLength(1);
  });
});
