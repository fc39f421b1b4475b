import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { launchBrowser, loginViaUi, openSession, screenshot } from "../support/browser.ts";

const baseUrl = inject("baseUrl");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function signedIn(username: string): Promise<Page> {
  const session = await openSession(browser, baseUrl);
  await loginViaUi(session.page, username);
  return session.page;
}

/** The template button's link answers an .xlsx to the signed-in account. */
async function expectTemplate(page: Page, testId: string): Promise<void> {
  const button = page.getByTestId(testId);
  await button.waitFor();
  expect(await button.innerText()).toMatch(/下载(空白模板|含学生名单的模板)/);
  const href = (await button.getAttribute("href")) ?? "";
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain(XLSX);
}

describe("every import dialog offers the empty template, and 新增/更新 where the import has a key", () => {
  test("institutions (district): template and the mode choice, 更新 by default", async () => {
    const page = await signedIn("furong");
    await page.goto("/institutions?tab=import");
    await expectTemplate(page, "institution-template-download");
    const mode = page.getByTestId("institution-import-mode");
    await mode.waitFor();
    expect(await mode.locator(".ant-radio-button-wrapper-checked").innerText()).toBe("更新");
    await screenshot(page, "institution-import-mode");
  });

  test("students and health (school): template and mode; health adds the roster template", async () => {
    const page = await signedIn("school");
    await page.goto("/students");
    await page.getByTestId("students-import").click();
    await expectTemplate(page, "students-import-template");
    await page.getByTestId("students-import-mode").waitFor();
    await screenshot(page, "student-import-dialog");

    await page.goto("/student-health");
    await page.getByTestId("health-import-screening-open").click();
    await page.getByTestId("health-import-screening").waitFor();
    await expectTemplate(page, "health-roster-template");
    // Screening results are only added: no mode to choose.
    expect(await page.getByTestId("health-import-mode").count()).toBe(0);
    await screenshot(page, "health-import-templates");
  });

  test("quality monitoring (督学): the shared import dialog with its empty template", async () => {
    const page = await signedIn("duxue");
    await page.goto("/inspectorate/monitoring");
    await page.getByTestId("monitoring-import").click();
    await expectTemplate(page, "monitoring-import-template");
    expect(await page.getByTestId("monitoring-import-mode").count()).toBe(0);
    await screenshot(page, "monitoring-import-dialog");
  });
});
