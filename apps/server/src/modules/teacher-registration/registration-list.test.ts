import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { teacherBody } from "../teachers/teacher-fixtures.ts";

/** The 定期注册 list under the shared list convention: sort, outcome/district/school filters, paging. */
let t: TestApp;
const inA: string[] = [];
const inB: string[] = [];
type Due = {
  items: { teacherNumber: string; name: string; outcome: string }[];
  total: number;
  due: number;
  summary: { passed: number; deferred: number; failed: number; confirmed: number };
};

beforeAll(async () => {
  t = await createTestApp();
  const registered = { registeredOn: "2014-03-01", firstRegisteredOn: "2014-03-01" };
  const schoolA = await t.login("schoolA");
  for (const name of ["周一", "吴二", "郑三"]) {
    const body = teacherBody(t.world.schoolA.id, { ...registered, name });
    expect((await schoolA.post("/api/teachers", body)).statusCode).toBe(201);
    inA.push(body.teacherNumber);
  }
  const schoolB = await t.login("schoolB");
  const body = teacherBody(t.world.schoolB.id, { ...registered, name: "王四" }, "430104");
  expect((await schoolB.post("/api/teachers", body)).statusCode).toBe(201);
  inB.push(body.teacherNumber);
});
afterAll(async () => t.close());

describe("the 定期注册 list", () => {
  it("sorts either way and pages, with the summary over every teacher due", async () => {
    const leader = await t.login("leader");
    const asc = (
      await leader.get("/api/registration/due?year=2019&sort=teacherNumber&order=asc")
    ).json<Due>();
    expect(asc.items.map((r) => r.teacherNumber)).toEqual([...inA, ...inB].sort());
    const page = (
      await leader.get("/api/registration/due?year=2019&sort=teacherNumber&order=desc&pageSize=3&page=2")
    ).json<Due>();
    expect(page.items.map((r) => r.teacherNumber)).toEqual([[...inA, ...inB].sort()[0]]);
    expect(page).toMatchObject({ total: 4, due: 4 });
    // No hours on file: every one of them is deferred, on every page alike.
    expect(page.summary.deferred + page.summary.failed + page.summary.passed).toBe(4);
    expect((await leader.get("/api/registration/due?sort=idNumber")).statusCode).toBe(400);
  });

  it("filters by outcome, district and school on the server", async () => {
    const leader = await t.login("leader");
    const a = (
      await leader.get(`/api/registration/due?year=2019&districtId=${t.world.districtA.id}`)
    ).json<Due>();
    expect(a).toMatchObject({ total: 3, due: 3 });
    const b = (
      await leader.get(`/api/registration/due?year=2019&institutionId=${t.world.schoolB.id}`)
    ).json<Due>();
    expect(b.items.map((r) => r.name)).toEqual(["王四"]);
    const outcome = a.items[0]?.outcome ?? "";
    const same = (
      await leader.get(
        `/api/registration/due?year=2019&districtId=${t.world.districtA.id}&outcome=${outcome}`,
      )
    ).json<Due>();
    expect(same.total).toBe(a.items.filter((r) => r.outcome === outcome).length);
  });

  it("finds nothing for another district's filter", async () => {
    const districtA = await t.login("districtA");
    const other = (
      await districtA.get(`/api/registration/due?year=2019&districtId=${t.world.districtB.id}`)
    ).json<Due>();
    expect(other).toMatchObject({ items: [], total: 0, due: 0 });
    const school = (
      await districtA.get(`/api/registration/due?year=2019&institutionId=${t.world.schoolB.id}`)
    ).json<Due>();
    expect(school.total).toBe(0);
  });
});
