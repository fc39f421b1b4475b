import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import {
  launchBrowser,
  loginViaUi,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

const baseUrl = inject("baseUrl");
const WAIT = { timeout: 20_000 };
const PDF = Buffer.from("%PDF-1.4\n% 浏览器测试材料\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

let browser: Browser;
let citizen: BrowserSession;
let unit: BrowserSession;
let caseNo = "";
let code = "";

beforeAll(async () => {
  browser = await launchBrowser();
  citizen = await openSession(browser, baseUrl);
  await citizen.page.setViewportSize({ width: 390, height: 1600 });
  await loginViaUi(citizen.page, "parent");
  unit = await openSession(browser, baseUrl);
  await loginViaUi(unit.page, "shenpi");
});

afterAll(async () => {
  await browser?.close();
});

// A residence ID with a valid check digit (GB 11643).
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, ch, i) => acc + Number(ch) * (weights[i] ?? 0), 0);
  return first17 + "10X98765432"[sum % 11];
}

describe("一网通办: 人事档案转出 fully online", () => {
  test("a citizen finds the item by search, reads the guide and 智能导办, and applies with materials", async () => {
    const { page } = citizen;
    await page.goto("/public/services");
    await page.getByTestId("services-search").locator("input").fill("人事档案");
    await page.getByTestId("services-search").locator("input").press("Enter");
    const item = page.getByTestId("services-item-JY-FW-018");
    await item.waitFor(WAIT);
    await expect.poll(() => page.locator('[data-testid^="services-item-"]').count(), WAIT).toBe(1);
    await screenshot(page, "services-hall-search-390");
    await item.click();
    const wizard = page.getByTestId("services-wizard");
    await wizard.waitFor();
    await expect.poll(() => wizard.innerText(), WAIT).toContain("毕业证书");
    await wizard.getByText("临聘教师").click();
    await expect.poll(() => wizard.innerText(), WAIT).toContain("解除（终止）聘用合同证明");
    expect(await wizard.innerText()).not.toContain("毕业证书");
    await wizard.getByText("大中专院校毕业生").click();
    await screenshot(page, "services-hall-guide-390");

    await page.getByTestId("services-apply").click();
    await page.getByTestId("page-services-apply").waitFor(WAIT);
    await page.getByTestId("services-field-applicantName").fill("张家长");
    await page.getByTestId("services-field-idNumber").fill(residentId("43010219950612001"));
    await page.getByTestId("services-field-phone").fill("13800001234");
    await page.getByTestId("services-field-category").click();
    await page.locator(".ant-select-item-option", { hasText: "大中专院校毕业生" }).click();
    await page.getByTestId("services-field-receivingUnit").fill("株洲市人才服务中心");
    await page.getByTestId("services-field-receivingAddress").fill("株洲市天元区长江北路");
    for (const [code, name] of [
      ["id", "身份证.pdf"],
      ["diploma", "毕业证.pdf"],
    ] as const) {
      const row = page.getByTestId(`services-material-${code}`);
      await row.locator("input[type=file]").setInputFiles({ name, mimeType: "application/pdf", buffer: PDF });
      await row.getByText("已上传").waitFor(WAIT);
    }
    await screenshot(page, "services-hall-apply-390");
    await page.getByTestId("services-submit").click();
    await page.getByTestId("page-services-mine").waitFor(WAIT);
    const mine = page.getByTestId("services-my-case").filter({ hasText: "人事档案转出" }).first();
    await mine.waitFor(WAIT);
    const text = await mine.innerText();
    expect(text).toContain("待受理");
    caseNo = /JY\d{8}[0-9A-F]{6}/.exec(text)?.[0] ?? "";
    expect(caseNo).not.toBe("");
    await screenshot(page, "services-hall-mine-390");
    expect(citizen.pageErrors).toEqual([]);
  });

  test("行政审批服务处 accepts, reviews both steps and delivers the electronic result", async () => {
    const { page } = unit;
    await page.goto("/services/queue");
    await page.getByTestId("services-queue-search").locator("input").fill(caseNo);
    await page.getByTestId("services-queue-search").locator("input").press("Enter");
    const row = page.getByRole("row").filter({ hasText: caseNo });
    await row.waitFor(WAIT);
    await row.click();
    const detail = page.getByTestId("services-case-detail");
    await detail.waitFor(WAIT);
    const act = async (kind: string, note?: string) => {
      await detail.getByTestId(`services-act-${kind}`).click();
      if (note) await page.getByTestId("services-act-text").fill(note);
      await page.getByTestId("services-act-confirm").click();
      await page.getByTestId("services-act-confirm").waitFor({ state: "hidden" });
    };
    await act("accept");
    await expect.poll(() => detail.getByTestId("services-case-status").innerText(), WAIT).toBe("审核中");
    expect(await detail.getByTestId("services-time-limit").innerText()).toContain("正常");
    await screenshot(page, "services-hall-queue-accepted");
    await act("pass", "档案存放于市教育局档案室，已核对");
    await detail.getByText("档案存放于市教育局档案室，已核对").waitFor(WAIT);
    await act("pass", "已开具转递函，机要寄递单号 EMS9876543210");
    await expect.poll(() => detail.getByTestId("services-case-status").innerText(), WAIT).toBe("已办结");
    await act("deliver");
    await expect.poll(() => detail.getByTestId("services-case-status").innerText(), WAIT).toBe("已送达");
    await screenshot(page, "services-hall-queue-delivered");
    expect(unit.pageErrors).toEqual([]);
  });

  test("the citizen downloads the result, verifies it on the public page and rates the service", async () => {
    const { page } = citizen;
    await page.goto("/services/mine");
    await page.getByTestId("services-my-case").filter({ hasText: caseNo }).click();
    const detail = page.getByTestId("services-case-detail");
    await detail.waitFor(WAIT);
    const download = page.waitForEvent("download");
    await detail.getByTestId("services-download-result").click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/人事档案转出.*\.docx$/);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 2).toString()).toBe("PK");
    const link = detail.getByTestId("services-verify-link");
    code = /[0-9A-F]{16}/.exec(await link.innerText())?.[0] ?? "";
    expect(code).not.toBe("");
    await screenshot(page, "services-hall-result-390");

    const visitor = await openSession(browser, baseUrl);
    await visitor.page.setViewportSize({ width: 390, height: 1200 });
    await visitor.page.goto(`/public/services-verify?code=${code}`);
    const verdict = visitor.page.getByTestId("services-verify-result");
    await verdict.waitFor(WAIT);
    expect(await verdict.innerText()).toContain("真实有效");
    expect(await visitor.page.locator("body").innerText()).toContain(caseNo);
    await screenshot(visitor.page, "services-hall-verify-390");
    await visitor.page.goto("/public/services-verify?code=0000000000000000");
    await expect
      .poll(() => visitor.page.getByTestId("services-verify-result").innerText(), WAIT)
      .toContain("未找到");
    expect(visitor.pageErrors).toEqual([]);
    await visitor.context.close();

    await detail.getByTestId("services-rate-submit").click();
    await detail.getByTestId("services-rating").waitFor(WAIT);
    await screenshot(page, "services-hall-rated-390");
    expect(citizen.pageErrors).toEqual([]);
  });
});
