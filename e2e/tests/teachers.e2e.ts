import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin, apiPost } from "../support/api.ts";
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
