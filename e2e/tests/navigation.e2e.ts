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

/**
 * Finding one's way (issue 18): a breadcrumb from the menu's own list on every signed-in page, detail pages
 * under their list, and the 通知中心 with every notification, filters, mark all read and a link to the item.
 */
const baseUrl = inject("baseUrl");
const WAIT = { timeout: 15_000 };

let browser: Browser;
let furong: BrowserSession;
let leader: BrowserSession;
const INSTRUCTION = "请芙蓉区本周内补报进展并说明滞后原因。";

beforeAll(async () => {
  browser = await launchBrowser();
  furong = await openSession(browser, baseUrl);
  leader = await openSession(browser, baseUrl);
  await loginViaUi(furong.page, "furong");
  await loginViaUi(leader.page, "leader");
});

afterAll(async () => {
  await furong.context.close();
  await leader.context.close();
  await browser.close();
});

async function crumbs(session: BrowserSession): Promise<string[]> {
  const nav = session.page.getByTestId("breadcrumb");
  await nav.waitFor();
  return (await nav.locator(".ant-breadcrumb-link").allInnerTexts()).map((s) => s.trim());
}

describe("breadcrumbs", () => {
  test("a menu page reads 工作台 › its section › itself; the 工作台 has none", async () => {
    const { page } = furong;
    await page.getByTestId("page-home").waitFor();
    expect(await page.getByTestId("breadcrumb").count()).toBe(0);
    await page.getByTestId("menu-work-plan-tasks").click();
    await expect.poll(() => crumbs(furong), WAIT).toEqual(["工作台", "工作计划", "任务清单"]);
    await screenshot(page, "navigation-breadcrumb-tasks");
  });

  test("a task opened from the list reads 任务清单 › its title, in one breadcrumb, and 任务清单 goes back", async () => {
    const { page } = furong;
    const session = await apiLogin(baseUrl, "furong");
    const plans = await apiGet<{ items: { id: string }[] }>(session, "/api/work-plan/plans");
    const planId = plans.items[0]?.id ?? "";
    const tasks = await apiGet<{ items: { id: string; title: string }[] }>(
      session,
      `/api/work-plan/plans/${planId}/tasks`,
    );
    const task = tasks.items[0];
    await page.goto(`${baseUrl}/work-plan/tasks/${task?.id ?? ""}`);
    await expect
      .poll(() => crumbs(furong), WAIT)
      .toEqual(["工作台", "工作计划", "任务清单", task?.title ?? ""]);
    expect(await page.locator(".ant-breadcrumb").count()).toBe(1);
    await screenshot(page, "navigation-breadcrumb-task-detail");
    await page.getByTestId("breadcrumb").getByRole("link", { name: "任务清单" }).click();
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe("/work-plan/tasks");
  });
});

describe("批示 and 催办 on a 督办单", () => {
  test("the leader writes a 批示 with 催办 on 芙蓉区's unanswered 督办单; it shows on the notice", async () => {
    const { page } = leader;
    const api = await apiLogin(baseUrl, "leader");
    const all = await apiGet<{ items: { id: string; unit: { name: string }; canInstruct: boolean }[] }>(
      api,
      "/api/work-plan/supervision/notices?view=all",
    );
    // The page lists 20 a page in this order: take 芙蓉区's first unanswered one on the first page.
    const notice = all.items.slice(0, 20).find((n) => n.unit.name === "芙蓉区" && n.canInstruct);
    expect(notice, "芙蓉区 has an unanswered 督办单").toBeDefined();
    const id = notice?.id ?? "";
    await page.goto(`${baseUrl}/work-plan/supervision?view=all&notice=${id}`);
    await page.getByTestId(`wp-notice-instruct-${id}`).click();
    await page.getByTestId("wp-instruct-text").fill(INSTRUCTION);
    await page.getByTestId("wp-instruct-confirm").click();
    await expect
      .poll(() => page.getByTestId(`wp-notice-instruction-${id}`).innerText(), WAIT)
      .toContain(INSTRUCTION);
    expect(await crumbs(leader)).toEqual(["工作台", "工作计划", "督查督办"]);
    await screenshot(page, "navigation-supervision-instructed");
  });
});

describe("通知中心", () => {
  test("lists the unit's notifications, filters unread and by kind, marks all read", async () => {
    const { page } = furong;
    await page.getByTestId("menu-notifications").click();
    await page.getByTestId("page-notifications").waitFor();
    expect(await crumbs(furong)).toEqual(["工作台", "通知中心"]);
    const rows = page.getByTestId("notification-row");
    await expect.poll(() => rows.count(), WAIT).toBeGreaterThan(0);
    await screenshot(page, "navigation-notifications");

    // By kind: only the leader's 催办 remains, with the 批示 in it.
    await page.getByTestId("notifications-filter-kind").click();
    await page.locator(".ant-select-item-option", { hasText: "领导催办" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("kind"), WAIT).toBe("supervision_urged");
    await expect.poll(() => rows.count(), WAIT).toBe(1);
    expect(await rows.first().innerText()).toContain(INSTRUCTION);

    await page.getByTestId("notifications-page-read-all").click();
    await page.getByTestId("notifications-filter-read").getByText("未读").click();
    await expect.poll(() => rows.count(), WAIT).toBe(0);
    await expect
      .poll(() => page.getByTestId("notifications-count").getAttribute("data-count"), WAIT)
      .toBe("0");
    await screenshot(page, "navigation-notifications-all-read");
  });

  test("the 催办's 查看 opens the 督办单, where 芙蓉区 reads the 批示", async () => {
    const { page } = furong;
    await page.getByTestId("notifications-filter-read").getByText("全部").click();
    const open = page.getByTestId("notification-open").first();
    await open.waitFor(WAIT);
    await open.click();
    await expect.poll(() => new URL(page.url()).pathname, WAIT).toBe("/work-plan/supervision");
    await expect.poll(() => page.getByTestId("wp-notices-table").innerText(), WAIT).toContain(INSTRUCTION);
    await screenshot(page, "navigation-supervision-unit-reads-instruction");
  });

  test("no page errors", () => {
    expect([...furong.pageErrors, ...leader.pageErrors]).toEqual([]);
  });
});
