import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { loadTestPlan, type LoadedPlan } from "./work-plan.fixture.ts";

let t: TestApp;
let plan: LoadedPlan;
let leader: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  plan = await loadTestPlan(t);
  leader = await t.login("leader");
});
afterAll(async () => t.close());

interface Target {
  current: number | null;
  status: string;
  shares: { unit: { code: string }; current: number | null; targetValue: number }[];
}

describe("targets bound to the registry", () => {
  it("moves the 儿童友好 target, and 芙蓉区's share of it, as soon as a designation is awarded", async () => {
    const before = (await leader.get(`/api/work-plan/targets/${plan.boundTargetId}`)).json<Target>();
    expect(before.current).toBe(0);
    const division = await t.login("division");
    const award = await division.post("/api/designations", {
      institutionId: t.world.schoolA.id,
      typeCode: "child_friendly_pilot_school",
      year: 2019,
      documentNo: "长教通〔2019〕12号",
      documentDate: "2019-02-20",
    });
    expect(award.statusCode, award.body).toBe(201);
    const after = (await leader.get(`/api/work-plan/targets/${plan.boundTargetId}`)).json<Target>();
    expect(after.current).toBe(1);
    expect(after.shares.find((s) => s.unit.code === "430102")).toMatchObject({ current: 1, targetValue: 12 });
    expect(after.shares.find((s) => s.unit.code === "430104")).toMatchObject({ current: 0, targetValue: 8 });
  });

  it("ignores designations of other years and revoked ones", async () => {
    const division = await t.login("division");
    await division.post("/api/designations", {
      institutionId: t.world.schoolB.id,
      typeCode: "child_friendly_pilot_school",
      year: 2018,
      documentNo: "长教通〔2018〕3号",
      documentDate: "2018-05-01",
    });
    const target = (await leader.get(`/api/work-plan/targets/${plan.boundTargetId}`)).json<Target>();
    expect(target.current).toBe(1);
  });

  it("counts a 义务教育 project once it is finished in 2019, not while it is being built", async () => {
    const district = await t.login("districtA");
    const created = await district.post("/api/projects", {
      name: "芙蓉区示范小学扩建工程",
      institutionId: t.world.schoolA.id,
      kind: "expand",
      level: "compulsory",
      placesAdded: 540,
      plannedStart: "2019-01-05",
      plannedFinish: "2019-02-25",
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    const current = async () =>
      (await leader.get(`/api/work-plan/targets/${plan.projectTargetId}`)).json<Target>().current;
    expect(await current()).toBe(0);
    await district.post(`/api/projects/${id}/transition`, {
      status: "under_construction",
      actualStart: "2019-01-05",
    });
    expect(await current()).toBe(0);
    const finished = await district.post(`/api/projects/${id}/transition`, {
      status: "completed",
      actualFinish: "2019-02-25",
    });
    expect(finished.statusCode, finished.body).toBe(200);
    expect(await current()).toBe(1);
  });
});

describe("dashboard and public page", () => {
  it("rolls targets and milestones up to the task, the focus area and the plan", async () => {
    const response = await leader.get(`/api/work-plan/plans/${plan.planId}/dashboard`);
    expect(response.statusCode).toBe(200);
    const dashboard = response.json<{
      focusAreas: { code: string; status: string; taskCount: number }[];
      worstTargets: { code: string }[];
      summary: { counts: Record<string, number> };
      trend: { months: string[] };
    }>();
    expect(dashboard.focusAreas).toHaveLength(1);
    expect(dashboard.focusAreas[0]).toMatchObject({ code: "FA1", taskCount: 1 });
    expect(dashboard.worstTargets.length).toBeGreaterThan(0);
    expect(dashboard.trend.months.at(-1)).toBe("2019-03-01");
  });

  it("serves the public page without sign-in and without internal notes", async () => {
    const district = await t.login("districtA");
    const opened = (
      await district.post("/api/work-plan/reports", { taskId: plan.taskId, periodKey: "2019-Q1" })
    ).json<{ id: string }>();
    await district.patch(`/api/work-plan/reports/${opened.id}`, {
      narrative: "内部说明：某校长电话13800000000",
    });
    const response = await t.app.inject({ method: "GET", url: "/api/public/work-plan/2019" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("推进儿童友好型学校建设");
    expect(response.body).not.toContain("13800000000");
    expect(response.body).not.toContain("narrative");
    expect(response.body).not.toContain("notice");
    expect((await t.app.inject({ method: "GET", url: "/api/public/work-plan/2030" })).statusCode).toBe(404);
  });

  it("lists my tasks for a district and refuses the plan to accounts without plan.read", async () => {
    const district = await t.login("districtA");
    const mine = (await district.get(`/api/work-plan/plans/${plan.planId}/my-tasks`)).json<{
      items: { code: string; role: string; reports: { periodKey: string }[] }[];
    }>();
    expect(mine.items).toMatchObject([{ code: "T01", role: "co" }]);
    expect(mine.items[0]?.reports.map((r) => r.periodKey)).toEqual(["2019-Q1"]);
    const teacher = await t.login("teacherA");
    expect((await teacher.get(`/api/work-plan/plans/${plan.planId}/dashboard`)).statusCode).toBe(403);
  });
});

describe("the plan calendar", () => {
  it("gives every signed-in account the plan's year, so year pickers open on the plan's data", async () => {
    const school = await t.login("schoolA");
    const response = await school.get("/api/work-plan/calendar");
    expect(response.statusCode, response.body).toBe(200);
    const calendar = response.json<{ year: number; today: string; schoolYear: string }>();
    expect(calendar.year).toBe(2019);
    expect(calendar.schoolYear).toMatch(/^20\d\d-20\d\d$/);
  });
});
