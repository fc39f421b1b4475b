import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import type { Browser } from "playwright-core";
import {
  launchBrowser,
  loginViaUi,
  menuTestIds,
  navigateInApp,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";
import { ALL_MENUS, DEMO_ACCOUNTS, MENU_PAGES } from "../support/demo-accounts.ts";

const baseUrl = inject("baseUrl");
// Later modules add menu entries of their own; this file checks the four the foundation ships.
const KNOWN_MENUS = new Set<string>(ALL_MENUS);
let browser: Browser;
// One page for every account: each signs out and the next signs in on the same page, as at a shared desk.
let session: BrowserSession;

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openSession(browser, baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

function text(testId: string): Promise<string> {
  return session.page
    .getByTestId(testId)
    .innerText()
    .then((value) => value.trim());
}

describe("each demo role signs in through the login page", () => {
  test.each(DEMO_ACCOUNTS)("$username（$roleLabel · $orgUnitName）", async (account) => {
    const { page } = session;
    await loginViaUi(page, account.username);
    await page.getByTestId("page-home").waitFor();
    expect(new URL(page.url()).pathname).toBe("/");

    expect(await text("user-role")).toBe(account.roleLabel);
    expect(await text("user-org-unit")).toBe(account.orgUnitName);
    expect(await text("user-name")).toBe(account.displayName);
    expect(await text("page-title")).toBe(MENU_PAGES["menu-home"].label);
    expect((await menuTestIds(page)).filter((id) => KNOWN_MENUS.has(id))).toEqual(account.menu);
    await screenshot(page, `roles-${account.username}-home`);

    for (const id of account.menu.filter((menu) => menu !== "menu-home")) {
      const entry = MENU_PAGES[id];
      expect(await text(id)).toBe(entry.label);
      await page.getByTestId(id).click();
      await page.getByTestId(entry.pageTestId).waitFor();
      expect(new URL(page.url()).pathname).toBe(entry.path);
      expect(await text("page-title")).toBe(entry.label);
      await screenshot(page, `roles-${account.username}-${id.slice("menu-".length)}`);
    }

    // A page missing from the menu, opened by its address, shows 没有权限 instead of its content.
    for (const id of ALL_MENUS.filter((menu) => !account.menu.includes(menu))) {
      const entry = MENU_PAGES[id];
      await navigateInApp(page, entry.path);
      await page.getByTestId("page-403").waitFor();
      expect(await page.getByTestId(entry.pageTestId).count()).toBe(0);
      expect(await text("page-403")).toContain("没有权限");
      await screenshot(page, `roles-${account.username}-${id.slice("menu-".length)}-403`);
    }

    await page.getByTestId("logout").click();
    await page.getByTestId("page-login").waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  test("a parent's 工作台 offers only the enrolment application and the online services; no page threw an error", async () => {
    const { page } = session;
    await loginViaUi(page, "parent");
    await page.getByTestId("page-home").waitFor();
    const links = await Promise.all(
      (await page.locator('[data-testid^="quick-link-"]').all()).map((link) =>
        link.getAttribute("data-testid"),
      ),
    );
    expect(links).toEqual(["quick-link-enrolment/mine", "quick-link-services/mine"]);
    expect(session.pageErrors).toEqual([]);
  });
});
