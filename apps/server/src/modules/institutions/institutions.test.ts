import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface Institution {
  id: string;
  code: string;
  name: string;
  type: string;
  ownership: string;
  inclusive: boolean;
  district: { id: string; name: string };
  street: { id: string; name: string } | null;
  longitude: number | null;
  latitude: number | null;
  places: number;
  designationCount?: number;
  enrolment?: { schoolYear: string; students: number } | null;
}
type Page = { items: Institution[]; total: number };
type Problem = { title: string; errors?: { field: string; message: string }[] };
type HistoryEntry = { action: string; entity: string; actorName: string; before: unknown; after: unknown };

const kindergarten = () => ({
  code: "2143010260",
  name: "芙蓉区第一幼儿园",
  type: "kindergarten",
  ownership: "private",
  inclusive: true,
  districtId: t.world.districtA.id,
  streetId: t.world.streetA.id,
  address: "文艺路 12 号",
  longitude: 112.995,
  latitude: 28.195,
  places: 360,
});

describe("scope", () => {
  it("lists a district's own institutions only", async () => {
    const furong = await t.login("districtA");
    const page = (await furong.get("/api/institutions")).json<Page>();
    expect(page.items.map((i) => i.code)).toEqual(["2143010201"]);
    expect(page.items[0]?.district.name).toBe("芙蓉区");
    const asked = (await furong.get(`/api/institutions?districtId=${t.world.districtB.id}`)).json<Page>();
    expect(asked.total).toBe(0);
  });

  it("refuses another district's institution for get, history and update", async () => {
    const furong = await t.login("districtA");
    const id = t.world.schoolB.id;
    for (const url of [`/api/institutions/${id}`, `/api/institutions/${id}/history`]) {
      const response = await furong.get(url);
      expect(response.statusCode).toBe(404);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
    expect((await furong.patch(`/api/institutions/${id}`, { places: 1 })).statusCode).toBe(404);
    const leader = await t.login("leader");
    expect((await leader.get(`/api/institutions/${id}`)).json<Institution>().places).toBe(1200);
  });

  it("lets a school read only itself and write nothing", async () => {
    const school = await t.login("schoolA");
    const page = (await school.get("/api/institutions")).json<Page>();
    expect(page.items.map((i) => i.code)).toEqual(["2143010201"]);
    expect((await school.get(`/api/institutions/${t.world.schoolB.id}`)).statusCode).toBe(404);
    expect((await school.patch(`/api/institutions/${t.world.schoolA.id}`, { places: 1 })).statusCode).toBe(
      403,
    );
    expect((await school.post("/api/institutions", kindergarten())).statusCode).toBe(403);
  });

  it("shows city-wide readers every district and keeps the public out", async () => {
    const leader = await t.login("leader");
    expect((await leader.get("/api/institutions")).json<Page>().total).toBeGreaterThanOrEqual(2);
    for (const username of ["parent", "teacherA"]) {
      expect((await (await t.login(username)).get("/api/institutions")).statusCode).toBe(403);
    }
  });

  it("counts every match on each page, also on a page past the end", async () => {
    const leader = await t.login("leader");
    const all = (await leader.get("/api/institutions")).json<Page>();
    const second = (await leader.get("/api/institutions?page=2&pageSize=1")).json<Page>();
    expect(second.items.map((i) => i.code)).toEqual([all.items[1]?.code]);
    expect(second.total).toBe(all.total);
    const past = (await leader.get("/api/institutions?page=999&pageSize=20")).json<Page>();
    expect(past).toEqual({ items: [], total: all.total });
  });

  it("offers each account only its own districts and streets", async () => {
    const furong = await t.login("districtA");
    const areas = (await furong.get("/api/institutions/areas")).json<{
      districts: { name: string; streets: { name: string }[] }[];
    }>();
    expect(areas.districts).toEqual([
      expect.objectContaining({ name: "芙蓉区", streets: [expect.objectContaining({ name: "文艺路街道" })] }),
    ]);
  });
});

describe("create, update and history", () => {
  let created: Institution;

  it("creates an institution under its street with an audit row", async () => {
    const furong = await t.login("districtA");
    const response = await furong.post("/api/institutions", kindergarten());
    expect(response.statusCode).toBe(201);
    created = response.json<Institution>();
    expect(created).toMatchObject({
      code: "2143010260",
      type: "kindergarten",
      inclusive: true,
      street: { name: "文艺路街道" },
      designationCount: 0,
      enrolment: null,
    });
    const unit = (await furong.get(`/api/org-units/${created.id}`)).json<{
      pathNames: string[];
      kind: string;
    }>();
    expect(unit).toMatchObject({ kind: "institution", pathNames: ["芙蓉区", "文艺路街道"] });
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity = 'institution' and entity_id = ${created.id}`,
    );
    expect(audit.map((a) => a.action)).toEqual(["create"]);
  });

  it("moves an institution off its street, re-pathing its org unit, and records before and after", async () => {
    const furong = await t.login("districtA");
    const response = await furong.patch(`/api/institutions/${created.id}`, {
      streetId: null,
      places: 400,
      name: "芙蓉区第一幼儿园（本部）",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<Institution>()).toMatchObject({ street: null, places: 400 });
    const unit = (await furong.get(`/api/org-units/${created.id}`)).json<{
      pathNames: string[];
      name: string;
    }>();
    expect(unit).toMatchObject({ pathNames: ["芙蓉区"], name: "芙蓉区第一幼儿园（本部）" });
    const children = (await furong.get(`/api/org-units/${t.world.streetA.id}/children`)).json<{
      items: { id: string }[];
    }>();
    expect(children.items.map((c) => c.id)).not.toContain(created.id);

    const history = (await furong.get(`/api/institutions/${created.id}/history`)).json<{
      items: HistoryEntry[];
    }>();
    expect(history.items.map((h) => h.action)).toEqual(["update", "create"]);
    expect(history.items[0]).toMatchObject({
      entity: "institution",
      actorName: "districtA(districtA)",
      before: { places: 360, street: "文艺路街道" },
      after: { places: 400, street: null },
    });
    expect(JSON.stringify(history.items)).not.toContain("127.0.0.1");
  });

  it("writes nothing when nothing changed", async () => {
    const furong = await t.login("districtA");
    await furong.patch(`/api/institutions/${created.id}`, { places: 400 });
    const history = (await furong.get(`/api/institutions/${created.id}/history`)).json<{
      items: HistoryEntry[];
    }>();
    expect(history.items).toHaveLength(2);
  });

  it("lets the city administrator move an institution to another district", async () => {
    const admin = await t.login("admin");
    const moved = await admin.patch(`/api/institutions/${created.id}`, { districtId: t.world.districtB.id });
    expect(moved.json<Institution>().district.name).toBe("岳麓区");
    const furong = await t.login("districtA");
    expect((await furong.get(`/api/institutions/${created.id}`)).statusCode).toBe(404);
    const yuelu = await t.login("districtB");
    expect((await yuelu.get(`/api/institutions/${created.id}`)).statusCode).toBe(200);
  });
});

describe("validation", () => {
  it("keeps 普惠性 to kindergartens and coordinates inside China", async () => {
    const furong = await t.login("districtA");
    const response = await furong.post("/api/institutions", {
      ...kindergarten(),
      code: "2143010261",
      type: "primary",
      longitude: 28.1,
      latitude: 112.9,
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json<Problem>()
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(["inclusive", "latitude", "longitude"]);
  });

  it("names the field for a bad code, a foreign district, a street elsewhere and a used code", async () => {
    const furong = await t.login("districtA");
    const field = async (body: object) =>
      (await furong.post("/api/institutions", { ...kindergarten(), ...body })).json<Problem>().errors?.[0];
    expect(await field({ code: "12345" })).toEqual({ field: "code", message: "学校标识码须为 10 位数字" });
    expect(await field({ code: "2143010262", districtId: t.world.districtB.id, streetId: null })).toEqual({
      field: "districtId",
      message: "区县不存在或不在您的管理范围内",
    });
    expect((await field({ code: "2143010263", streetId: t.world.schoolA.id }))?.field).toBe("streetId");
    expect(await field({ code: "2143010401" })).toEqual({
      field: "code",
      message: "学校标识码 2143010401 已被使用",
    });
  });

  it("refuses fewer places than the pupils already in classes", async () => {
    await t.database.db
      .execute(sql`insert into school_classes (institution_id, school_year, grade, name, students)
      values (${t.world.schoolA.id}, '2019-2020', 3, '三(1)班', 48)`);
    const furong = await t.login("districtA");
    const response = await furong.patch(`/api/institutions/${t.world.schoolA.id}`, { places: 40 });
    expect(response.json<Problem>().errors?.[0]).toEqual({
      field: "places",
      message: "全校在校生合计 48 人，超过核定学位数 40 人（2019-2020 学年）",
    });
    const detail = (await furong.get(`/api/institutions/${t.world.schoolA.id}`)).json<Institution>();
    expect(detail.enrolment).toEqual({ schoolYear: "2019-2020", students: 48 });
  });
});

describe("filters and map", () => {
  it("filters by type, ownership, 普惠性, status and name or code", async () => {
    const admin = await t.login("admin");
    await admin.post("/api/institutions", {
      ...kindergarten(),
      code: "2143010270",
      name: "芙蓉区公办幼儿园",
      ownership: "public",
      inclusive: false,
      longitude: null,
      latitude: null,
    });
    const codes = async (query: string) =>
      (await admin.get(`/api/institutions?${query}`)).json<Page>().items.map((i) => i.code);
    expect(await codes("type=kindergarten&ownership=public")).toEqual(["2143010270"]);
    expect(await codes("type=kindergarten&inclusive=true")).toEqual(["2143010260"]);
    expect(await codes(`q=${encodeURIComponent("实验")}`)).toEqual(["2143010401"]);
    expect(await codes("q=21430102")).toEqual(["2143010201", "2143010270", "2143010260"]);
    expect(await codes("status=closed")).toEqual([]);
    expect((await admin.get("/api/institutions?type=university")).statusCode).toBe(400);
  });

  it("plots only institutions with coordinates and counts the rest", async () => {
    const admin = await t.login("admin");
    const map = (await admin.get("/api/institutions/map?type=kindergarten")).json<{
      items: { name: string; lng: number; lat: number }[];
      total: number;
    }>();
    expect(map.total).toBe(2);
    expect(map.items).toEqual([expect.objectContaining({ lng: 112.995, lat: 28.195 })]);
  });
});

describe("sorting and the district filter", () => {
  it("sorts on a whitelisted column either way, refusing any other key", async () => {
    const leader = await t.login("leader");
    const codes = (await leader.get("/api/institutions?pageSize=200")).json<Page>().items.map((i) => i.code);
    const asc = (await leader.get("/api/institutions?sort=code&order=asc&pageSize=200")).json<Page>();
    expect(asc.items.map((i) => i.code)).toEqual([...codes].sort());
    const desc = (await leader.get("/api/institutions?sort=code&order=desc&pageSize=200")).json<Page>();
    expect(desc.items.map((i) => i.code)).toEqual([...codes].sort().reverse());
    const page = (await leader.get("/api/institutions?sort=code&order=desc&page=2&pageSize=1")).json<Page>();
    expect(page).toEqual({ items: [desc.items[1]], total: codes.length });
    expect((await leader.get("/api/institutions?sort=path")).statusCode).toBe(400);
  });

  it("narrows to a district, and finds nothing for a district outside the account's scope", async () => {
    const leader = await t.login("leader");
    const inB = (await leader.get(`/api/institutions?districtId=${t.world.districtB.id}`)).json<Page>();
    expect(inB.total).toBeGreaterThan(0);
    expect(new Set(inB.items.map((i) => i.district.id))).toEqual(new Set([t.world.districtB.id]));
    const furong = await t.login("districtA");
    expect((await furong.get(`/api/institutions?districtId=${t.world.districtB.id}`)).json<Page>()).toEqual({
      items: [],
      total: 0,
    });
  });
});

describe("the district and school filter choices", () => {
  type Choices = {
    districts: { id: string; name: string }[];
    schools: { id: string; name: string; districtId: string | null }[];
    schoolCount: number;
  };

  it("gives a leader every district and the schools of the one chosen", async () => {
    const leader = await t.login("leader");
    const all = (await leader.get("/api/org-units/scope-filters")).json<Choices>();
    expect(all.districts.map((d) => d.name)).toEqual(["芙蓉区", "岳麓区"]);
    expect(all.schoolCount).toBeGreaterThanOrEqual(2);
    const inA = (
      await leader.get(`/api/org-units/scope-filters?districtId=${t.world.districtA.id}`)
    ).json<Choices>();
    expect(inA.schools.length).toBeGreaterThan(0);
    expect(new Set(inA.schools.map((s) => s.districtId))).toEqual(new Set([t.world.districtA.id]));
    const found = (
      await leader.get(`/api/org-units/scope-filters?q=${encodeURIComponent("岳麓区实验")}`)
    ).json<Choices>();
    expect(found.schools).toEqual([
      { id: t.world.schoolB.id, name: "岳麓区实验小学", districtId: t.world.districtB.id },
    ]);
  });

  it("gives a district its own district only, and a school nothing to choose", async () => {
    const furong = await t.login("districtA");
    const own = (await furong.get("/api/org-units/scope-filters")).json<Choices>();
    expect(own.districts.map((d) => d.id)).toEqual([t.world.districtA.id]);
    expect(own.schools.every((s) => s.districtId === t.world.districtA.id)).toBe(true);
    const other = (
      await furong.get(`/api/org-units/scope-filters?districtId=${t.world.districtB.id}`)
    ).json<Choices>();
    expect(other.schools).toEqual([]);
    const school = (await (await t.login("schoolA")).get("/api/org-units/scope-filters")).json<Choices>();
    expect(school).toEqual({
      districts: [],
      schools: [{ id: t.world.schoolA.id, name: "芙蓉区示范小学", districtId: t.world.districtA.id }],
      schoolCount: 1,
    });
  });
});
