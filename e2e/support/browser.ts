import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page, type Response } from "playwright-core";
import { DEMO_PASSWORD } from "./demo-accounts.ts";
import { SCREENSHOTS_DIR } from "./paths.ts";

// The system Chromium; Playwright never downloads a browser here.
const CHROMIUM_PATH = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions in the page; a test ends by expecting none. */
  pageErrors: string[];
}

/** A phone's screen, for the public's and parents' pages (issue 18). */
export const PHONE = { width: 390, height: 844 } as const;

/** A fresh context (own cookies) at 1366×768 (or `viewport`) in zh-CN, with paths relative to the server. */
export async function openSession(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = { width: 1366, height: 768 },
): Promise<BrowserSession> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    ...(viewport.width < 768 ? { isMobile: true, hasTouch: true } : {}),
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    // The app runs under its CSP (script-src 'self'); only the tests' own waits evaluate strings.
    bypassCSP: true,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

async function fillLogin(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
}

/**
 * Signs in through the login page and waits for the signed-in layout; fails with the page's message.
 * Right after a logout the page is already /login and is reused, so the app is not loaded again.
 */
export async function loginViaUi(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!(await page.getByTestId("page-login").isVisible())) {
    await page.context().clearCookies();
    await page.goto("/login");
  }
  await fillLogin(page, username, password);
  await page.getByTestId("login-submit").click();
  // On a phone the name folds into the user menu.
  const signedIn = page.getByTestId("user-name").or(page.getByTestId("user-menu"));
  const refused = page.getByTestId("login-error");
  await signedIn.or(refused).waitFor();
  if (await refused.isVisible()) {
    throw new Error(`login as ${username} refused: ${await refused.innerText()}`);
  }
}

/** Goes to a path inside the app the way a link does (no reload): history.pushState plus popstate. */
export async function navigateInApp(page: Page, path: string): Promise<void> {
  const url = JSON.stringify(path);
  await page.evaluate(
    `window.history.pushState(null, "", ${url}); window.dispatchEvent(new PopStateEvent("popstate"));`,
  );
}

/** Submits the login form once (the page must be /login) and returns the server's answer. */
export async function submitLogin(page: Page, username: string, password: string): Promise<Response> {
  await fillLogin(page, username, password);
  const answer = page.waitForResponse(
    (response) => response.url().endsWith("/api/auth/login") && response.request().method() === "POST",
  );
  await page.getByTestId("login-submit").click();
  return answer;
}

/** data-testids of the side menu's entries, in menu order. */
export async function menuTestIds(page: Page): Promise<string[]> {
  const menu = page.getByTestId("side-menu");
  await menu.waitFor();
  const links = await menu.locator('[data-testid^="menu-"]').all();
  return Promise.all(links.map(async (link) => (await link.getAttribute("data-testid")) ?? ""));
}

/** Waits for spinners and web fonts, then writes e2e/screenshots/<name>.png of the viewport. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    "document.querySelectorAll('.ant-spin-spinning, [aria-busy=\"true\"]').length === 0",
  );
  await page.evaluate("document.fonts.ready.then(() => undefined)");
  // Finishes fade-outs (e.g. a table's loading veil) so the picture shows the settled page.
  await page.screenshot({ path: path.join(SCREENSHOTS_DIR, `${name}.png`), animations: "disabled" });
}

/** Fails when anything on the page is wider than the screen (the page scrolls sideways on a phone). */
export async function expectNoSideways(page: Page): Promise<void> {
  const widths = await page.evaluate<[number, number]>(
    "[document.documentElement.scrollWidth, window.innerWidth]",
  );
  if (widths[0] > widths[1]) throw new Error(`page is ${widths[0]} px wide on a ${widths[1]} px screen`);
}
