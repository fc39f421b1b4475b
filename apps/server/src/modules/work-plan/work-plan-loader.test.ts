import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { addChangshaUnits, shippedPlanYaml } from "./work-plan.fixture.ts";
import { loadWorkPlan } from "./work-plan-loader.ts";

const planYaml = shippedPlanYaml();

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await addChangshaUnits(t);
});
afterAll(async () => t.close());

const count = async (table: string) =>
  (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]?.n;

describe("loading the shipped 2019 plan", () => {
  it("writes 8 focus areas, 34 tasks and every numeric commitment", async () => {
    const result = await loadWorkPlan(t.database.db, planYaml, "430100", t.clock.now());
    expect(result).toMatchObject({ ok: true, counts: { focusAreas: 8, tasks: 34, targets: 18 } });
    expect(await count("plan_tasks")).toBe(34);
    const rows = await queryRows<{ code: string; target_value: number; unit: string }>(
      t.database.db,
      sql`select code, target_value, unit from plan_targets where code in ('T08-1', 'T28-3', 'T26-1')  order by code`,
    );
    expect(rows).toEqual([
      { code: "T08-1", target_value: 20, unit: "所" },
      { code: "T26-1", target_value: 75, unit: "%" },
      { code: "T28-3", target_value: 8000, unit: "人" },
    ]);
  });

  it("is idempotent: a second load keeps ids and counts", async () => {
    const before = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from plan_targets order by code`,
    );
    const again = await loadWorkPlan(t.database.db, planYaml, "430100", t.clock.now());
    expect(again.ok).toBe(true);
    const after = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from plan_targets order by code`,
    );
    expect(after).toEqual(before);
    expect(await count("work_plans")).toBe(1);
    expect(await count("plan_milestones")).toBeGreaterThanOrEqual(34);
  });

  it("refuses a broken file as a whole and writes nothing", async () => {
    const broken = planYaml
      .replace("year: 2019", "year: 2020")
      .replace("leadUnit: DIV-JJ", "leadUnit: DIV-NOPE");
    const result = await loadWorkPlan(t.database.db, broken, "430100", t.clock.now());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => p.message.includes("DIV-NOPE"))).toBe(true);
    expect(await count("work_plans")).toBe(1);
  });
});
