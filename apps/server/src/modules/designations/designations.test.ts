import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Designation = {
  id: string;
  typeCode: string;
  typeName: string;
  year: number;
  revoked: boolean;
  revokedOn: string | null;
  revokeReason: string | null;
  institution: { id: string; name: string };
  district: { name: string };
};
type Problem = { title: string; detail: string; errors?: { field: string; message: string }[] };
type Audit = {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

const auditRows = async (entityId: string) =>
  queryRows<Audit>(
    t.database.db,
    sql`select action, before, after from audit_log where entity = 'designation' and entity_id = ${entityId} order by id`,
  );
const designationAudits = async () =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity = 'designation'`,
    )
  )[0]?.n;

async function award(body: Record<string, unknown>) {
  const division = await t.login("division");
  return division.post("/api/designations", body);
}

describe("catalogue", () => {
  it("lists the designation types of the plan", async () => {
    const district = await t.login("districtA");
    const types = (await district.get("/api/designations/types")).json<{ items: { name: string }[] }>();
    expect(types.items[0]?.name).toBe("儿童友好型试点学校");
    expect(types.items.map((type) => type.name)).toEqual(
      expect.arrayContaining(["儿童友好型试点学校", "义务教育标准化学校", "校园法律服务站", "名校长工作室"]),
    );
  });
});

describe("awarding", () => {
  it("lets a division award a school and audits it", async () => {
    const response = await award({
      institutionId: t.world.schoolA.id,
      typeCode: "child_friendly_pilot_school",
      year: 2019,
      documentNo: "长教通〔2019〕12号",
      documentDate: "2019-02-20",
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<Designation>();
    expect(created).toMatchObject({
      typeName: "儿童友好型试点学校",
      year: 2019,
      revoked: false,
      institution: { name: "芙蓉区示范小学" },
      district: { name: "芙蓉区" },
    });
    const audits = await auditRows(created.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: "award",
      before: null,
      after: { year: 2019, typeCode: "child_friendly_pilot_school" },
    });
  });

  it("refuses a second award of the same type and year with 409 on typeCode, writing nothing", async () => {
    const body = { institutionId: t.world.schoolA.id, typeCode: "civilised_campus", year: 2018 };
    expect((await award(body)).statusCode).toBe(201);
    const before = await designationAudits();
    const again = await award({ ...body, documentNo: "重复" });
    expect(again.statusCode).toBe(409);
    const problem = again.json<Problem>();
    expect(problem.errors?.[0]?.field).toBe("typeCode");
    expect(problem.detail).toContain("已有 2018 年度“文明校园”");
    expect(await designationAudits()).toBe(before);
    expect((await award({ ...body, year: 2019 })).statusCode).toBe(201);
  });

  it("refuses a designation the institution cannot hold", async () => {
    const before = await designationAudits();
    const response = await award({
      institutionId: t.world.schoolA.id,
      typeCode: "inclusive_private_kindergarten",
      year: 2019,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.[0]).toEqual({
      field: "typeCode",
      message: "“普惠性民办幼儿园”只授予民办幼儿园",
    });
    expect(await designationAudits()).toBe(before);
  });

  it("refuses unknown types, non-institutions, future dates and bad years", async () => {
    const base = { institutionId: t.world.schoolA.id, typeCode: "civilised_campus", year: 2017 };
    const unknown = await award({ ...base, typeCode: "nobel_prize" });
    expect(unknown.json<Problem>().errors?.[0]?.field).toBe("typeCode");
    const district = await award({ ...base, institutionId: t.world.districtA.id });
    expect(district.json<Problem>().errors?.[0]?.field).toBe("institutionId");
    const future = await award({ ...base, documentDate: "2019-12-31" });
    expect(future.json<Problem>().errors?.[0]).toEqual({
      field: "documentDate",
      message: "发文日期不能晚于今天",
    });
    const badYear = await award({ ...base, year: 1900 });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json<Problem>().errors?.[0]?.field).toBe("year");
  });

  it("refuses award and revoke to accounts without designations.write", async () => {
    for (const username of ["districtA", "schoolA", "leader", "inspector"]) {
      const session = await t.login(username);
      const response = await session.post("/api/designations", {
        institutionId: t.world.schoolA.id,
        typeCode: "network_alliance_school",
        year: 2019,
      });
      expect(response.statusCode).toBe(403);
    }
  });
});

describe("scope", () => {
  let inB: Designation;
  beforeAll(async () => {
    inB = (
      await award({ institutionId: t.world.schoolB.id, typeCode: "brand_private_school", year: 2019 })
    ).json<Designation>();
  });

  it("shows a district only its own institutions' designations", async () => {
    const district = await t.login("districtA");
    const list = (await district.get("/api/designations?pageSize=100")).json<{
      items: Designation[];
      total: number;
    }>();
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((d) => d.district.name === "芙蓉区")).toBe(true);
    expect((await district.get(`/api/designations/${inB.id}`)).statusCode).toBe(404);
    const filtered = await district.get(`/api/designations?institutionId=${t.world.schoolB.id}`);
    expect(filtered.json<{ total: number }>().total).toBe(0);
  });

  it("shows a school only its own designations", async () => {
    const school = await t.login("schoolB");
    const list = (await school.get("/api/designations")).json<{ items: Designation[] }>();
    expect(list.items.map((d) => d.id)).toEqual([inB.id]);
    const other = await t.login("schoolA");
    expect((await other.get(`/api/designations/${inB.id}`)).statusCode).toBe(404);
  });

  it("filters by type, year and district for city-wide accounts", async () => {
    const leader = await t.login("leader");
    const byDistrict = (await leader.get(`/api/designations?districtId=${t.world.districtB.id}`)).json<{
      items: Designation[];
    }>();
    expect(byDistrict.items.map((d) => d.id)).toEqual([inB.id]);
    const byType = (await leader.get("/api/designations?typeCode=civilised_campus&year=2018")).json<{
      items: Designation[];
    }>();
    expect(byType.items.map((d) => [d.typeCode, d.year])).toEqual([["civilised_campus", 2018]]);
  });

  it("counts designations by type and year within the scope", async () => {
    const leader = await t.login("leader");
    const all = (await leader.get("/api/designations/summary?year=2019")).json<{
      items: { typeCode: string; year: number; active: number }[];
    }>();
    expect(all.items.find((i) => i.typeCode === "brand_private_school")?.active).toBe(1);
    const district = await t.login("districtA");
    const mine = (await district.get("/api/designations/summary")).json<{ items: { typeCode: string }[] }>();
    expect(mine.items.map((i) => i.typeCode)).not.toContain("brand_private_school");
  });
});

describe("revocation", () => {
  it("revokes with date and reason, audited, and hides it unless asked", async () => {
    const created = (
      await award({
        institutionId: t.world.schoolA.id,
        typeCode: "campus_legal_service_station",
        year: 2019,
        documentDate: "2019-01-10",
      })
    ).json<Designation>();
    const division = await t.login("division");
    const early = await division.post(`/api/designations/${created.id}/revoke`, {
      revokedOn: "2019-01-01",
      reason: "材料不实",
    });
    expect(early.json<Problem>().errors?.[0]?.field).toBe("revokedOn");
    const response = await division.post(`/api/designations/${created.id}/revoke`, {
      revokedOn: "2019-02-28",
      reason: "复核不合格",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<Designation>()).toMatchObject({
      revoked: true,
      revokedOn: "2019-02-28",
      revokeReason: "复核不合格",
    });

    const audits = await auditRows(created.id);
    expect(audits.map((a) => a.action)).toEqual(["award", "revoke"]);
    expect(audits[1]?.before).toMatchObject({ revokedOn: null });
    expect(audits[1]?.after).toMatchObject({ revokedOn: "2019-02-28", revokeReason: "复核不合格" });

    const active = (await division.get("/api/designations?typeCode=campus_legal_service_station")).json<{
      total: number;
    }>();
    expect(active.total).toBe(0);
    const all = (
      await division.get("/api/designations?typeCode=campus_legal_service_station&includeRevoked=true")
    ).json<{ items: Designation[] }>();
    expect(all.items.map((d) => d.revoked)).toEqual([true]);
    const summary = (await division.get("/api/designations/summary?year=2019")).json<{
      items: { typeCode: string; active: number; revoked: number }[];
    }>();
    expect(summary.items.find((i) => i.typeCode === "campus_legal_service_station")).toMatchObject({
      active: 0,
      revoked: 1,
    });

    const twice = await division.post(`/api/designations/${created.id}/revoke`, {
      revokedOn: "2019-02-28",
      reason: "再次撤销",
    });
    expect(twice.statusCode).toBe(409);
    expect((await auditRows(created.id)).length).toBe(2);
  });

  it("requires a reason and refuses a revocation dated in the future", async () => {
    const created = (
      await award({ institutionId: t.world.schoolA.id, typeCode: "smart_campus_pilot_school", year: 2019 })
    ).json<Designation>();
    const division = await t.login("division");
    const noReason = await division.post(`/api/designations/${created.id}/revoke`, {
      revokedOn: "2019-02-01",
      reason: " ",
    });
    expect(noReason.json<Problem>().errors?.[0]?.field).toBe("reason");
    const future = await division.post(`/api/designations/${created.id}/revoke`, {
      revokedOn: "2020-01-01",
      reason: "x",
    });
    expect(future.json<Problem>().errors?.[0]?.field).toBe("revokedOn");
    expect((await auditRows(created.id)).map((a) => a.action)).toEqual(["award"]);
  });

  it("corrects the document number and date", async () => {
    const created = (
      await award({ institutionId: t.world.schoolA.id, typeCode: "famous_principal_studio", year: 2019 })
    ).json<Designation & { documentNo: string | null }>();
    const division = await t.login("division");
    const response = await division.patch(`/api/designations/${created.id}`, {
      documentNo: "长教发〔2019〕3号",
    });
    expect(response.json<{ documentNo: string }>().documentNo).toBe("长教发〔2019〕3号");
    expect((await auditRows(created.id)).map((a) => a.action)).toEqual(["award", "update"]);
  });
});
