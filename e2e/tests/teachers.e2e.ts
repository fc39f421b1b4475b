import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin, apiPost, findDistrict } from "../support/api.ts";
import type { Page } from "playwright-core";
import {
  launchBrowser,
  loginViaUi,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

const baseUrl = inject("baseUrl");
const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

let browser: Browser;
let school: BrowserSession;
let teacher: BrowserSession;
const programmeName = `骨干教师滚动培训（E2E ${Date.now()}）`;
let teacherName = "";

beforeAll(async () => {
  // The 教师工作处 opens a running programme; the school and the teacher do the rest in the browser.
  const division = await apiLogin(baseUrl, "jiaoshichu");
  await apiPost(division, "/api/training/programmes", {
    name: programmeName,
    level: "municipal",
    kind: "backboneRolling",
    hours: 30,
    startsOn: isoDay(-10),
    endsOn: isoDay(30),
    capacity: 20,
    eligibility: {},
  });
  teacherName = (await apiGet<{ name: string }>(await apiLogin(baseUrl, "teacher"), "/api/teachers/me")).name;
  browser = await launchBrowser();
  school = await openSession(browser, baseUrl);
  await loginViaUi(school.page, "school");
  teacher = await openSession(browser, baseUrl);
  await loginViaUi(teacher.page, "teacher");
});

afterAll(async () => {
  await browser?.close();
});

describe("training hours from enrolment to the teacher's record", () => {
  test("the school enrols its teacher and marks completion", async () => {
    const { page } = school;
    await page.getByTestId("menu-teacher-training").click();
    await page.getByTestId("programmes-table").getByText(programmeName).click();
    const drawer = page.getByTestId("programme-detail");
    await drawer.getByTestId("programme-enrol").click();
    const enrolTable = page.getByTestId("enrol-table");
    await enrolTable.getByRole("row").filter({ hasText: teacherName }).first().getByRole("checkbox").check();
    await page.getByTestId("enrol-submit").click();
    const enrolments = drawer.getByTestId("programme-enrolments");
    await expect.poll(() => enrolments.getByRole("row").filter({ hasText: teacherName }).count()).toBe(1);
    await drawer.getByTestId("programme-complete").click();
    await page.getByTestId("complete-date").fill(isoDay(0));
    await page.getByTestId("complete-submit").click();
    await expect
      .poll(() => enrolments.getByRole("row").filter({ hasText: teacherName }).innerText())
      .toContain("已结业");
    await screenshot(page, "teachers-programme-completed");
  });

  test("the teacher sees the hours on their own record", async () => {
    const { page } = teacher;
    await page.getByTestId("menu-my-record").click();
    const credits = page.getByTestId("credits-table");
    await expect.poll(() => credits.getByRole("row").filter({ hasText: programmeName }).count()).toBe(1);
    expect(await credits.getByRole("row").filter({ hasText: programmeName }).innerText()).toContain("30");
    await screenshot(page, "teachers-my-record");
  });
});

describe("the leader's 教师名录: sorted and filtered on the server", () => {
  const WIDE = { width: 1440, height: 900 };
  type Page1 = { items: { teacherNumber: string }[]; total: number };
  const numbersShown = (page: Page) =>
    page.getByTestId("teachers-table").locator("tbody tr.ant-table-row td:first-child").allInnerTexts();

  test("a leader sorts by 教师编号 both ways and narrows the list to one district", async () => {
    const leaderApi = await apiLogin(baseUrl, "leader");
    const yuelu = await findDistrict(leaderApi, "430104");
    const newest = await apiGet<Page1>(leaderApi, "/api/teachers?sort=teacherNumber&order=desc&pageSize=1");
    const inYuelu = await apiGet<Page1>(leaderApi, `/api/teachers?districtId=${yuelu.id}&pageSize=1`);
    const session = await openSession(browser, baseUrl, WIDE);
    const { page } = session;
    await loginViaUi(page, "leader");
    await page.getByTestId("menu-teachers").click();
    await page.getByTestId("teachers-table").locator("tbody tr.ant-table-row").first().waitFor();

    const header = page.getByTestId("teachers-table").locator("th", { hasText: "教师编号" });
    await header.click();
    await expect.poll(async () => (await numbersShown(page))[0]).toBeDefined();
    const ascending = await numbersShown(page);
    expect(ascending).toEqual([...ascending].sort());
    await header.click();
    await expect.poll(async () => (await numbersShown(page))[0]).toBe(newest.items[0]?.teacherNumber);

    await page.getByTestId("teachers-filter-district").click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="岳麓区"]').click();
    await expect
      .poll(() => page.locator(".ant-pagination-total-text").first().innerText())
      .toBe(`共 ${inYuelu.total} 人`);
    const rows = await page.getByTestId("teachers-table").locator("tbody tr.ant-table-row").allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((text) => text.includes("岳麓区"))).toBe(true);
    // The schools offered are 岳麓区's own.
    await page.getByTestId("teachers-filter-school").click();
    const schools = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await expect.poll(() => schools.count()).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    await screenshot(page, "teachers-leader-by-district");

    await page.getByTestId("menu-talent-pool").click();
    await page.getByTestId("pool-table").locator("tbody tr.ant-table-row").first().waitFor();
    await screenshot(page, "teachers-leader-talent-pool");
    expect(session.pageErrors).toEqual([]);
    await session.context.close();
  });

  test("a school's clerk gets no district or school filter", async () => {
    const session = await openSession(browser, baseUrl, WIDE);
    const { page } = session;
    await loginViaUi(page, "school");
    await page.getByTestId("menu-teachers").click();
    await page.getByTestId("teachers-table").locator("tbody tr.ant-table-row").first().waitFor();
    expect(await page.getByTestId("teachers-filter-district").count()).toBe(0);
    expect(await page.getByTestId("teachers-filter-school").count()).toBe(0);
    await screenshot(page, "teachers-school-list");
    await page.getByTestId("menu-talent-pool").click();
    await page.getByTestId("pool-table").locator("tbody tr.ant-table-row").first().waitFor();
    expect(await page.getByTestId("pool-filter-district").count()).toBe(0);
    await screenshot(page, "teachers-school-talent-pool");
    await session.context.close();
  });
});
