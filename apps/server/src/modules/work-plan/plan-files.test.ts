import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import type { PlanFile } from "@edubureau/domain/work-plan";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { multipart } from "../institutions/import-fixtures.ts";
import { planTemplateWorkbook } from "./plan-template.xlsx.ts";
import { addChangshaUnits, shippedPlanYaml, testPlanYaml } from "./work-plan.fixture.ts";
import { loadWorkPlan } from "./work-plan-loader.ts";

// ExcelJS declares an older Buffer type than Node 20's.
const asBytes = (bytes: Buffer) => bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0];

let t: TestApp;
let planId: string;
let admin: TestSession;
let district: TestSession;

beforeAll(async () => {
  t = await createTestApp();
  const now = t.clock.now();
  // The shipped plan names every division and district of the city.
  await addChangshaUnits(t);
  const load = await loadWorkPlan(t.database.db, shippedPlanYaml(), "430100", now);
  if (!load.ok) throw new Error("shipped plan did not load");
  planId = load.planId;
  admin = await t.login("admin");
  district = await t.login("districtA");
});
afterAll(async () => t.close());

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function upload(session: TestSession, file: Buffer, fileName: string) {
  const body = multipart(file, fileName, fileName.endsWith(".xlsx") ? XLSX : "application/yaml");
  return session.requestRaw("POST", "/api/work-plan/plans/import", body.payload, body.headers);
}

