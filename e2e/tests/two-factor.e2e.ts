import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { generate } from "otplib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  launchBrowser,
  loginViaUi,
  navigateInApp,
  openSession,
  screenshot,
  type BrowserSession,
} from "../support/browser.ts";
import { DEMO_PASSWORD } from "../support/demo-accounts.ts";
import { REPO_ROOT } from "../support/paths.ts";
import { startServer, type RunningServer } from "../support/server.ts";

// Two factors are required only in production or when configured: this file runs its own server with
// TWO_FACTOR_REQUIRED=1, so the shared server of the other files keeps signing in with passwords alone.
let server: RunningServer;
let dataDir: string;
let browser: Browser;
let session: BrowserSession;
let secret = "";
/** The last 30-second step a code was used for, per secret (each account's codes are good once). */
const lastSteps = new Map<string, number>();

/**
 * A code an authenticator app shows, computed with the library the server verifies with. A code is good
 * once, and the server takes the step either side of now (a phone clock a little off): after the step used
 * last comes the next one, as a phone a little fast would show it, and only a third code within one step
 * waits for the clock.
 */
async function currentCode(forSecret = secret): Promise<string> {
  const step = () => Math.floor(Date.now() / 30_000);
  const next = Math.max(step(), (lastSteps.get(forSecret) ?? -1) + 1);
  while (next > step() + 1) await sleep(1000);
  lastSteps.set(forSecret, next);
  return generate({ secret: forSecret, epoch: next * 30 });
}

/** The secret a phone reads from the QR code: the otpauth address the image encodes. */
async function secretFromQr(): Promise<string> {
  const otpauth = (await session.page.getByTestId("two-factor-qr").getAttribute("data-otpauth")) ?? "";
  expect(otpauth).toMatch(/^otpauth:\/\/totp\//);
  return new URL(otpauth).searchParams.get("secret") ?? "";
}

async function signOut(): Promise<void> {
  const { page } = session;
  await page.getByTestId("logout").click();
  await page.getByTestId("page-login").waitFor();
}

async function signInWithPassword(username = "leader"): Promise<void> {
  const { page } = session;
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(DEMO_PASSWORD);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("two-factor-form").waitFor();
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "edubureau-2fa-"));
  process.env.TWO_FACTOR_REQUIRED = "1";
  try {
    server = await startServer({ dataDir, webDistDir: path.join(REPO_ROOT, "apps/web/dist") });
  } finally {
    delete process.env.TWO_FACTOR_REQUIRED;
  }
  browser = await launchBrowser();
  session = await openSession(browser, server.baseUrl);
  await session.page.goto("/login");
  // A second server seeds the demo city anew.
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("a leader signs in with two factors", () => {
  test("the first sign-in enrols an authenticator by QR code and shows the recovery codes once", async () => {
    const { page } = session;
    await signInWithPassword();
    await page.getByTestId("two-factor-qr").waitFor();
    expect(await page.getByTestId("two-factor-form").innerText()).toContain("设置两步验证");
    secret = (await page.getByTestId("two-factor-secret").innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await screenshot(page, "two-factor-enrolment");
    await page.getByTestId("two-factor-code").fill(await currentCode());
    await page.getByTestId("two-factor-submit").click();
    await page.getByTestId("two-factor-recovery").waitFor();
    expect(await page.getByTestId("two-factor-recovery").innerText()).toMatch(
      /([a-z2-9]{5}-[a-z2-9]{5}\s*){10}/,
    );
    await screenshot(page, "two-factor-recovery-codes");
    await page.getByTestId("two-factor-recovery-done").click();
    await page.getByTestId("user-name").waitFor();
  });

  test("the next sign-in asks for the code: a wrong one is refused, the current one signs in", async () => {
    const { page } = session;
    await page.context().clearCookies();
    await page.goto("/login");
    await signInWithPassword();
    expect(await page.getByTestId("two-factor-form").innerText()).toContain("两步验证");
    expect(await page.getByTestId("two-factor-qr").count()).toBe(0);
    await screenshot(page, "two-factor-code-prompt");
    await page.getByTestId("two-factor-code").fill("000000");
    await page.getByTestId("two-factor-submit").click();
    await expect
      .poll(() => page.getByTestId("second-factor-error").innerText())
      .toContain("动态验证码不正确");
    await screenshot(page, "two-factor-wrong-code");
    await page.getByTestId("two-factor-code").fill(await currentCode());
    await page.getByTestId("two-factor-submit").click();
    await page.getByTestId("user-name").waitFor();
    expect(await page.getByTestId("user-name").innerText()).toBeTruthy();
    await screenshot(page, "two-factor-signed-in");
    expect(session.pageErrors).toEqual([]);
  });
});

describe("the 账户安全 page and the administrator's reset", () => {
  test("a district account enrols on its security page, then signs in with a code", async () => {
    // Districts are outside the required roles (they sign in with a password) but may enrol themselves.
    const { page } = session;
    await signOut();
    await loginViaUi(page, "furong");
    await page.getByTestId("account-security-link").click();
    await page.getByTestId("page-account-security").waitFor();
    expect(await page.getByTestId("two-factor-state").innerText()).toBe("未启用");
    await page.getByTestId("two-factor-start").click();
    await page.getByTestId("two-factor-qr").waitFor();
    const districtSecret = await secretFromQr();
    expect((await page.getByTestId("two-factor-secret").innerText()).trim()).toBe(districtSecret);
    await screenshot(page, "account-security-enrolment");
    await page.getByTestId("two-factor-code").fill(await currentCode(districtSecret));
    await page.getByTestId("two-factor-submit").click();
    await page.getByTestId("two-factor-recovery").waitFor();
    await screenshot(page, "account-security-recovery-codes");
    await page.getByTestId("two-factor-recovery-done").click();
    await expect.poll(() => page.getByTestId("two-factor-state").innerText()).toBe("已启用");
    await signOut();
    await signInWithPassword("furong");
    await page.getByTestId("two-factor-code").fill(await currentCode(districtSecret));
    await page.getByTestId("two-factor-submit").click();
    await page.getByTestId("user-name").waitFor();
  });

  test("the administrator resets the leader's second factor with a reason; the leader enrols again", async () => {
    const { page } = session;
    await signOut();
    // The administrator's own first sign-in enrols (a required role), reading the QR code as a phone would.
    await signInWithPassword("admin");
    await page.getByTestId("two-factor-qr").waitFor();
    const adminSecret = await secretFromQr();
    await page.getByTestId("two-factor-code").fill(await currentCode(adminSecret));
    await page.getByTestId("two-factor-submit").click();
    await page.getByTestId("two-factor-recovery-done").click();
    await page.getByTestId("user-name").waitFor();
    await navigateInApp(page, "/users");
    await page.getByTestId("users-search").locator("input").fill("leader");
    await page.getByTestId("users-search").locator("input").press("Enter");
    const row = page.getByTestId("user-row-leader");
    await row.getByTestId("user-reset-two-factor").click();
    await page.getByTestId("user-reset-two-factor-reason").fill("本人手机丢失，已电话核实身份");
    await screenshot(page, "users-reset-two-factor");
    await page.getByTestId("user-reset-two-factor-submit").click();
    await expect.poll(() => page.getByTestId("user-reset-two-factor-submit").count()).toBe(0);
    await signOut();
    await signInWithPassword("leader");
    await page.getByTestId("two-factor-qr").waitFor();
    expect(await page.getByTestId("two-factor-form").innerText()).toContain("设置两步验证");
    expect(session.pageErrors).toEqual([]);
  });
});
