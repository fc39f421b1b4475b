import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parsePlanYaml, planFileSchema, validatePlanFile, type PlanFile } from "@edubureau/domain/work-plan";
import {
  FIXTURE_UNITS,
  validPlanFixture,
} from "../../../../../packages/domain/src/work-plan/plan-file-fixture.ts";
import { planTemplateWorkbook } from "./plan-template.xlsx.ts";
import { planFromSheets } from "./plan-workbook-import.ts";
import { locateProblem, readPlanWorkbook, type SheetProblem } from "./plan-workbook-read.ts";

// ExcelJS declares an older Buffer type than Node 20's.
const asBytes = (bytes: Buffer) => bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0];

const shippedYaml = fs.readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../../plans/changsha-2019.yaml"),
  "utf8",
);

function shippedPlan(): PlanFile {
  const parsed = parsePlanYaml(shippedYaml);
  if (!parsed.ok) throw new Error("shipped plan does not parse");
  return planFileSchema.parse(parsed.value);
}

function unitsOf(plan: PlanFile): Set<string> {
  return new Set([
    plan.plan.city.code,
    ...plan.tasks.flatMap((t) => [
      t.leadUnit,
      ...t.coUnits,
      ...t.targets.flatMap((g) => (g.districtShares ?? []).map((s) => s.unit)),
    ]),
  ]);
}

/** Plan → template workbook → import: the validated plan, or every problem placed on its cell. */
async function roundTrip(plan: PlanFile, units: ReadonlySet<string>) {
  const buffer = await planTemplateWorkbook({ plan, units: [] });
  const read = await readPlanWorkbook(buffer);
  if (!read.ok) throw new Error(read.message);
  const converted = planFromSheets(read.sheets);
  const validation = validatePlanFile(converted.raw, units);
  const problems: SheetProblem[] = [
    ...converted.problems,
    ...(validation.ok ? [] : validation.problems.map((p) => locateProblem(converted.locations, p))),
  ];
  return { plan: validation.ok ? validation.plan : undefined, problems };
}

describe("the Excel plan template", () => {
  it("carries the shipped 2019 plan through a workbook unchanged", async () => {
    const plan = shippedPlan();
    const result = await roundTrip(plan, unitsOf(plan));
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual(plan);
    expect(result.plan?.tasks).toHaveLength(34);
  });

  it("places a missing field, duplicate task code, early deadline and unknown unit on their cells", async () => {
    const plan = validPlanFixture();
    const task = plan.tasks[0];
    const [first, second] = task?.targets ?? [];
    if (!task || !first || !second) throw new Error("fixture changed");
    plan.plan.issuer = "";
    second.deadline = "2018-12-31";
    first.districtShares = [
      { unit: "430102", value: 12 },
      { unit: "439999", value: 8 },
    ];
    plan.tasks.push({
      ...task,
      targets: [],
      milestones: [{ code: "T01-M9", name: "重复", dueDate: "2019-05-01" }],
    });
    const { plan: valid, problems } = await roundTrip(plan, FIXTURE_UNITS);
    expect(valid).toBeUndefined();
    expect(problems).toEqual(
      expect.arrayContaining([
        { sheet: "计划", row: 6, column: "内容（发布单位）", message: "缺少必填字段" },
        { sheet: "任务", row: 3, column: "编号", message: "任务编号重复：T01" },
        {
          sheet: "目标",
          row: 3,
          column: "截止日期",
          message: "截止日期 2018-12-31 早于开始日期 2019-01-01",
        },
        { sheet: "区县分解", row: 3, column: "区县代码", message: "未知的单位编码：439999" },
      ]),
    );
  });

  it("names a missing column, an orphan row and malformed JSON", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asBytes(await planTemplateWorkbook({ plan: validPlanFixture(), units: [] })));
    const targets = workbook.getWorksheet("目标");
    const milestones = workbook.getWorksheet("节点");
    const areas = workbook.getWorksheet("重点领域");
    if (!targets || !milestones || !areas) throw new Error("template sheets missing");
    targets.getCell("L2").value = "{year: 2019";
    milestones.getCell("B2").value = "T99";
    areas.getCell("D1").value = "备注";
    const read = await readPlanWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    if (!read.ok) throw new Error(read.message);
    const { problems } = planFromSheets(read.sheets);
    expect(problems).toEqual(
      expect.arrayContaining([
        { sheet: "重点领域", row: 1, column: "概述", message: "缺少列“概述”" },
        { sheet: "节点", row: 2, column: "任务编号", message: "任务表中没有编号为 T99 的任务" },
        expect.objectContaining({ sheet: "目标", row: 2, column: "筛选条件" }),
      ]),
    );
  });

  it("refuses a file that is not a workbook", async () => {
    const read = await readPlanWorkbook(Buffer.from("plan: {}\n"));
    expect(read).toMatchObject({ ok: false });
  });
});
