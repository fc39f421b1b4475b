import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { TEST_PASSWORD } from "../../test/test-world.ts";
import { SESSION_COOKIE } from "../../http/session-token.ts";
import { totpCode } from "./totp.ts";
import { createSecretBox } from "../../platform/secret-box.ts";
import { createTwoFactorService } from "./two-factor.service.ts";

type Problem = { status: number; title: string; errors?: { field: string; message: string }[] };
type Challenge = { secondFactor: "verify" | "enrol"; challenge: string };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const post = (app: TestApp, url: string, payload: object) => app.app.inject({ method: "POST", url, payload });
const password = (app: TestApp, username: string) =>
  post(app, "/api/auth/login", { username, password: TEST_PASSWORD });
const withCode = (app: TestApp, challenge: string, code: string) =>
  post(app, "/api/auth/login/code", { challenge, code });

async function challengeOf(app: TestApp, username: string): Promise<Challenge> {
  const response = await password(app, username);
  expect(response.statusCode, response.body).toBe(202);
  return response.json<Challenge>();
}

async function enrol(session: TestSession): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await session.post("/api/auth/two-factor/setup");
  expect(setup.statusCode, setup.body).toBe(200);
  const { secret, qrDataUrl, otpauthUrl } = setup.json<{
    secret: string;
    qrDataUrl: string;
    otpauthUrl: string;
  }>();
  expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
  expect(otpauthUrl).toContain("otpauth://totp/");
  const wrong = await session.post("/api/auth/two-factor/confirm", { code: "000000" });
  expect(wrong.statusCode).toBe(400);
  expect(wrong.json<Problem>().errors?.[0]?.field).toBe("code");
  const ok = await session.post("/api/auth/two-factor/confirm", {
    code: await totpCode(secret, t.clock.now()),
  });
  expect(ok.statusCode, ok.body).toBe(200);
  return { secret, recoveryCodes: ok.json<{ recoveryCodes: string[] }>().recoveryCodes };
}

const storedSecrets = async (app: TestApp, userId: string) =>
  (
    await queryRows<{ secret: string }>(
      app.database.db,
      sql`select secret from user_totp where user_id = ${userId}`,
    )
  ).map((row) => row.secret);

/** Password, then a code: a signed-in session of an enrolled account. */
async function signIn(app: TestApp, username: string, secret: string): Promise<TestSession> {
  const { challenge } = await challengeOf(app, username);
  const response = await withCode(app, challenge, await totpCode(secret, app.clock.now()));
  expect(response.statusCode, response.body).toBe(200);
  return app.sessionOf(response);
}

