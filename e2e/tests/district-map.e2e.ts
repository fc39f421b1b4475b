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
