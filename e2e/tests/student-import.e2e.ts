import { residentIdCheckChar } from "@edubureau/domain/identity";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin, type ApiSession } from "../support/api.ts";
import { screenshot } from "../support/browser.ts";
import { importDialog } from "../support/import-dialog.ts";
import { signedInFor } from "../support/signed-in.ts";

const baseUrl = inject("baseUrl");

let api: ApiSession;

const run = Date.now() % 1000;
/** A G 学籍号 (G + resident ID) of a child born in 2016, unique to this run. */
const studentNo = (n: number) => {
  const month = String(1 + (n % 12)).padStart(2, "0");
  const day = String(10 + Math.floor(n / 12)).padStart(2, "0");
  const first17 = `430102${2016}${month}${day}${String(run).padStart(3, "0")}`;
  return `G${first17}${residentIdCheckChar(first17)}`;
};

/** A 学生名册 sheet (template header) with the given students of the signed-in school. */
async function sheetWith(rows: { no: string; name: string }[]): Promise<Buffer> {
  const response = await fetch(`${baseUrl}/api/students/template.xlsx`, { headers: { cookie: api.cookie } });
  expect(response.status).toBe(200);
  const template = new ExcelJS.Workbook();
  await template.xlsx.load(await response.arrayBuffer());
  const header = (template.getWorksheet("学生名册")?.getRow(1).values as unknown[]).slice(1) as string[];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("学生名册");
  sheet.addRow(header);
  for (const row of rows) {
    const values: Record<string, string> = { 学籍号: row.no, 姓名: row.name, 年级: "三年级", 班级: "2班" };
    sheet.addRow(header.map((h) => values[h] ?? ""));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  api = await apiLogin(baseUrl, "school");
});
const school = signedInFor("school");

describe("student roster import as a job", () => {
  test("a file with a duplicate 学籍号 and a bad ID number is refused row by row; the fixed file is written", async () => {
    const { page } = school();
    const dialog = importDialog(page, "students-import");
    await page.goto("/students");
    await page.getByTestId("students-import").click();
    const bad = studentNo(3);
    const wrongCheck = `${bad.slice(0, 18)}${bad.endsWith("0") ? "1" : "0"}`;
    await dialog.upload(
      "学生名册-有错.xlsx",
      await sheetWith([
        { no: studentNo(1), name: "导入甲" },
        { no: studentNo(1), name: "导入乙" },
        { no: wrongCheck, name: "导入丙" },
      ]),
    );
    const errors = await dialog.refused();
    expect(errors.some((e) => e.startsWith("3") && e.includes("与第 2 行重复"))).toBe(true);
    expect(errors.some((e) => e.startsWith("4") && e.includes("学籍号"))).toBe(true);
    await screenshot(page, "student-import-errors");

    await dialog.upload(
      "学生名册.xlsx",
      await sheetWith(
        Array.from({ length: 40 }, (_, i) => ({ no: studentNo(10 + i), name: `导入学生${i}` })),
      ),
    );
    expect(await dialog.written()).toContain("新增 40 名");
    await screenshot(page, "student-import-done");
    const found = await apiGet<{ total: number }>(api, `/api/students?q=${studentNo(10)}`);
    expect(found.total).toBe(1);
    expect(school().pageErrors).toEqual([]);
  });
});
