import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin, type ApiSession } from "../support/api.ts";
import {
  launchBrowser,
  loginViaUi,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

const baseUrl = inject("baseUrl");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let browser: Browser;
let admin: BrowserSession;
let adminApi: ApiSession;

/**
 * The server's filled-in 2019 example turned into a broken 2020 plan: no issuer, task T01 twice,
 * a deadline before its start and an unknown lead unit. Refused as a whole, it writes nothing, so
 * the shared demo database keeps its single plan.
 */
async function brokenPlan(): Promise<Buffer> {
  const response = await fetch(`${baseUrl}/api/work-plan/plans/template.xlsx?example=1`, {
    headers: { cookie: adminApi.cookie },
  });
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const cell = (sheet: string, ref: string) => {
    const found = workbook.getWorksheet(sheet);
    if (!found) throw new Error(`template has no sheet ${sheet}`);
    return found.getCell(ref);
  };
  cell("计划", "B2").value = 2020;
  cell("计划", "B6").value = null;
  cell("任务", "A3").value = "T01";
  cell("任务", "E2").value = "DIV-NOPE";
  cell("目标", "I2").value = "2018-12-31";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  adminApi = await apiLogin(baseUrl, "admin");
  browser = await launchBrowser();
  admin = await openSession(browser, baseUrl);
  await loginViaUi(admin.page, "admin");
});

afterAll(async () => {
  await browser?.close();
});

describe("work plan files", () => {
  test("a broken plan workbook is refused with every problem by sheet and row", async () => {
    const { page } = admin;
    await page.getByTestId("menu-work-plan-import").click();
    await page.getByTestId("page-work-plan-import").waitFor();
    await page.locator('[data-testid="plan-import-upload"] input[type=file]').setInputFiles({
      name: "2020年工作计划.xlsx",
      mimeType: XLSX,
      buffer: await brokenPlan(),
    });
    await page.getByTestId("plan-import-failed").waitFor();
    const problems = page.getByTestId("plan-import-problems");
    await expect.poll(() => problems.textContent()).toContain("任务编号重复：T01");
    const text = (await problems.textContent()) ?? "";
    expect(text).toContain("未知的单位编码：DIV-NOPE");
    expect(text).toContain("截止日期 2018-12-31 早于开始日期 2019-01-01");
    expect(text).toContain("缺少必填字段");
    await screenshot(page, "work-plan-import-refused");
    const plans = await apiGet<{ items: { year: number }[] }>(adminApi, "/api/work-plan/plans");
    expect(plans.items.map((p) => p.year)).toEqual([2019]);
    expect(admin.pageErrors).toEqual([]);
  });

  test("a district downloads the exports but has no import page", async () => {
    const furong = await apiLogin(baseUrl, "furong");
    const plans = await apiGet<{ items: { id: string }[] }>(furong, "/api/work-plan/plans");
    const planId = plans.items[0]?.id ?? "";
    for (const file of ["export.xlsx", "report.docx"]) {
      const response = await fetch(`${baseUrl}/api/work-plan/plans/${planId}/${file}`, {
        headers: { cookie: furong.cookie },
      });
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(5000);
    }
    const session = await openSession(browser, baseUrl);
    await loginViaUi(session.page, "furong");
    await expect.poll(() => session.page.getByTestId("menu-work-plan").count()).toBe(1);
    expect(await session.page.getByTestId("menu-work-plan-import").count()).toBe(0);
    // The 公文 report asks for its 发文字号 before the download.
    await session.page.getByTestId("menu-work-plan").click();
    await session.page.getByTestId("plan-export-docx").click();
    await session.page.getByTestId("plan-report-doc-number").fill("芙教〔2019〕3号");
    // The link follows the field once React has re-rendered, so wait for it.
    await expect
      .poll(() => session.page.getByTestId("plan-report-download").getAttribute("href"))
      .toContain(encodeURIComponent("芙教〔2019〕3号"));
    await screenshot(session.page, "work-plan-report-issue");
    await session.context.close();
  });
});
