import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchBrowser, loginViaUi, openSession, type BrowserSession } from "./browser.ts";

/**
 * One browser signed in as `username` for the whole file (opened before the first test, closed after the
 * last); call at the top of a test file and read the session inside the tests.
 */
export function signedInFor(username: string): () => BrowserSession {
  let browser: Browser | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    session = await openSession(browser, inject("baseUrl"));
    await loginViaUi(session.page, username);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!session) throw new Error("the signed-in session is opened in beforeAll");
    return session;
  };
}
