import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiLogin, findDistrict, type OrgUnit } from "../support/api.ts";
import {
  launchBrowser,
  loginViaUi,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";

const baseUrl = inject("baseUrl");
const FURONG_CODE = "430102"; // GB/T 2260 芙蓉区
const YUELU_CODE = "430104"; // GB/T 2260 岳麓区
const HAN = /\p{Script=Han}/u;

let browser: Browser;
let furong: BrowserSession;
let yuelu: OrgUnit;

/** code and name of every org-unit node the tree shows. */
async function treeNodes(session: BrowserSession): Promise<{ code: string; text: string }[]> {
  const nodes = await session.page.locator('[data-testid^="org-node-"]').all();
  return Promise.all(
    nodes.map(async (node) => ({
      code: (await node.getAttribute("data-code")) ?? "",
      text: await node.innerText(),
    })),
  );
}

beforeAll(async () => {
  // A city-wide account names 岳麓区's id; the district account must not be able to use it.
  yuelu = await findDistrict(await apiLogin(baseUrl, "leader"), YUELU_CODE);
  browser = await launchBrowser();
  furong = await openSession(browser, baseUrl);
  await loginViaUi(furong.page, "furong");
});

afterAll(async () => {
  await browser?.close();
});

describe("a district account (芙蓉区) sees its own district only", () => {
  test("the org-unit tree has 芙蓉区 as its only root, and its branches stay inside 芙蓉区", async () => {
    const { page } = furong;
    await page.getByTestId("menu-org-units").click();
    await page.getByTestId("org-tree").waitFor();
    const roots = await treeNodes(furong);
    expect(roots.map((node) => node.code)).toEqual([FURONG_CODE]);
    expect(roots[0]?.text).toContain("芙蓉区");

    // Open 芙蓉区: its streets and schools, nothing of 岳麓区.
    const furongNode = page
      .getByRole("treeitem")
      .filter({ has: page.locator(`[data-code="${FURONG_CODE}"]`) });
    await furongNode.locator(".ant-tree-switcher").click();
    await expect.poll(async () => (await treeNodes(furong)).length).toBeGreaterThan(1);
    const shown = await treeNodes(furong);
    expect(shown.every((node) => node.code.startsWith(FURONG_CODE) || node.code.startsWith("21430102"))).toBe(
      true,
    );
    expect(shown.some((node) => node.text.includes("岳麓"))).toBe(false);
    await screenshot(page, "district-scope-furong-tree");
  });

  test("searching for 岳麓 finds nothing", async () => {
    const { page } = furong;
    await page.getByTestId("menu-org-units").click();
    await page.getByTestId("org-search").locator("input").fill("岳麓");
    await expect.poll(() => page.getByTestId("page-org-units").innerText()).toContain("没有匹配的单位");
    expect(await page.locator('[data-testid^="org-search-result-"]').count()).toBe(0);
    await screenshot(page, "district-scope-furong-search-yuelu");
  });

  test("opening /org-units?unit=<岳麓区 id> shows a refusal, not the unit", async () => {
    const { page } = furong;
    await page.goto(`/org-units?unit=${yuelu.id}`);
    const refusal = page.getByTestId("org-detail-error");
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain("机构不存在");
    expect(await page.getByTestId("org-detail").count()).toBe(0);
    expect(await page.getByTestId("page-org-units").innerText()).not.toContain(YUELU_CODE);
    await screenshot(page, "district-scope-furong-open-yuelu");
  });

  test("the API refuses 岳麓区 with problem+json for furong's browser session", async () => {
    for (const path of [`/api/org-units/${yuelu.id}`, `/api/org-units/${yuelu.id}/children`]) {
      const response = await furong.context.request.get(path);
      expect([403, 404]).toContain(response.status());
      expect(response.headers()["content-type"]).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as { title: string; status: number; detail?: string };
      expect(problem.status).toBe(response.status());
      expect(problem.title).toMatch(HAN);
      expect(JSON.stringify(problem)).not.toContain("岳麓区");
    }
    const search = await furong.context.request.get(`/api/org-units/search?q=${encodeURIComponent("岳麓")}`);
    expect(search.status()).toBe(200);
    expect(await search.json()).toEqual({ items: [] });
  });

  test("the same session still reads its own district", async () => {
    const roots = await furong.context.request.get("/api/org-units/roots");
    const body = (await roots.json()) as { items: OrgUnit[] };
    expect(body.items.map((unit) => unit.code)).toEqual([FURONG_CODE]);
    const own = await furong.context.request.get(`/api/org-units/${body.items[0]?.id}`);
    expect(own.status()).toBe(200);
    expect(furong.pageErrors).toEqual([]);
  });
});
