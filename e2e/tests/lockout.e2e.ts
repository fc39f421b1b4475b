import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { apiGet, apiLogin, apiPost } from "../support/api.ts";
import {
  launchBrowser,
  openSession,
  screenshot,
  submitLogin,
  type BrowserSession,
} from "../support/browser.ts";
import { DEMO_PASSWORD } from "../support/demo-accounts.ts";

const baseUrl = inject("baseUrl");
const USERNAME = "yuelu";
const WRONG_PASSWORD = "Wrong@2019";
const MAX_FAILED_LOGINS = 5; // 等保 2.0 登录失败处理: packages/domain/src/access/login-lockout.ts

let browser: Browser;
let session: BrowserSession;

beforeAll(async () => {
  browser = await launchBrowser();
  session = await openSession(browser, baseUrl);
  await session.page.goto("/login");
});

afterAll(async () => {
  await browser?.close();
  // Other files sign in as yuelu: an administrator's password reset also lifts the lock.
  const admin = await apiLogin(baseUrl, "admin");
  const found = await apiGet<{ items: { id: string; username: string }[] }>(
    admin,
    `/api/users?q=${USERNAME}`,
  );
  const account = found.items.find((user) => user.username === USERNAME);
  if (!account) throw new Error(`${USERNAME} not found`);
  await apiPost(admin, `/api/users/${account.id}/reset-password`, { newPassword: DEMO_PASSWORD });
  await apiLogin(baseUrl, USERNAME);
});

function loginError(): Promise<string> {
  return session.page.getByTestId("login-error").innerText();
}

describe(`five wrong passwords lock ${USERNAME}`, () => {
  test("attempts 1–4 are refused with a warning that names no account details", async () => {
    for (let attempt = 1; attempt < MAX_FAILED_LOGINS; attempt++) {
      const answer = await submitLogin(session.page, USERNAME, WRONG_PASSWORD);
      expect(answer.status()).toBe(401);
      await expect.poll(loginError).toContain(`连续 ${MAX_FAILED_LOGINS} 次密码错误，账户将被锁定`);
      expect(await loginError()).toContain("用户名或密码错误");
      await screenshot(session.page, `lockout-attempt-${attempt}`);
    }
  });

  test("the fifth wrong password locks the account, answered like any wrong password", async () => {
    const answer = await submitLogin(session.page, USERNAME, WRONG_PASSWORD);
    // The state of an account is told to nobody who has not given its password.
    expect(answer.status()).toBe(401);
    await expect.poll(loginError).toContain("用户名或密码错误");
    await screenshot(session.page, "lockout-attempt-5-locked");
  });

  test("the right password is then refused, and the lock holds", async () => {
    const answer = await submitLogin(session.page, USERNAME, DEMO_PASSWORD);
    expect(answer.status()).toBe(401);
    const problem = (await answer.json()) as { title: string };
    expect(problem.title).toBe("用户名或密码错误");
    expect(answer.headers()["content-type"]).toMatch(/^application\/problem\+json/);
    await expect.poll(loginError).toContain(`账户将被锁定`);
    expect(new URL(session.page.url()).pathname).toBe("/login");
    expect(await session.page.getByTestId("user-name").count()).toBe(0);
    await screenshot(session.page, "lockout-right-password-refused");
    expect(session.pageErrors).toEqual([]);
  });
});
