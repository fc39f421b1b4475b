import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { planReports } from "./plan-progress.tables.ts";
import { loadTestPlan, type LoadedPlan } from "./work-plan.fixture.ts";

let t: TestApp;
let plan: LoadedPlan;

beforeAll(async () => {
  t = await createTestApp();
  plan = await loadTestPlan(t);
});
afterAll(async () => t.close());

describe("report lists filter scope before the page limit", () => {
  it("a district sees all its own reports when the city has more than 500", async () => {
    const at = t.clock.now();
    const later = new Date(at.getTime() + 60_000);
    // 501 newer reports of another district, then two of 芙蓉区's own, older.
    await t.database.db.insert(planReports).values(
      Array.from({ length: 501 }, (_, i) => ({
        taskId: plan.taskId,
        orgUnitId: t.world.districtB.id,
        periodKey: `B-${i}`,
        status: "draft" as const,
        createdAt: later,
        updatedAt: later,
      })),
    );
    const own = await t.database.db
      .insert(planReports)
      .values(
        ["A-1", "A-2"].map((periodKey) => ({
          taskId: plan.taskId,
          orgUnitId: t.world.districtA.id,
          periodKey,
          status: "draft" as const,
          createdAt: at,
          updatedAt: at,
        })),
      )
      .returning({ id: planReports.id });

    const district = await t.login("districtA");
    const listed = (await district.get("/api/work-plan/reports")).json<{ items: { id: string }[] }>();
    expect(listed.items.map((r) => r.id).sort()).toEqual(own.map((r) => r.id).sort());
  });
});
