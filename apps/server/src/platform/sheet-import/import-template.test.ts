import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { importJobClient } from "../../test/import-job-client.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function template(username: string, url: string) {
  const client = await importJobClient(t, username, "/api/unused", "unused.xlsx");
  const response = await client.get(url);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers["content-disposition"]).toContain("template.xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return book;
}

/** Every line of a sheet, its cells joined with "|". */
function lines(book: ExcelJS.Workbook, name: string): string[] {
  const found: string[] = [];
  book.getWorksheet(name)?.eachRow((row) => found.push((row.values as unknown[]).slice(1).join("|")));
  return found;
}

describe("empty import templates", () => {
  it("the 质量监测 template: its header row, no data rows, 填写说明 naming required columns and values", async () => {
    const book = await template("inspector", "/api/inspectorate/monitoring/template.xlsx");
    const sheet = book.getWorksheet("监测结果");
    expect(sheet?.actualRowCount).toBe(1);
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual([
      "年份",
      "学科",
      "年级",
      "学校标识码",
      "平均分",
      "全国均值",
    ]);
    // Required headers carry a note and stand out; the guide lists each column.
    expect(sheet?.getRow(1).getCell(1).note).toBeDefined();
    const guide = lines(book, "填写说明");
    expect(guide).toContain("年级|必填|可选：四年级、八年级");
    expect(guide.some((l) => l.startsWith("全国均值|选填"))).toBe(true);
    // No 新增/更新 lines: this import has no update mode.
    expect(guide.some((l) => l.includes("导入方式"))).toBe(false);
  });

  it("the teacher template explains the 新增/更新 choice by 教师编号", async () => {
    const guide = lines(await template("schoolA", "/api/teachers/template.xlsx"), "填写说明");
    expect(guide.some((l) => l.startsWith("导入方式") && l.includes("教师编号"))).toBe(true);
  });

  it("health templates are empty unless the roster is asked for", async () => {
    const empty = await template("schoolA", "/api/student-health/screening/template.xlsx");
    expect(empty.getWorksheet("视力筛查")?.actualRowCount).toBe(1);
    expect(lines(empty, "填写说明").length).toBeGreaterThan(0);
    const roster = await template("schoolA", "/api/student-health/screening/template.xlsx?roster=true");
    expect(roster.getWorksheet("视力筛查")?.actualRowCount).toBeGreaterThanOrEqual(1);
  });

  it("answers 403 to an account that may not import", async () => {
    const teacher = await importJobClient(t, "teacherA", "/api/unused", "unused.xlsx");
    expect((await teacher.get("/api/inspectorate/monitoring/template.xlsx")).statusCode).toBe(403);
    expect((await teacher.get("/api/teachers/template.xlsx")).statusCode).toBe(403);
  });
});