describe("two factors for a leader", () => {
  let secret = "";
  let recoveryCodes: string[] = [];

  it("enrols by QR code, confirmed with a code, and hands out ten recovery codes", async () => {
    const leader = await t.login("leader");
    expect((await leader.get("/api/auth/two-factor")).json()).toEqual({
      enrolled: false,
      required: true,
      recoveryCodesLeft: 0,
    });
    ({ secret, recoveryCodes } = await enrol(leader));
    expect(recoveryCodes).toHaveLength(10);
    // At rest the column holds the sealed secret, never the secret itself.
    const [stored] = await storedSecrets(t, t.world.userIds.leader);
    expect(stored).toMatch(/^v1\.[0-9a-f]{8}\./);
    expect(stored).not.toContain(secret);
    expect((await leader.get("/api/auth/two-factor")).json()).toMatchObject({
      enrolled: true,
      recoveryCodesLeft: 10,
    });
  });

  it("asks for a code after the password and signs in with a current one", async () => {
    t.clock.advance(60_000);
    const { secondFactor, challenge } = await challengeOf(t, "leader");
    expect(secondFactor).toBe("verify");
    // No session before the code.
    expect((await password(t, "leader")).cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    const signedIn = await withCode(t, challenge, await totpCode(secret, t.clock.now()));
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(signedIn.json<{ user: { role: string } }>().user.role).toBe("city_leader");
    expect(signedIn.cookies.find((c) => c.name === SESSION_COOKIE)).toBeDefined();
  });

  it("refuses a wrong code, an expired code and a code used before", async () => {
    t.clock.advance(60_000);
    const used = await totpCode(secret, t.clock.now());
    const { challenge } = await challengeOf(t, "leader");
    const wrong = await withCode(t, challenge, "123456");
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<Problem>().errors?.[0]?.message).toContain("动态验证码不正确或已过期");
    const expired = await totpCode(secret, new Date(t.clock.now().getTime() - 5 * 60_000));
    expect((await withCode(t, challenge, expired)).statusCode).toBe(400);
    expect((await withCode(t, challenge, used)).statusCode).toBe(200);
    const again = await challengeOf(t, "leader");
    expect((await withCode(t, again.challenge, used)).statusCode).toBe(400);
  });

  it("ends a challenge after five minutes and after five tries", async () => {
    t.clock.advance(60_000);
    const late = await challengeOf(t, "leader");
    t.clock.advance(5 * 60_000 + 1000);
    const expired = await withCode(t, late.challenge, await totpCode(secret, t.clock.now()));
    expect(expired.statusCode).toBe(401);
    expect(expired.json<Problem>().title).toBe("验证已失效");
    const tried = await challengeOf(t, "leader");
    for (let i = 0; i < 5; i++) await withCode(t, tried.challenge, "000000");
    expect((await withCode(t, tried.challenge, await totpCode(secret, t.clock.now()))).statusCode).toBe(401);
  });

  it("takes each recovery code once", async () => {
    const first = await challengeOf(t, "leader");
    const code = recoveryCodes[0] ?? "";
    expect((await withCode(t, first.challenge, code.toUpperCase())).statusCode).toBe(200);
    const second = await challengeOf(t, "leader");
    const reused = await withCode(t, second.challenge, code);
    expect(reused.statusCode).toBe(400);
    expect(reused.json<Problem>().errors?.[0]?.message).toContain("恢复码不正确或已使用过");
  });

  it("regenerates the recovery codes with a current code; the old ones stop working", async () => {
    t.clock.advance(60_000);
    const leader = await signIn(t, "leader", secret);
    const refused = await leader.post("/api/auth/two-factor/recovery-codes", { code: "000000" });
    expect(refused.statusCode).toBe(400);
    t.clock.advance(60_000);
    const fresh = await leader.post("/api/auth/two-factor/recovery-codes", {
      code: await totpCode(secret, t.clock.now()),
    });
    expect(fresh.statusCode, fresh.body).toBe(200);
    const codes = fresh.json<{ recoveryCodes: string[] }>().recoveryCodes;
    expect(codes).toHaveLength(10);
    const old = await challengeOf(t, "leader");
    expect((await withCode(t, old.challenge, recoveryCodes[1] ?? "")).statusCode).toBe(400);
    expect((await withCode(t, old.challenge, codes[0] ?? "")).statusCode).toBe(200);
    recoveryCodes = codes.slice(1);
  });

  it("is reset by an administrator with a reason, audited, and not by a district or the leader", async () => {
    const url = `/api/users/${t.world.userIds.leader}/two-factor/reset`;
    const district = await t.login("districtA");
    expect((await district.post(url, { reason: "手机丢失" })).statusCode).not.toBe(204);
    const admin = await t.login("admin");
    const noReason = await admin.post(url, { reason: " " });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<Problem>().errors?.[0]?.field).toBe("reason");
    expect((await admin.post(url, { reason: "手机丢失，本人电话确认" })).statusCode).toBe(204);
    const audits = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'two_factor_reset' and entity_id = ${t.world.userIds.leader}
          and after->>'reason' = '手机丢失，本人电话确认'`,
    );
    expect(audits[0]?.n).toBe(1);
    // Not required in this configuration: the password alone signs in again.
    expect((await password(t, "leader")).statusCode).toBe(200);
  });
});

describe("required two factors", () => {
  it("makes a required role enrol at its first sign-in, then always ask for the code", async () => {
    const strict = await createTestApp({ twoFactorRequired: true });
    try {
      // A role outside the list is not asked.
      expect((await password(strict, "districtA")).statusCode).toBe(200);
      const { secondFactor, challenge } = await challengeOf(strict, "division");
      expect(secondFactor).toBe("enrol");
      const setup = await post(strict, "/api/auth/login/enrolment", { challenge });
      expect(setup.statusCode, setup.body).toBe(200);
      const { secret, qrDataUrl } = setup.json<{ secret: string; qrDataUrl: string }>();
      expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
      const done = await withCode(strict, challenge, await totpCode(secret, strict.clock.now()));
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json<{ recoveryCodes: string[] }>().recoveryCodes).toHaveLength(10);
      strict.clock.advance(60_000);
      const next = await challengeOf(strict, "division");
      expect(next.secondFactor).toBe("verify");
      // The enrolment page cannot be asked for again with a sign-in that only needs a code.
      expect(
        (await post(strict, "/api/auth/login/enrolment", { challenge: next.challenge })).statusCode,
      ).toBe(401);
    } finally {
      await strict.close();
    }
  });
});

describe("TOTP secrets at rest", () => {
  it("seals a secret stored in plain text at start-up and re-seals under a new key; a wrong key fails clearly", async () => {
    const app = await createTestApp();
    try {
      const userId = app.world.userIds.leader;
      const plain = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
      // A row as written before migration 0025's release.
      await app.database.db.execute(
        sql`insert into user_totp (user_id, secret, confirmed_at) values (${userId}, ${plain}, now())`,
      );
      const keyA = Buffer.alloc(32, 7);
      const keyB = Buffer.alloc(32, 9);
      const ctx = {
        database: app.database,
        clock: app.clock,
        config: app.config,
        passwordHasher: app.passwordHasher,
      };
      const underA = createTwoFactorService(ctx, { secretBox: createSecretBox([keyA]) });
      expect(await underA.resealStoredSecrets()).toBe(1);
      expect(await underA.resealStoredSecrets()).toBe(0);
      const [sealedA] = await storedSecrets(app, userId);
      expect(sealedA).not.toContain(plain);
      // The app's own service (same test key) signs in with a code from the sealed secret.
      const { challenge } = await challengeOf(app, "leader");
      expect((await withCode(app, challenge, await totpCode(plain, app.clock.now()))).statusCode).toBe(200);

      const rotated = createTwoFactorService(ctx, { secretBox: createSecretBox([keyB, keyA]) });
      expect(await rotated.resealStoredSecrets()).toBe(1);
      const [sealedB] = await storedSecrets(app, userId);
      expect(sealedB?.split(".")[1]).toBe(createSecretBox([keyB]).currentKeyId);

      // The app still has only key A: the sign-in names a key problem instead of a wrong code.
      app.clock.advance(60_000);
      const next = await challengeOf(app, "leader");
      const refused = await withCode(app, next.challenge, await totpCode(plain, app.clock.now()));
      expect(refused.statusCode).toBe(500);
      expect(refused.json<Problem>().title).toBe("服务器密钥配置有误");
      await expect(underA.resealStoredSecrets()).rejects.toThrow(/没有它/);
    } finally {
      await app.close();
    }
  });
});
