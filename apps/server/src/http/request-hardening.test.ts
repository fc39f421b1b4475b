import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { TEST_PASSWORD } from "../test/test-world.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ loginRatePerMinute: 8 });
});
afterAll(async () => t.close());

type Problem = { status: number; title: string; errors?: { field: string; message: string }[] };

describe("a NUL byte in a text field", () => {
  it("is a 400 naming the field, in a body, a query and a login", async () => {
    const admin = await t.login("admin");
    const body = await admin.patch(`/api/org-units/${t.world.streetA.id}`, { name: "文艺\u0000路" });
    expect(body.statusCode).toBe(400);
    expect(body.json<Problem>().errors?.[0]?.field).toBe("name");
    const query = await admin.get(`/api/users?q=${encodeURIComponent("a\u0000b")}`);
    expect(query.statusCode).toBe(400);
    expect(query.json<Problem>().errors?.[0]?.field).toBe("q");
    const login = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "admin\u0000", password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(400);
    expect(login.json<Problem>().errors?.[0]?.field).toBe("username");
  });
});

describe("security headers", () => {
  it("forbid framing, set a content security policy and a referrer policy", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(response.headers["referrer-policy"]).toBe("same-origin");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });

  it("are on every answer: a signed-out refusal, an unknown address and a bad request alike", async () => {
    for (const [method, url] of [
      ["GET", "/api/auth/me"],
      ["GET", "/api/no-such-route"],
      ["POST", "/api/auth/login"],
    ] as const) {
      const response = await t.app.inject({ method, url });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(String(response.headers["content-security-policy"]), url).toContain("frame-ancestors 'none'");
      expect(response.headers["x-frame-options"], url).toBe("DENY");
    }
  });
});

describe("per-address sign-in limit", () => {
  it("answers 429 in Chinese once one address has tried too often, whatever the account", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/auth/login",
        remoteAddress: "203.0.113.9",
        payload: { username: `user${i}`, password: "Wrong-pass1" },
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json<Problem>().title).toBe("尝试过于频繁");
    }
    expect(statuses.filter((s) => s === 401)).toHaveLength(8);
    expect(statuses.filter((s) => s === 429)).toHaveLength(4);
    // Another address is not held back.
    const other = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      remoteAddress: "198.51.100.7",
      payload: { username: "leader", password: TEST_PASSWORD },
    });
    expect(other.statusCode).toBe(200);
  });
});
