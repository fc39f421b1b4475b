import { sql } from "drizzle-orm";
import type { FrameworkIndicator } from "@edubureau/domain/inspectorate";
import type { TestApp } from "../../test/test-app.ts";
import { insertUnit } from "../org-units/org-units.service.ts";

/** A small framework summing to 100: one yes/no, one graded and one computed (大班额比例) leaf. */
export const TEST_FRAMEWORK: FrameworkIndicator[] = [
  { code: "A", name: "教育保障", level: 1, parentCode: null, maxScore: 0, rule: null },
  {
    code: "A1",
    name: "落实“两个只增不减”",
    level: 2,
    parentCode: "A",
    maxScore: 30,
    rule: { kind: "yes_no" },
  },
  {
    code: "A2",
    name: "教育督导机构建设",
    level: 2,
    parentCode: "A",
    maxScore: 30,
    rule: {
      kind: "graded",
      grades: [
        { label: "优", fraction: 1 },
        { label: "良", fraction: 0.8 },
        { label: "中", fraction: 0.6 },
        { label: "差", fraction: 0 },
      ],
    },
  },
  { code: "B", name: "办学条件", level: 1, parentCode: null, maxScore: 0, rule: null },
  {
    code: "B1",
    name: "义务教育大班额比例",
    level: 2,
    parentCode: "B",
    maxScore: 40,
    rule: {
      kind: "computed",
      measure: "large_class_ratio",
      filter: { level: "义务教育", minClassSize: 56 },
      betterWhen: "lower",
      thresholds: [
        { threshold: 0, fraction: 1 },
        { threshold: 5, fraction: 0.6 },
      ],
    },
  },
];

/** Two more schools in districtA (three in all) and a second 督学 who is not on any plan. */
export async function addInspectorateWorld(t: TestApp) {
  const db = t.database.db;
  const now = t.clock.now();
  const { districtA } = t.world;
  const extra = [];
  for (const [code, name] of [
    ["2143010202", "芙蓉区第二小学"],
    ["2143010203", "芙蓉区实验中学"],
  ] as const)
    extra.push(await insertUnit(db, districtA, { code, name, kind: "institution" }, now));
  await db.execute(
    sql`insert into users (username, display_name, password_hash, role, org_unit_id)
        select 'inspector2', '钱督学', password_hash, 'inspector', org_unit_id from users where username = 'inspector'`,
  );
  return { extraSchools: extra };
}

/** The plan task whose 督办单 carry overdue 整改单 (T33 in the 2019 plan), added to the test plan. */
export async function addSupervisionTask(t: TestApp, planId: string) {
  await t.database.db.execute(
    sql`insert into plan_tasks (plan_id, focus_area_id, code, title, text, lead_unit_id, seq)
        select plan_id, focus_area_id, 'T33', '加强教育督导评估', '加强教育督导评估。', lead_unit_id, 99
        from plan_tasks where plan_id = ${planId} limit 1`,
  );
}
