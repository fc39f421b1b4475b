import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Unit = { id: string; code: string; name: string; pathNames?: string[]; childCount: number };

const auditCount = async (entityId: string) =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity_id = ${entityId}`,
    )
  )[0]?.n;

describe("scope", () => {
  it("shows a district its own subtree as its root", async () => {
    const district = await t.login("districtA");
    const roots = (await district.get("/api/org-units/roots")).json<{ items: Unit[] }>().items;
    expect(roots.map((u) => u.code)).toEqual(["430102"]);
    const children = (await district.get(`/api/org-units/${t.world.districtA.id}/children`)).json<{
      items: Unit[];
    }>();
    expect(children.items.map((u) => u.code).sort()).toEqual(["2143010201", "430102001"]);
  });

  it("shows leaders and divisions the whole city", async () => {
    for (const username of ["leader", "division", "inspector"]) {
      const session = await t.login(username);
      const roots = (await session.get("/api/org-units/roots")).json<{ items: Unit[] }>().items;
      expect(roots.map((u) => u.code)).toEqual(["430100"]);
      expect((await session.get(`/api/org-units/${t.world.schoolB.id}`)).statusCode).toBe(200);
    }
  });

  it("refuses another district's units by id, children and search", async () => {
    const district = await t.login("districtA");
    for (const id of [t.world.districtB.id, t.world.schoolB.id, t.world.city.id]) {
      const one = await district.get(`/api/org-units/${id}`);
      expect(one.statusCode).toBe(404);
      expect(one.headers["content-type"]).toContain("application/problem+json");
      expect((await district.get(`/api/org-units/${id}/children`)).statusCode).toBe(404);
    }
    const search = (await district.get(`/api/org-units/search?q=${encodeURIComponent("岳麓")}`)).json<{
      items: Unit[];
    }>();
    expect(search.items).toEqual([]);
  });

  it("refuses another district's units for writes and writes nothing", async () => {
    const district = await t.login("districtA");
    const rename = await district.patch(`/api/org-units/${t.world.schoolB.id}`, { name: "被改名" });
    expect(rename.statusCode).toBe(404);
    const create = await district.post("/api/org-units", {
      parentId: t.world.districtB.id,
      code: "430104009",
      name: "越权街道",
      kind: "street",
    });
    expect(create.statusCode).toBe(404);
    const leader = await t.login("leader");
    expect((await leader.get(`/api/org-units/${t.world.schoolB.id}`)).json<Unit>().name).toBe(
      "岳麓区实验小学",
    );
    expect(await auditCount(t.world.schoolB.id)).toBe(0);
  });

  it("keeps a school out of its neighbours and read-only", async () => {
    const school = await t.login("schoolA");
    expect((await school.get(`/api/org-units/${t.world.districtA.id}`)).statusCode).toBe(404);
    const write = await school.patch(`/api/org-units/${t.world.schoolA.id}`, { name: "x" });
    expect(write.statusCode).toBe(403);
  });

  it("gives the public and teachers no registry access", async () => {
    for (const username of ["parent", "teacherA"]) {
      const session = await t.login(username);
      expect((await session.get("/api/org-units/roots")).statusCode).toBe(403);
    }
  });
});

describe("writes", () => {
  it("creates a community under a street with an audit row in the same transaction", async () => {
    const district = await t.login("districtA");
    const response = await district.post("/api/org-units", {
      parentId: t.world.streetA.id,
      code: "430102001009",
      name: "新建社区",
      kind: "community",
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<Unit>();
    expect(await auditCount(created.id)).toBe(1);
    const found = (await district.get(`/api/org-units/${created.id}`)).json<Unit>();
    expect(found.pathNames).toEqual(["芙蓉区", "文艺路街道"]);
  });

  it("leaves neither a unit nor an audit row when the write fails", async () => {
    const district = await t.login("districtA");
    const duplicate = await district.post("/api/org-units", {
      parentId: t.world.streetA.id,
      code: "2143010201",
      name: "重复代码",
      kind: "community",
    });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json<{ errors: { field: string; message: string }[] }>().errors[0]).toEqual({
      field: "code",
      message: "代码 2143010201 已被使用",
    });
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where after->>'name' = '重复代码'`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it("rolls back the write when the audit insert fails", async () => {
    const { recordAudit } = await import("../audit/audit.service.ts");
    const { insertUnit } = await import("./org-units.service.ts");
    await expect(
      t.database.db.transaction(async (tx) => {
        await insertUnit(
          tx,
          t.world.districtA,
          { code: "ROLLBACK-1", name: "回滚", kind: "street" },
          t.clock.now(),
        );
        // An event the catalogue does not know makes the audit insert, and so the whole write, fail.
        await recordAudit(
          tx,
          { actorId: null, actorName: null, ip: null },
          { event: "NO_SUCH_EVENT" as "ORG_UNIT_CREATED", entityId: null },
          t.clock.now(),
        );
      }),
    ).rejects.toThrow();
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from org_units where code = 'ROLLBACK-1'`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it("refuses a unit kind that does not fit its parent, naming the field", async () => {
    const district = await t.login("districtA");
    const response = await district.post("/api/org-units", {
      parentId: t.world.schoolA.id,
      code: "X-1",
      name: "学校下的街道",
      kind: "street",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe("kind");
  });

  it("does not let a district rename itself", async () => {
    const district = await t.login("districtA");
    expect(
      (await district.patch(`/api/org-units/${t.world.districtA.id}`, { name: "新名" })).statusCode,
    ).toBe(403);
  });

  it("finds units by name or code prefix with their path", async () => {
    const leader = await t.login("leader");
    const byCode = (await leader.get("/api/org-units/search?q=43010")).json<{ items: Unit[] }>().items;
    expect(byCode.map((u) => u.code)).toContain("430104");
    const byName = (await leader.get(`/api/org-units/search?q=${encodeURIComponent("实验")}`)).json<{
      items: Unit[];
    }>();
    expect(byName.items[0]?.pathNames).toEqual(["长沙市", "岳麓区"]);
  });
});

describe("query count", () => {
  it("answers a search with at most two queries, whatever the number of hits", async () => {
    const { countingDatabase } = await import("../../test/counting-database.ts");
    const { createOrgUnitsService } = await import("./org-units.service.ts");
    const counted = countingDatabase(t.database);
    const service = createOrgUnitsService({ database: counted.database, clock: t.clock });
    const city = { role: "leader", scopePath: t.world.city.path } as unknown as Parameters<
      typeof service.search
    >[0];
    const hits = await service.search(city, "4301");
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((hit) => hit.pathNames !== undefined)).toBe(true);
    expect(counted.queries.length).toBeLessThanOrEqual(2);
  });
});
