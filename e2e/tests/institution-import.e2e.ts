import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin, type ApiSession, type OrgUnit } from "../support/api.ts";
import {
  launchBrowser,
  loginViaUi,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

const baseUrl = inject("baseUrl");
const INDICATOR = "private_compulsory_school_share"; // 民办义务教育学校占比

let browser: Browser;
let furong: BrowserSession;
let api: ApiSession;
let district: OrgUnit;

/** The district's 民办义务教育学校占比 as the indicator API reports it now. */
async function privateShare(): Promise<{ numerator: number; denominator: number }> {
  return apiGet(api, `/api/indicators/${INDICATOR}/evaluate?orgUnitId=${district.id}&period=2019`);
}

/** The server's own template with the given rows below its header. */
async function sheetWith(rows: Record<string, string | number>[]): Promise<Buffer> {
  const response = await fetch(`${baseUrl}/api/institutions/template.xlsx`, {
    headers: { cookie: api.cookie },
  });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("template has no sheet");
  const headers = (sheet.getRow(1).values as unknown[]).map((value) =>
    typeof value === "string" ? value : "",
  );
  for (const row of rows) sheet.addRow(headers.map((header) => row[header] ?? null).slice(1));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(name: string, content: Buffer): Promise<void> {
  const input = furong.page
    .locator('[data-testid="institution-import-input"] input[type=file], input[type=file]')
    .first();
  await input.setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: content,
  });
}

const school = (code: string, name: string) => ({
  学校标识码: code,
  学校名称: name,
  办学类型: "小学",
  办学性质: "民办",
  区县: "芙蓉区",
  学位数: 900,
});

beforeAll(async () => {
  api = await apiLogin(baseUrl, "furong");
  district = (await apiGet<{ items: OrgUnit[] }>(api, "/api/org-units/roots")).items[0] as OrgUnit;
  browser = await launchBrowser();
  furong = await openSession(browser, baseUrl);
  await loginViaUi(furong.page, "furong");
});

afterAll(async () => {
  await furong.context.close();
  await browser.close();
});

describe("a district imports institutions from Excel", () => {
  test("a sheet with bad rows shows each problem and changes nothing; the fixed sheet moves the indicator", async () => {
    const before = await privateShare();
    await furong.page.goto("/institutions?tab=import");
    await upload(
      "有错误的名录.xlsx",
      await sheetWith([
        school("214301999", "位数不对的学校"),
        { ...school("2143019902", "区县不存在的学校"), 区县: "火星区" },
        school("2143019903", "正确的民办小学甲"),
      ]),
    );
    await expect
      .poll(() => furong.page.getByTestId("import-error-row-0").isVisible(), { timeout: 60_000 })
      .toBe(true);
    const errors = await furong.page.locator('[data-testid^="import-error-row-"]').allInnerTexts();
    expect(errors.join("\n")).toContain("学校标识码");
    expect(errors.join("\n")).toContain("火星区");
    await screenshot(furong.page, "institution-import-errors");
    expect(await privateShare()).toEqual(before);

    await upload(
      "改正后的名录.xlsx",
      await sheetWith([
        school("2143019901", "改正后的民办小学乙"),
        school("2143019902", "改正后的民办小学丙"),
        school("2143019903", "正确的民办小学甲"),
      ]),
    );
    await expect
      .poll(() => furong.page.getByTestId("institution-import-done").isVisible(), { timeout: 90_000 })
      .toBe(true);
    await screenshot(furong.page, "institution-import-done");
    const after = await privateShare();
    expect(after.numerator).toBe(before.numerator + 3);
    expect(after.denominator).toBe(before.denominator + 3);
    expect(furong.pageErrors).toEqual([]);
  });
});
