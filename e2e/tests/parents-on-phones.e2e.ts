import { residentIdCheckChar } from "@edubureau/domain/identity";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin, type ApiSession } from "../support/api.ts";
import { apiSend, beijingDay, pickOption } from "../support/enrolment.ts";
import {
  expectNoSideways,
  launchBrowser,
  loginViaUi,
  openSession,
  PHONE,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

/**
 * A parent on a 390 px phone: the public home, sign-up with a code (read from the administrators' SMS outbox),
 * an application whose bad ID check digit is shown under the ID field, the receipt, and the public search.
 * Nothing on any of these pages is wider than the screen.
 */
const baseUrl = inject("baseUrl");
const year = Number(beijingDay(0).slice(0, 4));
const roundName = `${year}年小学一年级报名（手机 ${Date.now()}）`;
// A number nobody else in the demo has: 139 plus the last eight digits of the clock.
const phone = `139${String(Date.now()).slice(-8)}`;
const password = "Jiazhang#2019pass";
const birthDate = `${year - 7}-04-20`;

function idNumber(): string {
  const first17 = `430102${birthDate.replaceAll("-", "")}457`; // 7: odd, a boy (GB 11643)
  return first17 + residentIdCheckChar(first17);
}

function wrongCheckDigit(id: string): string {
  const last = id.slice(-1);
  return id.slice(0, -1) + (last === "0" ? "1" : "0");
}

let browser: Browser;
let parent: BrowserSession;
let admin: ApiSession;
let schoolName = "";
let pendingBefore = 0;

beforeAll(async () => {
  const jichu = await apiLogin(baseUrl, "jichu");
  admin = await apiLogin(baseUrl, "admin");
  const window = { start: beijingDay(-1), end: beijingDay(1) };
  const round = (await apiSend(jichu, "POST", "/api/enrolment/rounds", {
    year,
    stage: "primary_1",
    name: roundName,
    maxChoices: 2,
    mechanism: "boston",
    secondMechanism: "deferred-acceptance",
    calendar: {
      application: window,
      review: { start: beijingDay(2), end: beijingDay(3) },
      draw: { start: beijingDay(4), end: beijingDay(4) },
      publicity: { start: beijingDay(5), end: beijingDay(6) },
      admission: { start: beijingDay(7), end: beijingDay(8) },
      secondRound: { start: beijingDay(9), end: beijingDay(10) },
    },
    seedAnnouncement: { digits: 6, labels: ["parent-1", "notary"] },
  })) as { id: string };
  const schools = await apiGet<{ items: { id: string; name: string }[] }>(
    jichu,
    "/api/institutions?type=primary&ownership=private&status=operating&pageSize=1",
  );
  const school = schools.items[0];
  if (!school) throw new Error("no private primary school in the demo");
  schoolName = school.name;
  await apiSend(jichu, "PUT", `/api/enrolment/rounds/${round.id}/plans`, {
    institutionId: school.id,
    places: 5,
    inLottery: true,
  });
  const furong = await apiLogin(baseUrl, "furong");
  const queue = await apiGet<{ items: { key: string; count: number }[] }>(furong, "/api/work-queue");
  pendingBefore = queue.items.find((i) => i.key === "applicationsToReview")?.count ?? 0;
  browser = await launchBrowser();
  parent = await openSession(browser, baseUrl, PHONE);
});

afterAll(async () => {
  await browser?.close();
});

describe("a parent on a phone", () => {
  test("the public home leads to sign-up and fits the screen", async () => {
    const { page } = parent;
    await page.goto("/public");
    await page.getByTestId("public-parent-services").waitFor();
    await expectNoSideways(page);
    await screenshot(page, "phone-public-home-390");
    await page.getByTestId("public-menu").click();
    await screenshot(page, "phone-public-menu-390");
    await page.keyboard.press("Escape");
    await page.getByTestId("public-sign-up").click();
    await page.getByTestId("page-sign-up").waitFor();
    await expectNoSideways(page);
  });

  test("signs up with a code sent to the phone", async () => {
    const { page } = parent;
    await page.getByTestId("sign-up-phone").fill(phone);
    await page.getByTestId("sign-up-send-code").click();
    await expect.poll(() => page.getByTestId("sign-up-send-code").innerText()).toContain("秒后重新获取");
    const outbox = await apiGet<{ items: { phone: string; body: string }[] }>(admin, "/api/sms-outbox");
    const message = outbox.items.find((m) => m.phone.endsWith(phone.slice(-4)));
    const code = /验证码为 (\d{6})/.exec(message?.body ?? "")?.[1] ?? "";
    expect(code).toMatch(/^\d{6}$/);
    await page.getByTestId("sign-up-code").fill(code);
    await page.getByTestId("sign-up-name").fill("欧阳家长");
    await page.getByTestId("sign-up-password").fill(password);
    await page.getByTestId("sign-up-confirm").fill(password);
    await screenshot(page, "phone-sign-up-390");
    await page.getByTestId("sign-up-submit").click();
    await page.getByTestId("sign-up-login").click();
    await page.getByTestId("page-login").waitFor();
    await expectNoSideways(page);
    await screenshot(page, "phone-login-390");
    await loginViaUi(page, phone, password);
    await page.getByTestId("user-menu").waitFor();
    await expectNoSideways(page);
    await screenshot(page, "phone-parent-home-390");
  });

  test("applies; a bad check digit shows under the ID field; the receipt prints the next steps", async () => {
    const { page } = parent;
    await page.goto("/enrolment/mine");
    await page.getByTestId("page-enrolment-mine").waitFor();
    await expectNoSideways(page);
    await page.getByTestId("apply-open").click();
    await page.getByTestId("apply-round").click();
    await pickOption(page, roundName);
    await page.getByTestId("apply-district").click();
    await pickOption(page, "芙蓉区");
    await page.getByTestId("child-0-name").fill("欧阳小明");
    const birth = page.locator('[data-testid="child-0-birth"] input, input[data-testid="child-0-birth"]');
    await birth.click();
    await birth.fill(birthDate);
    await page.keyboard.press("Enter");
    await page.getByTestId("child-0-id").fill(wrongCheckDigit(idNumber()));
    await page.getByTestId("apply-choices").click();
    await pickOption(page, schoolName);
    await page.keyboard.press("Escape");
    await page.getByTestId("guardian-name").fill("欧阳家长");
    await page.getByTestId("guardian-phone").fill(phone);
    await page.getByTestId("guardian-address").fill("芙蓉区五一大道 100 号 3 栋 201");
    await page.getByTestId("apply-pledge").check();
    await page.getByTestId("apply-submit").click();
    const idField = page.locator(".ant-form-item").filter({ has: page.getByTestId("child-0-id") });
    await expect.poll(() => idField.locator(".ant-form-item-explain-error").innerText()).toContain("校验码");
    await screenshot(page, "phone-apply-id-error-390");
    await page.getByTestId("child-0-id").fill(idNumber());
    await page.getByTestId("apply-submit").click();
    const card = page.locator('[data-testid^="application-E"]').filter({ hasText: roundName });
    await card.waitFor();
    await expect.poll(() => card.getByTestId("application-steps").innerText()).toContain("区县资格审核");
    await expectNoSideways(page);
    await screenshot(page, "phone-my-applications-390");
    await card.getByTestId("application-receipt-link").click();
    const receipt = page.getByTestId("application-receipt");
    await receipt.waitFor();
    const text = await receipt.innerText();
    expect(text).toContain("入学报名回执");
    expect(text).toContain("户口簿");
    expect(text).toContain("电脑派位");
    expect(text).toContain(schoolName);
    await expectNoSideways(page);
    await screenshot(page, "phone-receipt-390");
    expect(parent.pageErrors).toEqual([]);
  });

  test("芙蓉区's 工作台 counts the new application among its 待办; the leader's opens the 驾驶舱", async () => {
    const district = await openSession(browser, baseUrl);
    await loginViaUi(district.page, "furong");
    const count = district.page.getByTestId("work-count-applicationsToReview");
    await expect.poll(async () => Number(await count.innerText())).toBe(pendingBefore + 1);
    await screenshot(district.page, "work-queue-furong");
    await district.page.getByTestId("work-item-applicationsToReview").click();
    await expect.poll(() => new URL(district.page.url()).pathname).toBe("/enrolment/review");
    await district.context.close();
    const leader = await openSession(browser, baseUrl);
    await loginViaUi(leader.page, "leader");
    await leader.page.getByTestId("leader-dashboard").click();
    await expect.poll(() => new URL(leader.page.url()).pathname).toBe("/work-plan");
    expect([...district.pageErrors, ...leader.pageErrors]).toEqual([]);
    await leader.context.close();
  });

  test("the public result search fits the screen", async () => {
    const visitor = await openSession(browser, baseUrl, PHONE);
    await visitor.page.goto("/public/enrolment");
    await visitor.page.getByTestId("page-public-enrolment").waitFor();
    await expectNoSideways(visitor.page);
    await screenshot(visitor.page, "phone-public-enrolment-390");
    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();
  });
});
