import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { loadTestPlan, type LoadedPlan } from "./work-plan.fixture.ts";

interface Counts {
  owed: number;
  submitted: number;
  awaitingReview: number;
  accepted: number;
  returned: number;
  notSubmitted: number;
}
interface Progress extends Counts {
  period: { key: string; label: string };
  unitId: string | null;
  previous: null | (Counts & { period: { key: string } });
}

let t: TestApp;
let plan: LoadedPlan;
let shareOnly: TestSession;
let division: TestSession;
let leader: TestSession;

async function progressOf(session: TestSession): Promise<Progress> {
  const response = await session.get(`/api/work-plan/plans/${plan.planId}/report-progress`);
  expect(response.statusCode).toBe(200);
  const { progress } = response.json<{ progress: Progress | null }>();
  if (!progress) throw new Error("no reporting period");
  return progress;
}

beforeAll(async () => {
  t = await createTestApp();
  plan = await loadTestPlan(t);
  // 岳麓区 holds a share of the 儿童友好 target without being a lead or co-operating unit.
  shareOnly = await t.login("districtB");
  division = await t.login("division");
  leader = await t.login("leader");
});
afterAll(async () => t.close());

describe("本期进展报告", () => {
  it("counts a district that only holds a target share, and follows a report through return and resubmission", async () => {
    const before = await progressOf(shareOnly);
    expect(before).toMatchObject({
      period: { key: "2019-Q1" },
      unitId: t.world.districtB.id,
      owed: 1,
      submitted: 0,
      notSubmitted: 1,
      previous: null,
    });
    const city = await progressOf(leader);
    expect(city.unitId).toBeNull();
    expect(city.owed).toBeGreaterThanOrEqual(3);

    const report = (
      await shareOnly.post("/api/work-plan/reports", { taskId: plan.taskId, periodKey: "2019-Q1" })
    ).json<{ id: string }>();
    await shareOnly.patch(`/api/work-plan/reports/${report.id}`, { narrative: "岳麓区已完成试点学校申报。" });
    expect((await shareOnly.post(`/api/work-plan/reports/${report.id}/submit`)).statusCode).toBe(200);
    expect(await progressOf(shareOnly)).toMatchObject({ submitted: 1, awaitingReview: 1, notSubmitted: 0 });
    expect((await progressOf(leader)).submitted).toBe(city.submitted + 1);

    await division.post(`/api/work-plan/reports/${report.id}/return`, { reason: "请补充名单" });
    expect(await progressOf(shareOnly)).toMatchObject({ submitted: 0, returned: 1, notSubmitted: 1 });

    await shareOnly.post(`/api/work-plan/reports/${report.id}/submit`);
    await division.post(`/api/work-plan/reports/${report.id}/accept`);
    expect(await progressOf(shareOnly)).toMatchObject({ submitted: 1, accepted: 1, returned: 0 });
  });

  it("gives leaders the city-wide figure on the dashboard too", async () => {
    const dashboard = (await leader.get(`/api/work-plan/plans/${plan.planId}/dashboard`)).json<{
      reportProgress: Progress;
    }>();
    expect(dashboard.reportProgress).toEqual(await progressOf(leader));
  });
});
