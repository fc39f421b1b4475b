import { residentIdCheckChar } from "@edubureau/domain/identity";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin, type ApiSession } from "../support/api.ts";
import { screenshot } from "../support/browser.ts";
import { importDialog } from "../support/import-dialog.ts";
import { signedInFor } from "../support/signed-in.ts";

const baseUrl = inject("baseUrl");

let api: ApiSession;
let schoolCode = "";

const run = Date.now() % 1000;
const idNumber = (n: number) => {
  const month = String(1 + (n % 12)).padStart(2, "0");
  const day = String(10 + Math.floor(n / 12)).padStart(2, "0");
  const first17 = `430102${1980 + (run % 15)}${month}${day}${String(run).padStart(3, "0")}`;
  return first17 + residentIdCheckChar(first17);
};
const teacherNumber = (n: number) => `430102${String(80_000_000 + run * 100 + n).slice(-8)}`;

/** A sheet with the empty template's header row and the given teachers of the school below it. */
async function sheetWith(
  rows: { number: string; name: string; id: string; title?: string }[],
): Promise<Buffer> {
  const response = await fetch(`${baseUrl}/api/teachers/template.xlsx`, { headers: { cookie: api.cookie } });
  expect(response.status).toBe(200);
  const template = new ExcelJS.Workbook();
  await template.xlsx.load(await response.arrayBuffer());
  const templateSheet = template.getWorksheet("教师名录");
  // An empty template: the header row only.
  expect(templateSheet?.actualRowCount).toBe(1);
  const header = (templateSheet?.getRow(1).values as unknown[]).slice(1) as string[];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("教师名录");
  sheet.addRow(header);
  for (const row of rows) {
    const values: Record<string, string> = {
      教师编号: row.number,
      姓名: row.name,
      身份证件号码: row.id,
      学校标识码: schoolCode,
      岗位: "教师",
      任教学科: "数学",
      任教学段: "小学",
      职称: row.title ?? "二级教师",
      编制情况: "编制内",
      首次注册日期: "2016-09-01",
    };
    sheet.addRow(header.map((h) => values[h] ?? ""));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  api = await apiLogin(baseUrl, "school");
  schoolCode = (await apiGet<{ user: { orgUnit: { code: string } } }>(api, "/api/auth/me")).user.orgUnit.code;
});
const school = signedInFor("school");

describe("teacher Excel import as a job", () => {
  test("a file with a duplicate teacher number and a bad ID number is refused row by row; the fixed file is written", async () => {
    const { page } = school();
    const dialog = importDialog(page, "teachers-import");
    await page.goto("/teachers");
    await page.getByTestId("teachers-import").click();
    const bad = idNumber(3);
    const wrongCheck = `${bad.slice(0, 17)}${bad.endsWith("0") ? "1" : "0"}`;
    await dialog.upload(
      "教师名录-有错.xlsx",
      await sheetWith([
        { number: teacherNumber(1), name: "导入甲", id: idNumber(1) },
        { number: teacherNumber(1), name: "导入乙", id: idNumber(2) },
        { number: teacherNumber(3), name: "导入丙", id: wrongCheck },
      ]),
    );
    const errors = await dialog.refused();
    expect(errors.some((e) => e.startsWith("2") && e.includes("与第 3 行重复"))).toBe(true);
    expect(errors.some((e) => e.startsWith("3") && e.includes("与第 2 行重复"))).toBe(true);
    expect(errors.some((e) => e.startsWith("4") && e.includes("身份证件号码"))).toBe(true);
    await screenshot(page, "teacher-import-errors");
    const download = page.waitForEvent("download");
    await page.getByTestId("teachers-import-problems-download").click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/错误清单.*\.xlsx$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const problems = new ExcelJS.Workbook();
    await problems.xlsx.load(Uint8Array.from(Buffer.concat(chunks)).buffer);
    const listed = problems.getWorksheet("错误清单");
    expect((listed?.getRow(1).values as unknown[]).slice(1)).toEqual(["行号", "列", "问题"]);
    expect(listed?.actualRowCount).toBe(errors.length + 1);

    await dialog.upload(
      "教师名录.xlsx",
      await sheetWith(
        Array.from({ length: 40 }, (_, i) => ({
          number: teacherNumber(10 + i),
          name: `导入教师${i}`,
          id: idNumber(10 + i),
        })),
      ),
    );
    await dialog.written();
    await screenshot(page, "teacher-import-done");
    const found = await apiGet<{ total: number }>(api, `/api/teachers?q=${encodeURIComponent("导入教师")}`);
    expect(found.total).toBe(40);
    expect(school().pageErrors).toEqual([]);
  });

  test("the update mode changes a teacher found by 教师编号 and adds a new one in the same file", async () => {
    const { page } = school();
    const dialog = importDialog(page, "teachers-import");
    await page.goto("/teachers");
    await page.getByTestId("teachers-import").click();
    await page.getByTestId("teachers-import-mode").getByText("更新").click();
    await screenshot(page, "teacher-import-dialog-update-mode");
    await dialog.upload(
      "教师名录-更新.xlsx",
      await sheetWith([
        { number: teacherNumber(10), name: "导入教师0", id: idNumber(10), title: "一级教师" },
        { number: teacherNumber(90), name: "更新模式新教师", id: idNumber(90) },
      ]),
    );
    expect(await dialog.written()).toContain("新增 1 名教师，更新 1 名");
    const added = await apiGet<{ total: number }>(
      api,
      `/api/teachers?q=${encodeURIComponent("更新模式新教师")}`,
    );
    expect(added.total).toBe(1);
    expect(school().pageErrors).toEqual([]);
  });
});
