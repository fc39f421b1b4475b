import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCKOUT_MS, SESSION_IDLE_MS } from "@edubureau/domain";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { TEST_PASSWORD } from "../../test/test-world.ts";
import { loadConfig } from "../../config.ts";
import { countingDatabase } from "../../test/counting-database.ts";
import { createTwoFactorService } from "../two-factor/two-factor.service.ts";
import { createAuthService } from "./auth.service.ts";
import { createPasswordHasher, TEST_HASH_PARAMS } from "./password-hash.ts";
import { SESSION_COOKIE } from "../../http/session-token.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });

describe("login", () => {
  it("sets an HttpOnly SameSite=Strict cookie and returns the account with its permissions", async () => {
    const response = await login("districtA", TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Strict");
    expect(cookie?.secure).toBeFalsy();
    const body = response.json<{
      user: { role: string; orgUnit: { code: string }; permissions: string[] };
    }>();
    expect(body.user.role).toBe("district");
    expect(body.user.orgUnit.code).toBe("430102");
    expect(body.user.permissions).toContain("orgUnits.write");
  });

  it("marks the cookie Secure behind an HTTPS proxy", async () => {
    const secure = await createTestApp({ trustProxy: true });
    try {
      const response = await secure.app.inject({
        method: "POST",
        url: "/api/auth/login",
        headers: { "x-forwarded-proto": "https" },
        payload: { username: "leader", password: TEST_PASSWORD },
      });
      expect(response.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it("answers unknown names and wrong passwords alike with a Chinese problem", async () => {
    for (const response of [await login("nobody", "whatever1A"), await login("leader", "wrong-Password1")]) {
      expect(response.statusCode).toBe(401);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.json<{ title: string }>().title).toBe("用户名或密码错误");
    }
  });

  it("locks the account on the fifth wrong password for 15 minutes, even against the right password", async () => {
    const wrongDetail = (await login("nobody", "Wrong-pass1")).json<{ detail: string }>().detail;
    for (let i = 1; i <= 5; i++) {
      const response = await login("schoolB", "Wrong-pass1");
      expect(response.statusCode).toBe(401);
      expect(response.json<{ detail: string }>().detail).toBe(wrongDetail);
    }
    // Locked: the right password answers like a wrong one and does not end the lock.
    expect((await login("schoolB", TEST_PASSWORD)).statusCode).toBe(401);
    t.clock.advance(LOCKOUT_MS - 1000);
    expect((await login("schoolB", TEST_PASSWORD)).statusCode).toBe(401);
    t.clock.advance(1000);
    expect((await login("schoolB", TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("records failures and the lock in the audit log", async () => {
    const admin = await t.login("admin");
    const response = await admin.get(`/api/audit-log?entityId=${t.world.userIds.schoolB}&pageSize=50`);
    const actions = response.json<{ items: { action: string }[] }>().items.map((i) => i.action);
    expect(actions.filter((a) => a === "login_failed")).toHaveLength(4);
    expect(actions).toContain("locked");
  });
});

describe("session", () => {
  it("ends after 30 idle minutes but not before", async () => {
    const session = await t.login("leader");
    t.clock.advance(SESSION_IDLE_MS - 1000);
    expect((await session.get("/api/auth/me")).statusCode).toBe(200);
    t.clock.advance(SESSION_IDLE_MS + 1000);
    const expired = await session.get("/api/auth/me");
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ title: string }>().title).toBe("登录已超时");
    expect((await session.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("refuses writes without the CSRF token", async () => {
    const session = await t.login("admin");
    const response = await t.app.inject({
      method: "PATCH",
      url: `/api/org-units/${t.world.streetA.id}`,
      headers: { cookie: `${SESSION_COOKIE}=${(await sessionCookie("admin")) ?? ""}` },
      payload: { name: "改名" },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<{ title: string }>().title).toBe("请求校验失败");
    expect((await session.get(`/api/org-units/${t.world.streetA.id}`)).json<{ name: string }>().name).toBe(
      "文艺路街道",
    );
  });

  it("logs out", async () => {
    const session = await t.login("leader");
    expect((await session.post("/api/auth/logout")).statusCode).toBe(204);
    expect((await session.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("reads a session once for a burst of requests, and forgets it on sign-out at once", async () => {
    const counted = countingDatabase(t.database);
    const ctx = {
      database: counted.database,
      clock: t.clock,
      config: loadConfig({}),
      passwordHasher: createPasswordHasher(TEST_HASH_PARAMS),
    };
    const auth = createAuthService(ctx, { twoFactor: createTwoFactorService(ctx) });
    const signedIn = await auth.login({
      username: "leader",
      password: TEST_PASSWORD,
      ip: "127.0.0.1",
      userAgent: null,
    });
    if (signedIn.kind !== "ok") throw new Error("leader needs no second factor in tests");
    const { token, actor } = signedIn;
    counted.queries.length = 0;
    for (let i = 0; i < 5; i++)
      expect((await auth.resolveSession(token, "127.0.0.1"))?.userId).toBe(actor.userId);
    expect(counted.queries.length).toBeLessThanOrEqual(1);
    await auth.logout(actor);
    expect(await auth.resolveSession(token, "127.0.0.1")).toBeNull();
  });
});

async function sessionCookie(username: string): Promise<string | undefined> {
  const response = await login(username, TEST_PASSWORD);
  return response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
}

describe("password change", () => {
  it("enforces the policy and the current password, naming the field", async () => {
    const session = await t.login("teacherA");
    const weak = await session.post("/api/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "abcdefgh",
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe("newPassword");
    const wrong = await session.post("/api/auth/password", {
      currentPassword: "nope",
      newPassword: "Better#2019",
    });
    expect(wrong.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe("currentPassword");
    const ok = await session.post("/api/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "Better#2019",
    });
    expect(ok.statusCode).toBe(204);
    expect((await login("teacherA", "Better#2019")).statusCode).toBe(200);
  });
});

describe("production mode", () => {
  it("forces a seeded account to change its password before anything else", async () => {
    const prod = await createTestApp({ production: true });
    try {
      const admin = await prod.login("admin");
      const created = await admin.post("/api/users", {
        username: "newleader",
        displayName: "新领导",
        password: "Initial#2019",
        role: "city_leader",
        orgUnitId: prod.world.city.id,
      });
      expect(created.statusCode).toBe(201);
      const fresh = await prod.login("newleader", "Initial#2019");
      expect(
        (await fresh.get("/api/auth/me")).json<{ user: { mustChangePassword: boolean } }>().user
          .mustChangePassword,
      ).toBe(true);
      const blocked = await fresh.get("/api/org-units/roots");
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json<{ title: string }>().title).toBe("请先修改初始密码");
      await fresh.post("/api/auth/password", {
        currentPassword: "Initial#2019",
        newPassword: "Changed#2019",
      });
      const again = await prod.login("newleader", "Changed#2019");
      expect((await again.get("/api/org-units/roots")).statusCode).toBe(200);
    } finally {
      await prod.close();
    }
  });
});

describe("signing in again", () => {
  it("needs no CSRF token and ends the earlier session of the browser", async () => {
    const first = await t.login("districtA");
    const cookie = `${SESSION_COOKIE}=${(await sessionCookie("districtA")) ?? ""}`;
    const again = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { cookie },
      payload: { username: "leader", password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json<{ user: { role: string } }>().user.role).toBe("city_leader");
    const old = await t.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } });
    expect(old.statusCode).toBe(401);
    expect((await first.get("/api/auth/me")).statusCode).toBe(200);
  });

  it("works with an expired session cookie", async () => {
    const cookie = `${SESSION_COOKIE}=${(await sessionCookie("districtA")) ?? ""}`;
    t.clock.advance(SESSION_IDLE_MS + 60_000);
    const again = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { cookie },
      payload: { username: "districtA", password: TEST_PASSWORD },
    });
    expect(again.statusCode).toBe(200);
  });

  it("words unknown names and wrong passwords the same", async () => {
    const unknown = await login("nobody-here", "Wrong-pass1");
    const wrong = await login("districtB", "Wrong-pass1");
    expect(unknown.json<{ detail: string }>().detail).toBe(wrong.json<{ detail: string }>().detail);
  });
});

describe("password rules", () => {
  it("refuses a password with the username, a common one, and any of the last five", async () => {
    const session = await t.login("districtA");
    const change = (currentPassword: string, newPassword: string) =>
      session.post("/api/auth/password", { currentPassword, newPassword });
    const withName = await change(TEST_PASSWORD, "DistrictA#2019");
    expect(withName.json<{ errors: { message: string }[] }>().errors[0]?.message).toBe("密码不能包含用户名");
    const common = await change(TEST_PASSWORD, "Password1!");
    expect(common.statusCode).toBe(400);
    expect(common.json<{ errors: { message: string }[] }>().errors[0]?.message).toContain("过于常见");
    const chain = [
      TEST_PASSWORD,
      "Lantern#4417",
      "Harbour#5528",
      "Meadow#6639",
      "Quartz#7740",
      "Violet#8851",
    ];
    for (let i = 1; i < chain.length; i++) {
      t.clock.advance(60_000);
      expect((await change(chain[i - 1] ?? "", chain[i] ?? "")).statusCode).toBe(204);
    }
    const current = chain.at(-1) ?? "";
    // The last five (the current one and four before it) are refused; the sixth back is allowed again.
    for (const reused of chain.slice(-5)) {
      const refused = await change(current, reused);
      expect(refused.statusCode, reused).toBe(400);
      expect(refused.json<{ errors: { message: string }[] }>().errors[0]?.message).toContain("最近 5 次");
    }
    expect((await change(current, TEST_PASSWORD)).statusCode).toBe(204);
  });
});
