import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { insertUnit } from "../org-units/org-units.service.ts";
import { institutions } from "../institutions/institutions.tables.ts";
import { teacherBody } from "./teacher-fixtures.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function teacher(overrides: Record<string, unknown> = {}): Promise<string> {
  const school = await t.login("schoolA");
  const response = await school.post("/api/teachers", teacherBody(t.world.schoolA.id, overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

describe("talent pool", () => {
  it("finds teachers by subject, title and hours, within scope", async () => {
    const senior = await teacher({ subject: "物理", title: "senior" });
    const junior = await teacher({ subject: "物理", title: "second" });
    await t.database.db.execute(
      sql`insert into training_credits (teacher_id, level, kind, title, hours, credited_on, status)
          values (${senior}, 'municipal', 'municipalTraining', '市级培训', 120, '2017-05-01', 'approved')`,
    );
    const district = await t.login("districtA");
    const found = (await district.get("/api/talent-pool?subject=物理&minTitle=first")).json<{
      items: { id: string; hours: number }[];
    }>();
    expect(found.items.map((x) => x.id)).toEqual([senior]);
    expect(found.items[0]?.hours).toBe(120);
    const byHours = (await district.get("/api/talent-pool?subject=物理&minHours=100")).json<{
      items: { id: string }[];
    }>();
    expect(byHours.items.map((x) => x.id)).not.toContain(junior);
    const other = (await (await t.login("districtB")).get("/api/talent-pool?subject=物理")).json<{
      items: unknown[];
    }>();
    expect(other.items).toHaveLength(0);
  });
});

describe("rural experience and exchanges", () => {
  it("recognises a year of rural teaching and records a rotation inside the district", async () => {
    const id = await teacher({ employment: "publicOffStaff" });
    const school = await t.login("schoolA");
    await school.post(`/api/teachers/${id}/postings`, {
      schoolName: "某乡中心小学",
      from: "2015-09-01",
      to: "2016-08-30",
      rural: true,
    });
    const short = (await school.get(`/api/talent-pool/teachers/${id}/rural-experience`)).json<{
      recognised: boolean;
      message: string;
    }>();
    expect(short.recognised).toBe(false);
    await school.post(`/api/teachers/${id}/postings`, {
      schoolName: "某乡中心小学",
      from: "2016-08-31",
      to: "2016-09-30",
      rural: true,
    });
    const enough = (await school.get(`/api/talent-pool/teachers/${id}/rural-experience`)).json<{
      recognised: boolean;
    }>();
    expect(enough.recognised).toBe(true);

    const other = await t.database.db.transaction(async (tx) => {
      const unit = await insertUnit(
        tx,
        t.world.districtA,
        { code: "2143010299", name: "芙蓉区第二小学", kind: "institution" },
        new Date(),
      );
      await tx.insert(institutions).values({
        orgUnitId: unit.id,
        type: "primary",
        ownership: "public",
        districtId: t.world.districtA.id,
      });
      return unit.id;
    });
    const district = await t.login("districtA");
    const body = { kind: "rotation", toInstitutionId: other, fromDate: "2019-02-20", toDate: "2020-01-31" };
    expect((await district.post(`/api/talent-pool/teachers/${id}/exchanges`, body)).statusCode).toBe(201);
    expect(
      (await (await t.login("districtB")).post(`/api/talent-pool/teachers/${id}/exchanges`, body)).statusCode,
    ).toBe(404);
    expect(
      (
        await district.post(`/api/talent-pool/teachers/${id}/exchanges`, {
          ...body,
          toInstitutionId: t.world.schoolB.id,
        })
      ).statusCode,
    ).toBe(400);
    const list = (await district.get(`/api/talent-pool/teachers/${id}/exchanges`)).json<{
      items: { toName: string }[];
    }>();
    expect(list.items.map((x) => x.toName)).toEqual(["芙蓉区第二小学"]);
  });
});
