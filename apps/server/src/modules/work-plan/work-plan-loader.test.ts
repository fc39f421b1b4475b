import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { parse } from "yaml";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { insertUnit } from "../org-units/org-units.service.ts";
import { loadWorkPlan } from "./work-plan-loader.ts";

const plansDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../../data/plans");
const planYaml = fs.readFileSync(path.join(plansDir, "changsha-2019.yaml"), "utf8");
const divisions = (
  parse(fs.readFileSync(path.join(plansDir, "changsha-divisions.yaml"), "utf8")) as {
    divisions: { code: string; name: string }[];
  }
).divisions;
const OTHER_DISTRICTS = [
  ["430103", "天心区"],
  ["430105", "开福区"],
  ["430111", "雨花区"],
  ["430112", "望城区"],
  ["430121", "长沙县"],
  ["430181", "浏阳市"],
  ["430182", "宁乡市"],
] as const;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const now = t.clock.now();
  await t.database.db.transaction(async (tx) => {
    for (const division of divisions.filter((d) => d.code !== "DIV-JJ")) {
      await insertUnit(tx, t.world.city, { ...division, kind: "division" }, now);
    }
    for (const [code, name] of OTHER_DISTRICTS)
      await insertUnit(tx, t.world.city, { code, name, kind: "district" }, now);
  });
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