const planCount = async () =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from work_plans`))[0]?.n;

/** One entry of a ZIP package by its local header (APPNOTE.TXT §4.3.7); enough for a .docx. */
function zipEntry(zip: Buffer, name: string): string | undefined {
  let offset = 0;
  while (offset + 30 <= zip.length && zip.readUInt32LE(offset) === 0x04034b50) {
    const method = zip.readUInt16LE(offset + 8);
    const compressed = zip.readUInt32LE(offset + 18);
    const nameLength = zip.readUInt16LE(offset + 26);
    const extraLength = zip.readUInt16LE(offset + 28);
    const entryName = zip.toString("utf8", offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + extraLength;
    if (entryName === name) {
      const data = zip.subarray(start, start + compressed);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    offset = start + compressed;
  }
  return undefined;
}

/** The fixture plan for another year, as the Excel template filled in. */
async function plan2020(change: (plan: PlanFile) => void = () => undefined): Promise<Buffer> {
  const plan = parse(testPlanYaml()) as PlanFile;
  plan.plan.year = 2020;
  plan.plan.title = "测试计划2020";
  change(plan);
  return planTemplateWorkbook({ plan, units: [] });
}

describe("plan exports", () => {
  it("lists every target of the shipped plan in the Excel export, for a district too", async () => {
    const response = await district.get(`/api/work-plan/plans/${planId}/export.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain(XLSX);
    expect(response.headers["content-disposition"]).toContain(encodeURIComponent("2019年工作计划目标清单"));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asBytes(response.rawPayload));
    const targets = workbook.getWorksheet("目标");
    expect(targets?.actualRowCount).toBe(1 + 18);
    expect(targets?.getRow(1).getCell(13).value).toBe("状态");
    expect(targets?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const codes = targets?.getColumn(5).values.slice(2);
    expect(codes).toContain("T08-1");
    expect(workbook.getWorksheet("区县分解")?.actualRowCount).toBeGreaterThan(1);
    expect(workbook.getWorksheet("节点")?.actualRowCount).toBeGreaterThan(34);
  });

  it("makes the 执行情况报告 as a durable job: progress, then the same document from the job", async () => {
    const started = await district.post(`/api/work-plan/plans/${planId}/report-jobs`, {
      docNumber: "长教通〔2019〕12号",
    });
    expect(started.statusCode, started.body).toBe(202);
    const { jobId } = started.json<{ jobId: string }>();
    let job = { state: "running", progress: 0, fileName: "" };
    for (let i = 0; i < 200 && job.state === "running"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = (await district.get(`/api/work-plan/report-jobs/${jobId}`)).json();
    }
    expect(job).toMatchObject({ state: "done", progress: 100, fileName: "2019年工作计划执行情况报告.docx" });
    const file = await district.get(`/api/work-plan/report-jobs/${jobId}/file`);
    expect(file.statusCode).toBe(200);
    const text = (zipEntry(file.rawPayload, "word/document.xml") ?? "").replace(/<[^>]+>/g, "");
    expect(text).toContain("长教通〔2019〕12号");
    // Someone else's job is not there for them.
    const other = await t.login("leader");
    expect((await other.get(`/api/work-plan/report-jobs/${jobId}`)).statusCode).toBe(404);
  });

  it("writes the report as a 公文 (GB/T 9704-2012): page, margins, fonts, 文号, 主送, 落款, page numbers", async () => {
    const query = "?docNumber=" + encodeURIComponent("长教通〔2019〕12号");
    const response = await district.get(`/api/work-plan/plans/${planId}/report.docx${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("wordprocessingml");
    const xml = zipEntry(response.rawPayload, "word/document.xml") ?? "";
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("长沙市教育局文件");
    expect(text).toContain("长教通〔2019〕12号");
    expect(text).toContain("长沙市教育局关于2019年工作计划执行情况的报告");
    expect(text).toContain("各区县（市）教育局，局机关各处室、直属各单位：");
    for (const heading of ["一、总体情况", "二、各领域推进情况", "三、存在问题", "四、下一步工作"]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain("（八）聚焦条件保障,全面优化教育发展环境");
    expect(text).toContain("合计");
    // Numbers as a 公文 writes them: no ≥ sign, no thousands separator, no space before %.
    expect(text).not.toMatch(/[≥≤]|\d,\d{3}|\d %/);
    // 成文日期 in Arabic numerals (GB/T 9704-2012 §7.3.5.1), the day the figures stand at.
    expect(text).toMatch(/长沙市教育局20\d\d年\d{1,2}月\d{1,2}日/);
    // A4 and the 版心 156 × 225 mm at 37 mm from the top and 28 mm from the binding edge, in twips.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="2098"/);
    expect(xml).toMatch(/w:bottom="1984"/);
    expect(xml).toMatch(/w:left="1587"/);
    expect(xml).toMatch(/w:right="1474"/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    // 3号 body (16 pt = 32 half-points) on an exact 28.95 pt pitch: 22 lines to the page.
    expect(xml).toContain('w:sz w:val="32"');
    expect(xml).toMatch(/w:line="580" w:lineRule="exact"/);
    // Page numbers "— 1 —": a PAGE field in the odd (right) and even (left) footers.
    const footers = ["word/footer1.xml", "word/footer2.xml"].map(
      (name) => zipEntry(response.rawPayload, name) ?? "",
    );
    for (const footer of footers) {
      expect(footer).toMatch(/PAGE/);
      expect(footer.replace(/<[^>]+>/g, "")).toMatch(/— .*—/);
    }
    expect(footers.map((f) => /w:jc w:val="(right|left)"/.exec(f)?.[1]).sort()).toEqual(["left", "right"]);
    expect(zipEntry(response.rawPayload, "word/settings.xml")).toContain("w:evenAndOddHeaders");
  });

  it("answers 404 for an unknown plan", async () => {
    const response = await admin.get("/api/work-plan/plans/00000000-0000-4000-8000-000000000000/export.xlsx");
    expect(response.statusCode).toBe(404);
  });
});

describe("plan import", () => {
  it("offers the template, with the shipped plan as a filled example", async () => {
    const empty = await admin.get("/api/work-plan/plans/template.xlsx");
    expect(empty.statusCode).toBe(200);
    const example = await admin.get("/api/work-plan/plans/template.xlsx?example=1");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asBytes(example.rawPayload));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      "计划",
      "重点领域",
      "任务",
      "目标",
      "节点",
      "区县分解",
      "说明",
      "单位编码",
    ]);
    expect(workbook.getWorksheet("任务")?.actualRowCount).toBe(35);
  });

  it("loads a good workbook for another year and audits it", async () => {
    const fixture = parse(testPlanYaml()) as PlanFile;
    const targetCount = fixture.tasks.flatMap((task) => task.targets).length;
    const response = await upload(admin, await plan2020(), "2020年计划.xlsx");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      year: 2020,
      title: "测试计划2020",
      counts: {
        focusAreas: fixture.focusAreas.length,
        tasks: fixture.tasks.length,
        targets: targetCount,
        milestones: fixture.tasks.flatMap((task) => task.milestones).length,
      },
    });
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity = 'work_plan' and action = 'import'`,
    );
    expect(audit).toHaveLength(1);
    const targets = await admin.get(
      `/api/work-plan/plans/${response.json<{ planId: string }>().planId}/targets`,
    );
    expect(targets.json<{ items: unknown[] }>().items).toHaveLength(targetCount);
  });

  it("loads a YAML plan file the same way", async () => {
    const plan = parse(testPlanYaml()) as PlanFile;
    plan.plan.year = 2021;
    const yaml = stringify(plan);
    const response = await upload(admin, Buffer.from(yaml), "plan-2021.yaml");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ year: 2021, counts: { tasks: 1 } });
  });

  it("refuses a workbook with a missing field, duplicate task, early deadline and unknown unit as a whole", async () => {
    const before = await planCount();
    const file = await plan2020((plan) => {
      plan.plan.year = 2022;
      const task = plan.tasks[0];
      const target = task?.targets[1];
      if (!task || !target) throw new Error("fixture changed");
      plan.plan.issuer = "";
      target.deadline = "2018-06-30";
      task.coUnits = ["439999"];
      plan.tasks.push({ ...task, coUnits: [], targets: [], milestones: [] });
    });
    const response = await upload(admin, file, "坏计划.xlsx");
    expect(response.statusCode).toBe(400);
    const body = response.json<{
      detail: string;
      errors: { sheet: string; row?: number; field: string; message: string }[];
    }>();
    expect(body.detail).toContain("未导入任何内容");
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { sheet: "计划", row: 6, field: "内容（发布单位）", message: "缺少必填字段" },
        { sheet: "任务", row: 3, field: "编号", message: "任务编号重复：T01" },
        { sheet: "目标", row: 3, field: "截止日期", message: "截止日期 2018-06-30 早于开始日期 2019-01-01" },
        { sheet: "任务", row: 2, field: "配合单位编码", message: "未知的单位编码：439999" },
      ]),
    );
    expect(await planCount()).toBe(before);
  });

  it("refuses a plan of another city and a file of another type", async () => {
    const other = await plan2020((plan) => {
      plan.plan.year = 2023;
      plan.plan.city = { name: "株洲市", code: "430200" };
    });
    const city = await upload(admin, other, "株洲.xlsx");
    expect(city.statusCode).toBe(400);
    expect(city.json<{ errors: { sheet: string; field: string }[] }>().errors[0]).toMatchObject({
      sheet: "计划",
      field: "内容（城市代码）",
    });
    const pdf = await upload(admin, Buffer.from("%PDF-1.4"), "计划.pdf");
    expect(pdf.statusCode).toBe(415);
  });

  it("lets a district export but not import or fetch the template", async () => {
    expect((await upload(district, await plan2020(), "计划.xlsx")).statusCode).toBe(403);
    expect((await district.get("/api/work-plan/plans/template.xlsx")).statusCode).toBe(403);
  });
});
