import { residentIdCheckChar } from "@edubureau/domain/identity";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin } from "../support/api.ts";
import { apiSend, beijingDay, pickOption } from "../support/enrolment.ts";
import {
  launchBrowser,
  loginViaUi,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

/**
 * A parent applies, 芙蓉区 reviews, 基础教育处 freezes (the public page shows the draw announcement),
 * draws and publishes in one step, a 系统管理员 redraws with a reason (the public page shows it), and
 * the parent finds the result on the public page. The demo's rounds keep their own calendars, so this test sets up its own round for the
 * current year through the API with every window covering today (one shared server, real clock).
 */
const baseUrl = inject("baseUrl");
const year = Number(beijingDay(0).slice(0, 4));
const roundName = `${year}年初中一年级招生（E2E ${Date.now()}）`;
const childName = "欧阳小明";
const birthDate = `${year - 12}-03-15`;

function idNumber(): string {
  const first17 = `430102${birthDate.replaceAll("-", "")}123`;
  return first17 + residentIdCheckChar(first17);
}

let browser: Browser;
let parent: BrowserSession;
let roundId = "";
let schoolName = "";
let number = "";
let earliestDrawAt = 0;
const REDRAW_REASON = "公证员发现录入的现场随机数与公证记录不符，按公证记录重新派位";

beforeAll(async () => {
  const jichu = await apiLogin(baseUrl, "jichu");
  const window = { start: beijingDay(-1), end: beijingDay(1) };
  const round = (await apiSend(jichu, "POST", "/api/enrolment/rounds", {
    year,
    stage: "junior_1",
    name: roundName,
    maxChoices: 2,
    mechanism: "boston",
    secondMechanism: "deferred-acceptance",
    calendar: {
      application: window,
      review: window,
      draw: window,
      publicity: window,
      admission: window,
      secondRound: window,
    },
    seedAnnouncement: { digits: 6, labels: ["parent-1", "notary"] },
  })) as { id: string };
  roundId = round.id;
  const schools = await apiGet<{ items: { id: string; name: string }[] }>(
    jichu,
    "/api/institutions?type=junior&ownership=private&status=operating&pageSize=2",
  );
  for (const [i, school] of schools.items.entries()) {
    await apiSend(jichu, "PUT", `/api/enrolment/rounds/${roundId}/plans`, {
      institutionId: school.id,
      places: 3 + i,
      inLottery: true,
    });
  }
  schoolName = schools.items[0]?.name ?? "";
  expect(schoolName).not.toBe("");
  browser = await launchBrowser();
  parent = await openSession(browser, baseUrl);
  await loginViaUi(parent.page, "parent");
});

afterAll(async () => {
  await browser?.close();
});

describe("民办初中 enrolment from application to public result", () => {
  test("the parent applies for a child", async () => {
    const { page } = parent;
    await page.getByTestId("menu-enrolment-mine").click();
    await page.getByTestId("apply-open").click();
    await page.getByTestId("apply-round").click();
    await pickOption(page, roundName);
    await page.getByTestId("apply-district").click();
    await pickOption(page, "芙蓉区");
    await page.getByTestId("child-0-name").fill(childName);
    const birth = page.locator('[data-testid="child-0-birth"] input, input[data-testid="child-0-birth"]');
    await birth.click();
    await birth.fill(birthDate);
    await page.keyboard.press("Enter");
    await page.getByTestId("child-0-id").fill(idNumber());
    await page.getByTestId("apply-choices").click();
    await pickOption(page, schoolName);
    await page.keyboard.press("Escape");
    await page.getByTestId("guardian-name").fill("欧阳大明");
    await page.getByTestId("guardian-phone").fill("13800138000");
    await page.getByTestId("guardian-address").fill("芙蓉区五一大道 100 号 3 栋 201");
    await page.getByTestId("apply-pledge").check();
    await page.getByTestId("apply-submit").click();
    const card = page.locator('[data-testid^="application-E"]').filter({ hasText: roundName });
    await card.waitFor();
    number = ((await card.getAttribute("data-testid")) ?? "").replace("application-", "");
    expect(number).toMatch(/^E\d{4}J\d{6}$/);
    expect(await card.getByTestId("application-status").innerText()).toBe("待审核");
    await screenshot(page, "enrolment-applied");
  });

  test("芙蓉区 approves it in the review queue", async () => {
    const district = await openSession(browser, baseUrl);
    await loginViaUi(district.page, "furong");
    await district.page.goto(`/enrolment/review?round=${roundId}`);
    await district.page.getByTestId(`approve-${number}`).click();
    await expect.poll(() => district.page.getByTestId(`approve-${number}`).count()).toBe(0);
    await screenshot(district.page, "enrolment-reviewed");
    expect(district.pageErrors).toEqual([]);
    await district.context.close();
  });

  test("基础教育处 freezes the lists; the public page shows the draw announcement before the draw", async () => {
    const jichu = await apiLogin(baseUrl, "jichu");
    const now = Date.now();
    // The public value is announced as published a few seconds from now, and the draw may run just after.
    earliestDrawAt = now + 12_000;
    await apiSend(jichu, "POST", `/api/enrolment/rounds/${roundId}/draws`, {
      phase: 1,
      earliestDrawAt: new Date(earliestDrawAt).toISOString(),
      publicValues: [
        {
          label: "sse-close",
          digits: 8,
          source: "上海证券交易所上证综合指数当日收盘点位乘以100取整，8位，不足前补零",
          availableAt: new Date(now + 6_000).toISOString(),
        },
      ],
    });
    const visitor = await openSession(browser, baseUrl);
    const { page } = visitor;
    await page.setViewportSize({ width: 390, height: 1700 });
    await page.goto(`/public/enrolment?round=${roundId}`);
    const announcement = page.getByTestId("announcement-1");
    await announcement.waitFor();
    const text = await announcement.innerText();
    expect(text).toContain("上证综合指数");
    expect(text).toContain(schoolName);
    expect(await page.getByTestId("public-bundle").count()).toBe(0);
    await screenshot(page, "enrolment-public-announcement-390");
    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();
  });

  test("基础教育处 draws at the announced time and the result is published in the same step", async () => {
    const console = await openSession(browser, baseUrl);
    const { page } = console;
    await loginViaUi(page, "jichu");
    await page.goto(`/enrolment/draw?round=${roundId}`);
    await page.getByTestId("announcement-1").waitFor();
    await page.getByTestId("seed-parent-1").fill("038211");
    await page.getByTestId("seed-notary").fill("574903");
    await page.getByTestId("seed-sse-close").fill("00302175");
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, earliestDrawAt - Date.now() + 500)));
    await page.getByTestId("run-1").click();
    await page.getByTestId("run-confirm").click();
    await expect
      .poll(() => page.getByTestId("draw-status-1").innerText(), { timeout: 20_000 })
      .toBe("已公布");
    await screenshot(page, "enrolment-draw-published");
    expect(await page.locator("body").innerText()).not.toContain("notary");
    expect(console.pageErrors).toEqual([]);
    await console.context.close();
  });

  test("系统管理员 redraws with a written reason; the public page shows the redraw and why", async () => {
    const admin = await openSession(browser, baseUrl);
    await loginViaUi(admin.page, "admin");
    await admin.page.goto(`/enrolment/draw?round=${roundId}`);
    await admin.page.getByTestId("redraw-1").click();
    await admin.page.getByTestId("redraw-reason").fill(REDRAW_REASON);
    await admin.page.getByTestId("seed-parent-1").last().fill("111111");
    await admin.page.getByTestId("seed-notary").last().fill("222222");
    await admin.page.getByTestId("seed-sse-close").last().fill("00302175");
    await admin.page.getByTestId("redraw-confirm").click();
    await expect
      .poll(() => admin.page.getByTestId("draw-status-1").innerText(), { timeout: 20_000 })
      .toBe("已公布");
    expect(admin.pageErrors).toEqual([]);
    await admin.context.close();

    const visitor = await openSession(browser, baseUrl);
    const { page } = visitor;
    await page.setViewportSize({ width: 390, height: 2400 });
    await page.goto(`/public/enrolment?round=${roundId}`);
    const redraws = page.getByTestId("public-redraws");
    await redraws.waitFor();
    expect(await redraws.innerText()).toContain(REDRAW_REASON);
    const body = await page.locator("body").innerText();
    expect(body).toContain("复核");
    for (const developerText of ["verify-draw", "--inputs", "notary=", "parent-1="]) {
      expect(body).not.toContain(developerText);
    }
    expect(await page.getByTestId("ledger-totals").innerText()).toContain("报名 1 人 = 已录取 1 人");
    await screenshot(page, "enrolment-public-redraw-390");
    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();
  });

  test("the parent finds the admission on the public page, masked", async () => {
    const visitor = await openSession(browser, baseUrl);
    const { page } = visitor;
    await page.goto("/public/enrolment");
    const search = page.getByTestId("public-search").locator("input");
    await search.fill(number);
    await search.press("Enter");
    const placement = page.getByTestId("public-placement");
    await expect.poll(() => placement.innerText()).toContain(`录取：${schoolName}`);
    const result = await page.getByTestId("public-search-result").innerText();
    expect(result).toContain("欧**明");
    expect(result).not.toContain(childName);
    expect(result).not.toContain(idNumber());
    await screenshot(page, "enrolment-public-result");
    expect(visitor.pageErrors).toEqual([]);
    expect(parent.pageErrors).toEqual([]);
    await visitor.context.close();
  });
});
