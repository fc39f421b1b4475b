import fs from "node:fs";
import { stringify } from "yaml";
import { validPlanFixture } from "../../../../../packages/domain/src/work-plan/plan-file-fixture.ts";
import { CHANGSHA_DISTRICTS, CHANGSHA_DIVISIONS } from "../../seed/changsha.ts";
import { CHANGSHA_2019_PLAN } from "../../seed/work-plan-seed.ts";
import type { TestApp } from "../../test/test-app.ts";
import { insertUnit } from "../org-units/org-units.service.ts";
import { loadWorkPlan } from "./work-plan-loader.ts";

/**
 * The domain's fixture plan fitted to the test world: quarterly reports, the 儿童友好 target split
 * between 芙蓉区 (districtA) and 岳麓区 (districtB), a manual 覆盖率 target the lead division reports.
 */
export function testPlanYaml(): string {
  const plan = validPlanFixture();
  plan.plan.reportingFrequency = "quarterly";
  const task = plan.tasks[0];
  if (!task) throw new Error("fixture has no task");
  task.coUnits = ["430102"];
  const [bound] = task.targets;
  if (bound) {
    bound.districtShares = [
      { unit: "430102", value: 12 },
      { unit: "430104", value: 8 },
    ];
  }
  task.text += "新扩建3所义务教育学校。";
  // A project-bound target too: 义务教育 schools newly built or expanded, counted when finished in 2019.
  task.targets.push({
    code: "T01-3",
    name: "新扩建义务教育学校",
    unit: "所",
    baseline: null,
    targetValue: 3,
    comparator: ">=",
    startDate: "2019-01-01",
    deadline: "2019-12-31",
    source: "新扩建3所义务教育学校",
    binding: {
      kind: "indicator",
      measure: "project_count",
      filter: { level: "义务教育", kinds: ["新建", "扩建"], finishedYear: 2019 },
    },
  });
  return stringify(plan);
}

export interface LoadedPlan {
  planId: string;
  taskId: string;
  boundTargetId: string;
  manualTargetId: string;
  projectTargetId: string;
  milestoneId: string;
}

export async function loadTestPlan(t: TestApp): Promise<LoadedPlan> {
  const load = await loadWorkPlan(t.database.db, testPlanYaml(), "430100", t.clock.now());
  if (!load.ok) throw new Error(load.problems.map((p) => `${p.path} ${p.message}`).join("; "));
  const admin = await t.login("admin");
  const tasks = (await admin.get(`/api/work-plan/plans/${load.planId}/tasks`)).json<{
    items: { id: string }[];
  }>();
  const taskId = tasks.items[0]?.id ?? "";
  const detail = (await admin.get(`/api/work-plan/tasks/${taskId}`)).json<{
    targets: { id: string; code: string }[];
    milestones: { id: string }[];
  }>();
  const idOf = (code: string) => detail.targets.find((x) => x.code === code)?.id ?? "";
  return {
    planId: load.planId,
    taskId,
    boundTargetId: idOf("T01-1"),
    manualTargetId: idOf("T01-2"),
    projectTargetId: idOf("T01-3"),
    milestoneId: detail.milestones[0]?.id ?? "",
  };
}

export function pdfBytes(): Buffer {
  return Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
}

/** The shipped 2019 plan's text. */
export const shippedPlanYaml = (): string => fs.readFileSync(CHANGSHA_2019_PLAN, "utf8");

/**
 * The shipped plan names every division and district of Changsha; the test world has only 基础教育处,
 * 芙蓉区 and 岳麓区, so the rest are added under its city.
 */
export async function addChangshaUnits(t: TestApp): Promise<void> {
  const have = new Set(["DIV-JJ", "430102", "430104"]);
  const now = t.clock.now();
  await t.database.db.transaction(async (tx) => {
    for (const division of CHANGSHA_DIVISIONS.filter((d) => !have.has(d.code)))
      await insertUnit(tx, t.world.city, { ...division, kind: "division" }, now);
    for (const district of CHANGSHA_DISTRICTS.filter((d) => !have.has(d.code)))
      await insertUnit(tx, t.world.city, { ...district, kind: "district" }, now);
  });
}
