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
// T08 推进儿童友好型学校建设: led by 基础教育处 (jichu), 芙蓉区 (furong) co-operates. The demo plan is
// evaluated on 2019-11-30, so 2019-Q4 is the open period and furong has no Q4 report yet.
const TASK = "T08";
const PERIOD = "2019-Q4";
const REASON = "请补充试点学校名单和创建进度";
// The first dashboard of a fresh server evaluates the whole plan: give data-bound checks time.
const WAIT = { timeout: 15_000 };

// The smallest file the server accepts as a PDF: it checks the extension and the "%PDF-" signature.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

let browser: Browser;
let furong: BrowserSession;
let jichu: BrowserSession;
let leader: BrowserSession;
let reportPath = "";

async function periodReportsSubmitted(page: Page): Promise<number> {
  await page.getByTestId("menu-work-plan").click();
  const figure = page.getByTestId("wp-period-reports");
  await expect.poll(async () => (await figure.getAttribute("data-submitted")) ?? "", WAIT).toMatch(/^\d+$/);
  return Number(await figure.getAttribute("data-submitted"));
}

async function reportStatus(page: Page): Promise<string | null> {
  return page.getByTestId("wp-report-status").getAttribute("data-status");
}

async function submit(page: Page): Promise<void> {
  await page.getByTestId("wp-report-submit").click();
  await page.getByTestId("wp-report-submit-confirm").click();
  await expect.poll(() => reportStatus(page), WAIT).toBe("submitted");
}

beforeAll(async () => {
  browser = await launchBrowser();
  furong = await openSession(browser, baseUrl);
  jichu = await openSession(browser, baseUrl);
  leader = await openSession(browser, baseUrl);
  await loginViaUi(furong.page, "furong");
  await loginViaUi(jichu.page, "jichu");
  await loginViaUi(leader.page, "leader");
});

afterAll(async () => {
  await browser?.close();
});

