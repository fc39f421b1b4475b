import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ bodyLimitBytes: 2048 });
});
afterAll(async () => t.close());

describe("app", () => {
  it("reports the engine and migration version", async () => {
    const body = (await t.app.inject("/api/health")).json<{ engine: string; migrationVersion: number }>();
    expect(body.engine).toBe(process.env.DATABASE_URL ? "postgresql" : "pglite");
    expect(body.migrationVersion).toBeGreaterThanOrEqual(1);
  });

  it("answers unknown routes with a problem+json 404", async () => {
    const response = await t.app.inject("/api/does-not-exist");
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ status: 404, title: "页面或接口不存在" });
  });

  it("refuses oversized bodies with 413", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "x".repeat(4096), password: "y" },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ title: "请求内容过大" });
  });

  it("refuses malformed JSON without a stack trace", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect(response.json()).toMatchObject({ title: "请求格式错误" });
  });

  it("requires a login for protected routes", async () => {
    const response = await t.app.inject("/api/org-units/roots");
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ title: "请先登录" });
  });

  it("serves the OpenAPI document", async () => {
    const response = await t.app.inject("/api/docs/json");
    expect(response.statusCode).toBe(200);
    const doc = response.json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/auth/login", "/api/org-units/{id}", "/api/users/"]),
    );
  });
});
