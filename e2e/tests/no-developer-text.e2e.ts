import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import {
  launchBrowser,
  loginViaUi,
  menuTestIds,
  openSession,
  type BrowserSession,
} from "../support/browser.ts";

/**
 * What a user reads must not contain what only developers write (issue 18): file names, command lines, raw
 * codes such as `DIV-JJ` or `2019-Q3`, or record ids. Each account below opens every page of its menu.
 */
const baseUrl = inject("baseUrl");

const DEVELOPER_TEXT: [string, RegExp][] = [
  ["a file name", /\b[\w-]+\.(?:ya?ml|json|tsx?|jsx?|mjs|csv|sql)\b/i],
  ["a command line", /\bnpm run\b|\bnpx\b|--inputs\b|--announcement\b/],
  ["a division code", /\bDIV-[A-Z]+\b/],
  ["a period code", /\b(?:19|20)\d{2}-(?:Q[1-4]|H[12]|M\d{2})\b/],
  ["a record id", /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i],
];

function developerText(text: string): string[] {
  return DEVELOPER_TEXT.flatMap(([what, pattern]) => {
    const found = pattern.exec(text);
    // The words around it say where on the page it is.
    const around = found ? text.slice(Math.max(0, found.index - 40), found.index + found[0].length + 40) : "";
    return found ? [`${what}: “${found[0]}” in “${around.replace(/\s+/g, " ")}”`] : [];
  });
}

let browser: Browser;
let session: BrowserSession;

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openSession(browser, baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

describe("no developer text on any page a user opens", () => {
  test.each(["admin", "leader", "jichu", "jiaoshichu", "duxue", "furong", "school", "teacher", "parent"])(
    "%s",
    async (username) => {
      const { page } = session;
      await loginViaUi(page, username);
      await page.getByTestId("page-home").waitFor();
      const problems: string[] = [];
      for (const id of await menuTestIds(page)) {
        await page.getByTestId(id).click();
        await page.waitForLoadState("networkidle");
        await page.waitForFunction(
          "document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0",
        );
        const found = developerText(await page.locator("body").innerText());
        if (found.length > 0) problems.push(`${new URL(page.url()).pathname} — ${found.join("; ")}`);
      }
      expect(problems).toEqual([]);
      await page.getByTestId("logout").click();
      await page.getByTestId("page-login").waitFor();
    },
  );
});
