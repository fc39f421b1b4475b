import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin } from "../support/api.ts";
import {
  launchBrowser,
  loginViaUi,
  navigateInApp,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

const baseUrl = inject("baseUrl");
const WAIT = { timeout: 15_000 };

let browser: Browser;
let district: BrowserSession;
let teacher: BrowserSession;
let me: { id: string; name: string; teacherNumber: string };

beforeAll(async () => {
  me = await apiGet(await apiLogin(baseUrl, "teacher"), "/api/teachers/me");
  browser = await launchBrowser();
  teacher = await openSession(browser, baseUrl);
  await loginViaUi(teacher.page, "teacher");
  district = await openSession(browser, baseUrl);
  await loginViaUi(district.page, "furong");
});

afterAll(async () => {
  await browser?.close();
});

describe("农村(薄弱)学校任教经历认定", () => {
  test("the teacher applies from 我的档案", async () => {
    const { page } = teacher;
    await navigateInApp(page, "/my-record");
    const section = page.getByTestId("rural-experience");
    await section.getByTestId("rural-computed").waitFor();
    await expect
      .poll(() => section.getByTestId("rural-computed").innerText(), WAIT)
      .toContain("达到认定条件");
    await section.getByTestId("rural-apply").click();
    await page
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定/ })
      .click();
    await section.getByTestId("rural-applications").getByText("待认定").waitFor();
    await screenshot(page, "rural-my-record-applied");
    expect(teacher.pageErrors).toEqual([]);
  });

  test("芙蓉区 rejects only with a reason and certifies with a number", async () => {
    const { page } = district;
    await navigateInApp(page, "/talent-pool?tab=rural");
    const queue = page.getByTestId("rural-queue");
    const mine = queue.getByRole("row").filter({ hasText: me.teacherNumber });
    await mine.waitFor();
    // A seeded application (another teacher): refused without a reason, then rejected with one.
    const other = queue
      .getByRole("row")
      .filter({ has: page.getByTestId("rural-reject") })
      .filter({ hasNotText: me.teacherNumber })
      .first();
    const otherName = (await other.locator("td").nth(1).innerText()).trim();
    await other.getByTestId("rural-reject").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: /确\s*定/ }).click();
    await dialog.getByText("请填写不予认定的理由").waitFor();
    await page.getByTestId("rural-reject-note").fill("支教证明材料不全，请补充后重新申请");
    await dialog.getByRole("button", { name: /确\s*定/ }).click();
    await expect.poll(() => queue.getByRole("row").filter({ hasText: otherName }).count(), WAIT).toBe(0);

    await mine.getByTestId("rural-certify").click();
    await page
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定/ })
      .click();
    await page
      .getByText(/已认定，编号 长教农认〔\d{4}〕\d{4}号/)
      .first()
      .waitFor();
    await page.getByText("已认定", { exact: true }).first().click();
    await queue.getByRole("row").filter({ hasText: me.teacherNumber }).waitFor();
    await screenshot(page, "rural-queue-certified");
    expect(district.pageErrors).toEqual([]);
  });

  test("the certificate shows on the teacher's page", async () => {
    const { page } = teacher;
    await page.reload();
    const certified = page.getByTestId("rural-certified");
    await certified.waitFor();
    expect(await certified.innerText()).toMatch(/长教农认〔\d{4}〕\d{4}号/);
    expect(teacher.pageErrors).toEqual([]);
  });
});

describe("中止教学记录", () => {
  test("the district records an absence in the drawer, refusing an end before the start", async () => {
    const { page } = district;
    await navigateInApp(page, "/teachers");
    const search = page.getByTestId("teachers-search").locator("input");
    await search.fill(me.teacherNumber);
    await search.press("Enter");
    await page.getByTestId("teachers-table").getByText(me.name).first().click();
    const drawer = page.getByTestId("teacher-detail");
    const section = drawer.getByTestId("teacher-absences");
    await section.waitFor();
    const form = drawer.getByTestId("absence-form");
    // Enter in a date field takes the typed date and submits the form.
    await form.getByRole("combobox").click();
    await page.getByTitle("病假").click();
    const dates = form.locator(".ant-picker input");
    await dates.nth(0).fill("2023-03-01");
    await dates.nth(0).press("Enter");
    await dates.nth(1).fill("2023-02-01");
    await dates.nth(1).press("Enter");
    await form.getByText("结束日期不能早于开始日期").waitFor();
    await dates.nth(1).fill("2023-08-31");
    await dates.nth(1).press("Enter");
    const row = section.getByRole("row").filter({ hasText: "2023-03-01 ~ 2023-08-31" });
    await row.waitFor();
    expect(await row.innerText()).toContain("病假");
    await screenshot(page, "rural-drawer-absence");
    // Removed again: the record belongs to this test only.
    await row.getByTestId("absence-remove").click();
    await page
      .getByRole("tooltip")
      .getByRole("button", { name: /确\s*定/ })
      .click();
    await expect.poll(() => row.count(), WAIT).toBe(0);
    expect(district.pageErrors).toEqual([]);
  });
});
