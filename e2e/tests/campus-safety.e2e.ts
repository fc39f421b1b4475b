import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import {
  launchBrowser,
  loginViaUi,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

const baseUrl = inject("baseUrl");

let browser: Browser;
let school: BrowserSession;
let district: BrowserSession;
let leader: BrowserSession;

beforeAll(async () => {
  browser = await launchBrowser();
  [school, district, leader] = (await Promise.all([1, 2, 3].map(() => openSession(browser, baseUrl)))) as [
    BrowserSession,
    BrowserSession,
    BrowserSession,
  ];
  await loginViaUi(school.page, "school");
  await loginViaUi(district.page, "furong");
  await loginViaUi(leader.page, "leader");
});

afterAll(async () => {
  for (const s of [school, district, leader]) await s?.context.close();
  await browser?.close();
});

const count = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).locator(".ant-statistic-content-value").innerText()).trim());

describe("campus safety command", () => {
  test("a school's serious incident reaches the district queue and the leader's board live; 签收 shows in the timeline", async () => {
    const title = `校门口车辆冲撞（测试${Date.now() % 100000}）`;
    // The district's queue and the leader's board are open before the report; neither reloads.
    await district.page.goto("/campus-safety/incidents");
    await district.page.getByTestId("incident-queue").waitFor();
    await leader.page.goto("/campus-safety");
    await leader.page.getByTestId("board-serious").waitFor();
    await expect.poll(() => leader.page.getByTestId("board-live").innerText()).toContain("实时更新中");
    await expect.poll(() => district.page.getByText("实时更新中").isVisible()).toBe(true);
    const seriousBefore = await count(leader.page, "board-serious");

    // The school reports on a phone-sized screen.
    await school.page.setViewportSize({ width: 390, height: 844 });
    await school.page.goto("/campus-safety/report");
    const form = school.page.getByTestId("incident-form");
    await form.waitFor();
    await school.page.getByTestId("incident-category").click();
    await school.page.locator('.ant-select-item-option[title="交通事故"]').click();
    await school.page.getByTestId("incident-severity").getByText("重大（Ⅱ级）").click();
    await school.page.getByTestId("incident-title").fill(title);
    await school.page
      .getByTestId("incident-description")
      .fill("放学时一辆轿车冲上校门口人行道，两名学生轻伤，已报警并送医。");
    const width = await school.page.evaluate("document.documentElement.scrollWidth");
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(school.page, "campus-safety-report-390");
    await school.page.getByTestId("incident-submit").click();
    await school.page.getByTestId("my-incidents").getByText(title).waitFor();

    // Within seconds, without a reload: the district's queue and the leader's board.
    await district.page.getByTestId("incident-queue").getByText(title).waitFor({ timeout: 10_000 });
    await leader.page.getByTestId("board-timeline").getByText(title).waitFor({ timeout: 10_000 });
    await expect.poll(() => count(leader.page, "board-serious"), { timeout: 10_000 }).toBe(seriousBefore + 1);
    await screenshot(leader.page, "campus-safety-board-reported");

    // The district acknowledges (签收) in the drawer.
    await district.page.getByTestId("incident-queue").getByText(title).click();
    const drawer = district.page.getByTestId("incident-drawer");
    await drawer.getByTestId("incident-note").fill("已派员赶赴现场");
    await drawer.getByTestId("incident-acknowledge").click();
    await expect.poll(() => drawer.getByTestId("incident-status").innerText()).toBe("处置中");
    const steps = await drawer.getByTestId("incident-timeline").innerText();
    expect(steps).toContain("学校首报");
    expect(steps).toContain("区县签收");
    expect(steps).toContain("已派员赶赴现场");
    await screenshot(district.page, "campus-safety-acknowledged");

    // The leader's timeline shows each step, live.
    await expect
      .poll(async () => (await leader.page.getByTestId("board-timeline").innerText()).includes("区县签收"), {
        timeout: 10_000,
      })
      .toBe(true);
    const timeline = await leader.page.getByTestId("board-timeline").innerText();
    expect(timeline).toMatch(new RegExp(`区县签收 · 芙蓉区示范小学 · ${title.replace(/[()（）]/g, ".")}`));
    expect(timeline).toMatch(new RegExp(`学校首报 · 芙蓉区示范小学 · ${title.replace(/[()（）]/g, ".")}`));
    await screenshot(leader.page, "campus-safety-board-acknowledged");

    for (const s of [school, district, leader]) expect(s.pageErrors).toEqual([]);
  });
});
