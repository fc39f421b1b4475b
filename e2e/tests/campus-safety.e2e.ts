import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import {
  launchBrowser,
  loginViaUi,
  openSession,
  expectNoSideways,
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

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Picks an option of the antd select inside `scope` by its text. */
async function pick(page: Page, select: ReturnType<Page["getByTestId"]>, option: string) {
  await select.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
}

describe("campus safety forms", () => {
  test("a school logs a self-inspection against the month's checklist, a safety lesson and a crisis case on a phone", async () => {
    const page = school.page;
    await page.setViewportSize({ width: 390, height: 844 });

    await page.goto("/campus-safety/inspections");
    await page.getByTestId("inspection-add").click();
    const form = page.getByTestId("inspection-form");
    await form.waitFor();
    await pick(page, page.getByTestId("inspection-topic"), "消防安全");
    const checklist = page.getByTestId("inspection-checklist");
    await checklist.getByText("灭火器在有效期内").waitFor();
    await checklist.getByText("不合格").first().click();
    await page.getByTestId("inspection-inspector").fill("校安全办 王老师");
    await expectNoSideways(page);
    await screenshot(page, "campus-safety-self-inspection-390");
    await page.getByTestId("inspection-form-submit").click();
    await page.getByTestId("page-campus-safety-inspections").getByText("校安全办 王老师").waitFor();

    await page.goto("/campus-safety/drills");
    await page.getByTestId("lesson-add").click();
    await page.getByTestId("lesson-form").waitFor();
    await page.getByTestId("lesson-topic").fill("防溺水专题安全教育（测试）");
    await page.getByTestId("lesson-form").getByTestId("participants").fill("320");
    await expectNoSideways(page);
    await screenshot(page, "campus-safety-lesson-390");
    await page.getByTestId("lesson-form-submit").click();
    await page.getByText("防溺水专题安全教育（测试）").waitFor();

    // The demo school account is the school's named psychologist: it may open and write its cases.
    await page.goto("/campus-safety/crisis");
    await page.getByTestId("crisis-add").click();
    const crisis = page.getByTestId("crisis-form");
    await crisis.waitFor();
    await crisis.locator("#subjectName").fill("测试学生甲");
    await crisis.getByText("高危").click();
    await crisis.locator("#summary").fill("近期情绪低落，有自伤言语，班主任发现后报告。");
    await expectNoSideways(page);
    await screenshot(page, "campus-safety-crisis-case-390");
    await page.getByTestId("crisis-form-submit").click();
    await page.getByText("测试学生甲").click();
    await page.getByTestId("crisis-follow-up").click();
    await page.getByTestId("follow-up-form").locator("#note").fill("家校面谈，已转介专业机构。");
    await screenshot(page, "campus-safety-follow-up-390");
    await page.getByTestId("follow-up-form-submit").click();
    await page.getByText("家校面谈，已转介专业机构。").waitFor();
    expect(await page.locator("body").innerText()).not.toMatch(UUID);
    expect(school.pageErrors).toEqual([]);
  });

  test("the district logs and closes a 舆情 event; the leader's board at 1366 px marks 三防 reference values", async () => {
    const page = district.page;
    await page.goto("/campus-safety/opinion");
    await page.getByTestId("opinion-add").click();
    const form = page.getByTestId("opinion-form");
    await form.waitFor();
    await form.locator("#orgUnitId").click();
    await page.locator(".ant-select-dropdown:visible .ant-select-item-option").first().click();
    await form.locator("#source").fill("本地论坛");
    await form.locator("#summary").fill("网传校门口接送秩序混乱（测试）");
    await page.getByTestId("opinion-form-submit").click();
    const row = page.getByRole("row", { name: /网传校门口接送秩序混乱（测试）/ });
    await row.getByRole("button", { name: /处\s?置/ }).click();
    await page
      .getByTestId("opinion-respond-form")
      .locator("#response")
      .fill("已会同交警调整接送点，情况说明已发布。");
    await page.getByTestId("opinion-respond-form").getByText("处置完毕，办结").click();
    await page.getByTestId("opinion-respond-form-submit").click();
    await expect.poll(() => row.innerText()).toContain("已办结");

    await page.goto("/campus-safety/hazards");
    await page.getByTestId("hazards-by-district").getByText("芙蓉区").waitFor();

    await leader.page.setViewportSize({ width: 1366, height: 900 });
    await leader.page.goto("/campus-safety");
    await leader.page.getByTestId("board-compliance").waitFor();
    expect(await leader.page.locator("body").innerText()).toContain("含参考值");
    await screenshot(leader.page, "campus-safety-board-1366");
    expect(await leader.page.locator("body").innerText()).not.toMatch(UUID);
    await leader.page.goto("/campus-safety/compliance");
    const standards = leader.page.getByTestId("safety-standards");
    await standards
      .getByText("《关于进一步加强中小学幼儿园安全防范工作的通知》", { exact: false })
      .first()
      .waitFor();
    expect(await standards.getByTestId("reference-value").count()).toBe(2);
    await screenshot(leader.page, "campus-safety-compliance-1366");
    for (const s of [district, leader]) expect(s.pageErrors).toEqual([]);
  });
});
