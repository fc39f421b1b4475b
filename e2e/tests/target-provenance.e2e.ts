import { describe, expect, test } from "vitest";
import { screenshot } from "../support/browser.ts";
import { signedInFor } from "../support/signed-in.ts";

// The first page of a fresh server evaluates the whole plan: give data-bound checks time.
const WAIT = { timeout: 20_000 };

const leaderSession = signedInFor("leader");

describe("目标数据来源: where a bound target's value comes from", () => {
  test("the leader opens it from the plan overview and sees T21-1 and T28-3 with their sources", async () => {
    const { page } = leaderSession();
    await page.getByTestId("menu-work-plan").click();
    await page.getByTestId("wp-provenance-link").click();
    const table = page.getByTestId("wp-provenance");
    await table.getByTestId("wp-provenance-T21-1").waitFor(WAIT);

    const row = (code: string) => table.locator("tr", { has: page.getByTestId(`wp-provenance-${code}`) });
    const online = await row("T21-1").innerText();
    expect(online).toContain("审批服务事项全流程网上办比例");
    // Since issue 15, T21-1 reads the services hall's catalogue live instead of the units' typed figures.
    expect(online).toContain("一网通办事项清单（已发布事项中网办深度为四级的比例）");
    const training = await row("T28-3").innerText();
    expect(training).toContain("完成市级培训");
    expect(training).toContain("教师培训学时登记（学校认定后计入）");
    expect(training).toMatch(/已审核计入 \d+/);
    await row("T21-1").scrollIntoViewIfNeeded();
    await screenshot(page, "target-provenance-leader");
  });

  test("a target's page links to its row", async () => {
    const { page } = leaderSession();
    await page.getByTestId("wp-provenance-T28-3").click();
    await page.getByTestId("page-work-plan-target").waitFor(WAIT);
    await page.getByTestId("wp-target-provenance").click();
    await page.getByTestId("wp-provenance-T28-3").waitFor(WAIT);
    expect(page.url()).toContain("target=T28-3");
    await page.getByTestId("wp-provenance-T28-3").scrollIntoViewIfNeeded();
    await screenshot(page, "target-provenance-from-target");
  });
});
