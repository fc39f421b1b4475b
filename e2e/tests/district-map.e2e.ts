import { describe, expect, test } from "vitest";
import { screenshot } from "../support/browser.ts";
import { signedInFor } from "../support/signed-in.ts";

const WAIT = { timeout: 20_000 };

const leaderSession = signedInFor("leader");

describe("分区地图: the city's districts as shapes", () => {
  test("指标分析 at city level colours each district by the indicator and says it is a schematic", async () => {
    const { page } = leaderSession();
    await page.getByTestId("menu-indicators").click();
    const card = page.getByTestId("indicator-district-map-card");
    await card.waitFor(WAIT);
    await card.locator("canvas").first().waitFor(WAIT);
    expect(await card.innerText()).toContain("示意图");
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, "district-map-indicator");
  });

  test("机构名录's 分布图 draws the institutions over the district outlines", async () => {
    const { page } = leaderSession();
    await page.getByTestId("menu-institutions").click();
    await page.getByRole("tab", { name: "分布图" }).click();
    await page.getByTestId("institution-map").locator("canvas").first().waitFor(WAIT);
    expect(await page.getByTestId("page-institutions").innerText()).toContain("示意图");
    await screenshot(page, "district-map-institutions");
  });
});

describe("学校主页: from the drill-down to everything about one school", () => {
  test("a school row in 指标分析 opens the school's page with its classes, teachers, 称号 and health", async () => {
    const { page } = leaderSession();
    await page.getByTestId("menu-indicators").click();
    const table = page.getByTestId("indicator-children-table");
    // City → 芙蓉区 → its first street → a school.
    await table.locator("tr", { hasText: "芙蓉区" }).first().click();
    await page.getByTestId("indicator-trail").getByText("芙蓉区").waitFor(WAIT);
    await table.locator("tr.ant-table-row").first().click();
    const school = page.locator('[data-testid^="indicator-school-"]').first();
    await school.waitFor(WAIT);
    const name = await school.innerText();
    await school.click();
    await page.getByTestId("page-school").waitFor(WAIT);
    expect(await page.getByTestId("school-name").innerText()).toBe(name);
    await screenshot(page, "school-page-overview");
    const tabs = page.getByTestId("school-tabs");
    for (const [tab, shot] of [
      ["班级", "school-page-classes"],
      ["教师", "school-page-teachers"],
      ["体质健康", "school-page-health"],
    ] as const) {
      await tabs.getByRole("tab", { name: tab }).click();
      await page.waitForLoadState("networkidle");
      await screenshot(page, shot);
    }
  });
});
