import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin, apiPost, findDistrict } from "../support/api.ts";
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
const PLAN_TITLE = "校园安全专项督导（浏览器测试）";
const PDF = Buffer.from("%PDF-1.4\n% 整改佐证材料\n");

let browser: Browser;
let inspector: BrowserSession;
let district: BrowserSession;
let visitId: string;
let schoolName: string;
let orderUrl: string;

/** Today in Beijing, the day the server counts visits by. */
const beijingToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const closureOf = async (session: BrowserSession) => {
  const { page } = session;
  await navigateInApp(page, "/inspectorate/evaluation?year=2019");
  const cell = page.getByTestId("insp-closure-芙蓉区");
  await cell.waitFor(WAIT);
  return (await cell.innerText()).trim();
};

beforeAll(async () => {
  // A one-school inspection of 芙蓉区 for today, with the demo 督学 on the team.
  const api = await apiLogin(baseUrl, "duxue");
  const me = await apiGet<{ user: { id: string } }>(api, "/api/auth/me");
  const furong = await findDistrict(api, "430102");
  const today = beijingToday();
  await apiPost(api, "/api/inspectorate/plans", {
    title: PLAN_TITLE,
    topic: "safety",
    unannounced: false,
    checklist: [
      { code: "S1", question: "消防通道畅通，灭火器在有效期内" },
      { code: "S2", question: "门卫落实来访登记制度" },
    ],
    scopeUnitId: furong.id,
    sampleSize: 1,
    startsOn: today,
    endsOn: today,
    inspectorIds: [me.user.id],
    public: false,
  });
  const plans = await apiGet<{ items: { id: string; title: string }[] }>(api, "/api/inspectorate/plans");
  const planId = plans.items.find((p) => p.title === PLAN_TITLE)?.id ?? "";
  const plan = await apiGet<{ visits: { id: string; school: { name: string } }[] }>(
    api,
    `/api/inspectorate/plans/${planId}`,
  );
  visitId = plan.visits[0]?.id ?? "";
  schoolName = plan.visits[0]?.school.name ?? "";

  browser = await launchBrowser();
  inspector = await openSession(browser, baseUrl);
  await loginViaUi(inspector.page, "duxue");
  district = await openSession(browser, baseUrl);
  await loginViaUi(district.page, "furong");
});

afterAll(async () => {
  await browser?.close();
});

describe("教育督导: a visit's finding to an accepted rectification", () => {
  let closureBefore: string;

  test("the inspector records the visit on a phone, with a finding ordered to the district", async () => {
    const { page } = inspector;
    await page.setViewportSize({ width: 390, height: 844 });
    await navigateInApp(page, "/inspectorate");
    await page.getByTestId(`insp-visit-link-${schoolName}`).first().click();
    await page.getByTestId("page-inspectorate-visit").waitFor();
    expect(page.url()).toContain(`/inspectorate/visits/${visitId}`);
    await page.getByTestId("insp-check-S1").getByText("符合", { exact: true }).click();
    await page.getByTestId("insp-check-S2").getByText("不符合", { exact: true }).click();
    await page.getByTestId("insp-visit-summary").fill("消防设施完好，门卫未落实来访登记。");
    await page.getByTestId("insp-add-finding").click();
    await page.getByTestId("insp-finding-0").fill("门卫未落实来访登记，外来人员可随意进出校园");
    await screenshot(page, "inspectorate-visit-phone");
    await page.getByTestId("insp-visit-save").click();
    await page.getByRole("link", { name: "整改单" }).waitFor(WAIT);
    const width = await page.evaluate("document.documentElement.scrollWidth");
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, "inspectorate-visit-recorded");
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(inspector.pageErrors).toEqual([]);
  });

  test("芙蓉区 receives the order, reports its plan and evidence", async () => {
    const { page } = district;
    await navigateInApp(page, "/inspectorate/rectifications");
    const row = page.getByTestId("insp-rectification-table").getByRole("row").filter({ hasText: PLAN_TITLE });
    await row.waitFor(WAIT);
    await row.getByTestId("insp-rectification-link").click();
    await page.getByTestId("page-inspectorate-rectification").waitFor();
    orderUrl = new URL(page.url()).pathname;
    await page.getByTestId("insp-rectification-text").fill("立即落实门卫来访登记制度，加装门禁");
    await page.getByTestId("insp-action-submit_plan").click();
    await page.getByTestId("insp-rectification-state").getByText("整改方案已报").waitFor(WAIT);
    await page.locator('input[type="file"]').setInputFiles({
      name: "门卫登记整改报告.pdf",
      mimeType: "application/pdf",
      buffer: PDF,
    });
    await page.getByRole("link", { name: "门卫登记整改报告.pdf" }).waitFor(WAIT);
    await page.getByTestId("insp-rectification-text").fill("已加装门禁，来访登记台账见附件");
    await page.getByTestId("insp-action-submit_evidence").click();
    await page.getByTestId("insp-rectification-state").getByText("整改材料待验收").waitFor(WAIT);
    await screenshot(page, "inspectorate-rectification-submitted");
    expect(district.pageErrors).toEqual([]);
  });

  test("the inspector accepts, and the evaluation board's closure rate for 芙蓉区 moves", async () => {
    // After the order was issued and before it is accepted: accepting must raise 芙蓉区's rate.
    closureBefore = await closureOf(inspector);
    const { page } = inspector;
    await navigateInApp(page, orderUrl);
    await page.getByTestId("insp-action-accept").click();
    await page.getByTestId("insp-rectification-state").getByText("验收通过").waitFor(WAIT);
    await screenshot(page, "inspectorate-rectification-accepted");
    await expect.poll(() => closureOf(inspector), WAIT).not.toBe(closureBefore);
    await page.getByTestId("insp-heatmap").waitFor();
    await screenshot(page, "inspectorate-board");
    expect(inspector.pageErrors).toEqual([]);
  });
});
