import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin } from "../support/api.ts";
import {
  launchBrowser,
  loginViaUi,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

const baseUrl = inject("baseUrl");

interface Studio {
  id: string;
  name: string;
  year: number;
}
interface Teacher {
  id: string;
  teacherNumber: string;
  name: string;
}

let browser: Browser;
let division: BrowserSession;
let studio: Studio;
let newcomer: Teacher;
// A year after the studio was set up and not after this year: no future assessments.
const assessYear = new Date().getFullYear() - 1;
const WAIT = { timeout: 15_000 };
const assessNote = `E2E 年度考核 ${Date.now()}`;

beforeAll(async () => {
  // The 教师工作处 picks the first seeded studio and a teacher who is not yet in it.
  const api = await apiLogin(baseUrl, "jiaoshichu");
  const studios = await apiGet<{ items: Studio[] }>(api, "/api/honours/studios");
  const first = studios.items[0];
  if (!first) throw new Error("the demo data has no studio");
  studio = first;
  const detail = await apiGet<{ members: { teacherId: string }[] }>(api, `/api/honours/studios/${studio.id}`);
  const inStudio = new Set(detail.members.map((m) => m.teacherId));
  const teachers = await apiGet<{ items: Teacher[] }>(api, "/api/teachers?page=1&pageSize=50");
  const outsider = teachers.items.find((x) => !inStudio.has(x.id));
  if (!outsider) throw new Error("no teacher outside the studio");
  newcomer = outsider;
  browser = await launchBrowser();
  division = await openSession(browser, baseUrl);
  await loginViaUi(division.page, "jiaoshichu");
});

afterAll(async () => {
  await browser?.close();
});

describe("名师工作室: members and annual assessments", () => {
  test("the 教师工作处 adds a member, records an assessment and removes the member again", async () => {
    const { page } = division;
    await page.getByTestId("menu-teacher-honours").click();
    await page.getByTestId("page-honours").getByRole("tab", { name: "工作室与工作站" }).click();
    await page.getByTestId(`studio-open-${studio.id}`).click();
    const drawer = page.getByTestId("studio-drawer");
    const members = drawer.getByTestId("studio-members");
    await members.getByText("领衔人").waitFor();
    await screenshot(page, "teacher-studios-drawer-open");

    // Add: search by teacher number, pick, add; the new row appears in the member list.
    const picker = drawer.getByTestId("studio-add-member").getByRole("combobox");
    await picker.click();
    await picker.fill(newcomer.teacherNumber);
    // Wait for the server's answer to the search (one teacher) before picking: the first list is stale.
    const options = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await expect
      .poll(() => options.allInnerTexts(), WAIT)
      .toEqual([expect.stringContaining(newcomer.teacherNumber)]);
    await options.first().click();
    const submit = drawer.getByTestId("studio-add-member-submit");
    await expect.poll(() => submit.isEnabled(), WAIT).toBe(true);
    await submit.click();
    const row = members.getByRole("row").filter({ hasText: newcomer.teacherNumber });
    await expect.poll(() => row.count(), WAIT).toBe(1);
    expect(await row.innerText()).toContain(newcomer.name);

    // Assess: the year and a note; the history table shows it.
    const year = drawer.getByTestId("studio-assess-year");
    await year.fill(String(Math.max(studio.year, assessYear)));
    await drawer.getByTestId("studio-assess-note").fill(assessNote);
    await drawer.getByTestId("studio-assess-submit").click();
    const history = drawer.getByTestId("studio-assessments");
    await expect.poll(() => history.getByRole("row").filter({ hasText: assessNote }).count(), WAIT).toBe(1);
    expect(await history.getByRole("row").filter({ hasText: assessNote }).innerText()).toContain(
      String(Math.max(studio.year, assessYear)),
    );
    await drawer.scrollIntoViewIfNeeded();
    await screenshot(page, "teacher-studios-drawer");

    // Remove: confirm, and the row is gone; the leader has no remove button.
    expect(await members.getByRole("row").filter({ hasText: "领衔人" }).getByRole("button").count()).toBe(0);
    await drawer.getByTestId(`studio-remove-${newcomer.teacherNumber}`).click();
    await page.getByTestId("studio-remove-confirm").click();
    await expect.poll(() => row.count(), WAIT).toBe(0);
    await screenshot(page, "teacher-studios-removed");
  });

  test("the intake table lists every district with the total against the plan", async () => {
    const { page } = division;
    await page.keyboard.press("Escape");
    await page.getByTestId("studio-drawer").waitFor({ state: "hidden" });
    // The list shows every assessment year of the studio.
    const listed = page.getByRole("row").filter({ hasText: studio.name });
    expect(await listed.innerText()).toContain(`${Math.max(studio.year, assessYear)} 合格`);
    await screenshot(page, "teacher-studios-list");
    await page.getByTestId("page-honours").getByRole("tab", { name: "公费师范生招生" }).click();
    const table = page.getByTestId("intake-table");
    await table.getByTestId("intake-total").waitFor();
    const api = await apiLogin(baseUrl, "jiaoshichu");
    const intakes = await apiGet<{
      year: number;
      items: unknown[];
      total: number;
      target: { code: string; value: number } | null;
    }>(api, "/api/honours/intakes");
    expect(await table.getByTestId("intake-total").innerText()).toBe(String(intakes.total));
    expect(await table.locator("tbody tr.ant-table-row").count()).toBe(intakes.items.length);
    const summary = await table.getByTestId("intake-summary").innerText();
    expect(summary).toContain(`合计 ${intakes.total} 人`);
    if (intakes.target)
      expect(summary).toContain(`计划目标（${intakes.target.code}）${intakes.target.value} 人`);
    await screenshot(page, "teacher-studios-intakes");
  });
});