describe("progress report: district submits, lead division returns, district resubmits", () => {
  let before = 0;

  test("the leader's dashboard shows the plan with this period's reports", async () => {
    const { page } = leader;
    before = await periodReportsSubmitted(page);
    await expect.poll(() => page.locator('[data-testid^="wp-focus-area-FA"]').count(), WAIT).toBe(8);
    expect(await page.getByTestId("plan-evaluation-date").innerText()).toContain("2019-11-30");
    await screenshot(page, "work-plan-dashboard-before");
  });

  test("芙蓉区 opens its Q4 report for T08 from 我的任务, attaches a PDF and submits", async () => {
    const { page } = furong;
    await page.getByTestId("menu-work-plan-mine").click();
    // "填报进展" creates the draft; "继续填报" opens one that is already there.
    const mine = `wp-mine-${TASK}-${PERIOD}`;
    await page
      .getByTestId(`${mine}-report`)
      .or(page.getByTestId(`${mine}-open`))
      .click();
    await page.getByTestId("page-work-plan-report").waitFor();
    reportPath = new URL(page.url()).pathname;
    expect(await reportStatus(page)).toBe("draft");

    // Too short a narrative: the server's message appears under the field.
    await page.getByTestId("wp-report-narrative").fill("太短");
    await page.getByTestId("wp-report-submit").click();
    await page.getByTestId("wp-report-submit-confirm").click();
    await expect.poll(() => page.getByTestId("wp-report-form").innerText(), WAIT).toContain("至少 10 个字");

    await page
      .getByTestId("wp-report-narrative")
      .fill("第四季度新认定儿童友好型试点学校 3 所，完成校园周边交通设施优化方案。");
    await page
      .getByTestId("wp-report-attachments")
      .locator('input[type="file"]')
      .setInputFiles({ name: "试点学校名单.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect.poll(() => page.getByTestId("wp-attachment").count(), WAIT).toBe(1);
    expect(await page.getByTestId("wp-attachment-link").innerText()).toBe("试点学校名单.pdf");

    // A disallowed type is refused in the page before it is sent.
    await page
      .getByTestId("wp-report-attachments")
      .locator('input[type="file"]')
      .setInputFiles({ name: "run.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
    await page.getByTestId("wp-attachment-error").waitFor();
    expect(await page.getByTestId("wp-attachment").count()).toBe(1);

    await submit(page);
    await screenshot(page, "work-plan-report-submitted");
  });

  test("基础教育处 finds it in 进展审核 and returns it with a reason", async () => {
    const { page } = jichu;
    await page.getByTestId("menu-work-plan-reviews").click();
    const row = page.locator(`[data-testid^="wp-review-open-${TASK}-${PERIOD}"]`);
    await row.first().click();
    await page.getByTestId("page-work-plan-report").waitFor();
    expect(new URL(page.url()).pathname).toBe(reportPath);
    expect(await page.getByTestId("wp-attachment-link").innerText()).toBe("试点学校名单.pdf");

    await page.getByTestId("wp-report-return").click();
    await page.getByTestId("wp-return-confirm").click(); // no reason: refused in the form
    await expect.poll(() => page.locator(".ant-modal").innerText(), WAIT).toContain("请填写退回原因");
    await page.getByTestId("wp-return-reason").fill(REASON);
    await page.getByTestId("wp-return-confirm").click();
    await expect.poll(() => reportStatus(page), WAIT).toBe("returned");
    await screenshot(page, "work-plan-report-returned");
  });

  test("芙蓉区 sees the reason, amends the report and submits it again", async () => {
    const { page } = furong;
    await page.goto(reportPath);
    await page.getByTestId("wp-report-return-reason").waitFor();
    expect(await page.getByTestId("wp-report-return-reason").innerText()).toContain(REASON);
    await page
      .getByTestId("wp-report-narrative")
      .fill("第四季度新认定儿童友好型试点学校 3 所（名单见附件），完成校园周边交通设施优化方案。");
    await submit(page);
    expect(await page.getByTestId("wp-report-history").innerText()).toContain("退回");
    await screenshot(page, "work-plan-report-resubmitted");
  });

  test("the leader's dashboard counts the resubmitted report", async () => {
    const { page } = leader;
    await page.reload();
    await expect.poll(() => periodReportsSubmitted(page), WAIT).toBe(before + 1);
    await screenshot(page, "work-plan-dashboard-after");
  });

  test("no page errors", () => {
    expect([...furong.pageErrors, ...jichu.pageErrors, ...leader.pageErrors]).toEqual([]);
  });
});

describe("督办", () => {
  test("芙蓉区 answers a 督办单 in its inbox", async () => {
    const { page } = furong;
    await page.getByTestId("menu-work-plan-supervision").click();
    const buttons = page.locator('[data-testid^="wp-notice-respond-"]');
    await expect.poll(() => buttons.count(), WAIT).toBeGreaterThan(0);
    const open = await buttons.count();
    await buttons.first().click();
    await page.getByTestId("wp-respond-text").fill("已组织专题会议，本周内补报全部逾期进展报告。");
    await page.getByTestId("wp-respond-confirm").click();
    await expect.poll(() => buttons.count(), WAIT).toBe(open - 1);
    expect(await page.getByTestId("wp-notices-table").innerText()).toContain("已组织专题会议");
    await screenshot(page, "work-plan-supervision-responded");
  });
});

describe("the public page", () => {
  test("shows the plan by focus area without signing in", async () => {
    const visitor = await openSession(browser, baseUrl);
    await visitor.page.goto("/public/work-plan");
    await visitor.page.getByTestId("public-plan-title").waitFor();
    await expect
      .poll(() => visitor.page.locator('[data-testid^="public-focus-area-FA"]').count(), WAIT)
      .toBe(8);
    await visitor.page.getByTestId("public-focus-area-FA3").click();
    await visitor.page.getByTestId(`public-task-${TASK}`).waitFor();
    const text = await visitor.page.getByTestId("page-public-work-plan").innerText();
    expect(text).toContain("推进儿童友好型学校建设");
    expect(text).not.toContain(REASON);
    await screenshot(visitor.page, "work-plan-public");
    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();
  });
});
