import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Entry = {
  action: string;
  entity: string;
  actorName: string;
  ip: string;
  before: unknown;
  after: unknown;
};

describe("audit log", () => {
  it("records who, when, from where, and before/after of an update", async () => {
    const admin = await t.login("admin");
    await admin.patch(`/api/org-units/${t.world.streetA.id}`, { name: "文艺路街道办事处" });
    const list = (await admin.get(`/api/audit-log?entity=org_unit&entityId=${t.world.streetA.id}`)).json<{
      items: Entry[];
    }>();
    const entry = list.items[0];
    expect(entry?.action).toBe("update");
    expect(entry?.actorName).toBe("admin(admin)");
    expect(entry?.ip).toBeTruthy();
    expect(entry?.before).toMatchObject({ name: "文艺路街道" });
    expect(entry?.after).toMatchObject({ name: "文艺路街道办事处" });
  });

  it("names the typed event, and the units and accounts a page mentions", async () => {
    const admin = await t.login("admin");
    await admin.patch(`/api/org-units/${t.world.streetA.id}`, { name: "韭菜园街道" });
    const list = (await admin.get(`/api/audit-log?event=ORG_UNIT_UPDATED`)).json<{
      items: (Entry & { event: string; entityId: string; actorId: string })[];
      names: Record<string, string>;
    }>();
    const entry = list.items[0];
    expect(entry?.event).toBe("ORG_UNIT_UPDATED");
    expect(list.names[entry?.entityId ?? ""]).toBe("韭菜园街道");
    expect(list.names[entry?.actorId ?? ""]).toBeTruthy();
  });

  it("shows the chain head to administrators only", async () => {
    const admin = await t.login("admin");
    const head = (await admin.get("/api/audit-log/head")).json<{ seq: number; digest: string }>();
    expect(head.seq).toBeGreaterThan(0);
    expect(head.digest).toMatch(/^[0-9a-f]{64}$/);
    expect((await (await t.login("leader")).get("/api/audit-log/head")).statusCode).toBe(403);
  });

  it("never stores password hashes", async () => {
    const admin = await t.login("admin");
    await admin.post(`/api/users/${t.world.userIds.schoolA}/reset-password`, { newPassword: "Reset#2019" });
    const list = (await admin.get("/api/audit-log?entity=user&pageSize=200")).json<{ items: Entry[] }>();
    expect(JSON.stringify(list.items)).not.toMatch(/argon2|Reset#2019/);
  });

  it("is readable by system administrators only", async () => {
    for (const username of ["leader", "districtA", "division"]) {
      const session = await t.login(username);
      expect((await session.get("/api/audit-log")).statusCode).toBe(403);
    }
  });

  it("refuses updates, deletes and truncation at the database", async () => {
    await expect(t.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  it("filters by time range and pages", async () => {
    const admin = await t.login("admin");
    const future = new Date(t.clock.now().getTime() + 86_400_000).toISOString();
    const none = (await admin.get(`/api/audit-log?from=${future}`)).json<{ total: number }>();
    expect(none.total).toBe(0);
    const bad = await admin.get("/api/audit-log?from=not-a-date");
    expect(bad.statusCode).toBe(400);
  });
});
