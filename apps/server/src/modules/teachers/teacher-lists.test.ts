import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { teacherBody } from "./teacher-fixtures.ts";

/** The shared list convention on the 教师名录 and the 人才库: sort, district/school filters, paging totals. */
let t: TestApp;
const numbers = { a: [] as string[], b: [] as string[] };

type Row = { teacherNumber: string; name: string; title: string; institution?: { id: string } };
type Page = { items: Row[]; total: number };

beforeAll(async () => {
  t = await createTestApp();
  const schoolA = await t.login("schoolA");
  const schoolB = await t.login("schoolB");
  const titles = ["second", "fullSenior", "first"];
  for (const [i, title] of titles.entries()) {
    const body = teacherBody(t.world.schoolA.id, {
      name: `甲${i}`,
      title,
      subject: i === 0 ? "数学" : "语文",
    });
    expect((await schoolA.post("/api/teachers", body)).statusCode).toBe(201);
    numbers.a.push(body.teacherNumber);
  }
  for (const i of [0, 1]) {
    const body = teacherBody(t.world.schoolB.id, { name: `乙${i}`, title: "senior" }, "430104");
    expect((await schoolB.post("/api/teachers", body)).statusCode, body.teacherNumber).toBe(201);
    numbers.b.push(body.teacherNumber);
  }
});
afterAll(async () => t.close());

const sorted = (list: string[], desc = false) =>
  [...list].sort((x, y) => (desc ? -1 : 1) * x.localeCompare(y));

describe("教师名录 list", () => {
  it("sorts on a whitelisted column either way and refuses any other key", async () => {
    const leader = await t.login("leader");
    const asc = (await leader.get("/api/teachers?sort=teacherNumber&order=asc")).json<Page>();
    expect(asc.items.map((r) => r.teacherNumber)).toEqual(sorted([...numbers.a, ...numbers.b]));
    const desc = (await leader.get("/api/teachers?sort=teacherNumber&order=desc")).json<Page>();
    expect(desc.items.map((r) => r.teacherNumber)).toEqual(sorted([...numbers.a, ...numbers.b], true));
    // 职称 by rank, not by its code's spelling: 二级 < 一级 < 高级 < 正高级.
    const byTitle = (
      await leader.get(`/api/teachers?sort=title&districtId=${t.world.districtA.id}`)
    ).json<Page>();
    expect(byTitle.items.map((r) => r.title)).toEqual(["second", "first", "fullSenior"]);
    expect((await leader.get("/api/teachers?sort=id_number")).statusCode).toBe(400);
    expect((await leader.get("/api/teachers?sort=name&order=sideways")).statusCode).toBe(400);
  });

  it("filters by district and school, with the total of all matches beside one page", async () => {
    const leader = await t.login("leader");
    const inA = (
      await leader.get(`/api/teachers?districtId=${t.world.districtA.id}&pageSize=2`)
    ).json<Page>();
    expect(inA.total).toBe(3);
    expect(inA.items).toHaveLength(2);
    const page2 = (
      await leader.get(`/api/teachers?districtId=${t.world.districtA.id}&pageSize=2&page=2`)
    ).json<Page>();
    expect(page2).toMatchObject({ total: 3 });
    expect(page2.items.map((r) => r.teacherNumber)).toEqual([sorted(numbers.a)[2]]);
    const inB = (await leader.get(`/api/teachers?institutionId=${t.world.schoolB.id}`)).json<Page>();
    expect(inB.items.map((r) => r.teacherNumber)).toEqual(sorted(numbers.b));
  });

  it("finds nothing when a district or school filter names a unit outside the account's scope", async () => {
    const districtA = await t.login("districtA");
    const other = (await districtA.get(`/api/teachers?districtId=${t.world.districtB.id}`)).json<Page>();
    expect(other).toEqual({ items: [], total: 0 });
    const school = (await districtA.get(`/api/teachers?institutionId=${t.world.schoolB.id}`)).json<Page>();
    expect(school).toEqual({ items: [], total: 0 });
    const schoolA = await t.login("schoolA");
    expect((await schoolA.get(`/api/teachers?districtId=${t.world.districtB.id}`)).json<Page>().total).toBe(
      0,
    );
  });
});

describe("人才库 list", () => {
  it("pages on the server past the old 200 cap, with the total of every match", async () => {
    const leader = await t.login("leader");
    const first = (await leader.get("/api/talent-pool?pageSize=2&sort=teacherNumber")).json<Page>();
    expect(first.total).toBe(5);
    expect(first.items.map((r) => r.teacherNumber)).toEqual(sorted([...numbers.a, ...numbers.b]).slice(0, 2));
    const last = (await leader.get("/api/talent-pool?pageSize=2&page=3&sort=teacherNumber")).json<Page>();
    expect(last.items.map((r) => r.teacherNumber)).toEqual(sorted([...numbers.a, ...numbers.b]).slice(4));
    // A page past the end still says how many there are.
    expect((await leader.get("/api/talent-pool?pageSize=2&page=9")).json<Page>()).toEqual({
      items: [],
      total: 5,
    });
  });

  it("ranks by honours, then hours, from the most down unless asked otherwise", async () => {
    const leader = await t.login("leader");
    const [first] = (await leader.get("/api/teachers?sort=teacherNumber&order=desc&pageSize=1")).json<Page>()
      .items;
    const id = (await leader.get(`/api/teachers?q=${first?.teacherNumber}`)).json<{
      items: { id: string }[];
    }>().items[0]?.id;
    await t.database.db.execute(
      sql`insert into training_credits (teacher_id, level, kind, title, hours, credited_on, status)
          values (${id}, 'municipal', 'municipalTraining', '市级培训', 40, '2016-05-01', 'approved')`,
    );
    const ranked = (await leader.get("/api/talent-pool")).json<Page>();
    expect(ranked.items[0]?.teacherNumber).toBe(first?.teacherNumber);
    const fewest = (await leader.get("/api/talent-pool?sort=hours&order=asc")).json<Page>();
    expect(fewest.items.at(-1)?.teacherNumber).toBe(first?.teacherNumber);
  });

  it("sorts and filters by district and school", async () => {
    const leader = await t.login("leader");
    const byName = (
      await leader.get(`/api/talent-pool?districtId=${t.world.districtA.id}&sort=name&order=desc`)
    ).json<Page>();
    expect(byName.items.map((r) => r.name)).toEqual(["甲2", "甲1", "甲0"]);
    const school = (await leader.get(`/api/talent-pool?institutionId=${t.world.schoolB.id}`)).json<Page>();
    expect(school.total).toBe(2);
    const subject = (
      await leader.get(
        `/api/talent-pool?districtId=${t.world.districtA.id}&subject=${encodeURIComponent("数学")}`,
      )
    ).json<Page>();
    expect(subject.items.map((r) => r.name)).toEqual(["甲0"]);
  });

  it("finds nothing for another district's filter", async () => {
    const districtB = await t.login("districtB");
    expect((await districtB.get(`/api/talent-pool?districtId=${t.world.districtA.id}`)).json<Page>()).toEqual(
      {
        items: [],
        total: 0,
      },
    );
    expect(
      (await districtB.get(`/api/talent-pool?institutionId=${t.world.schoolA.id}`)).json<Page>().total,
    ).toBe(0);
    expect((await districtB.get("/api/talent-pool?sort=idNumber")).statusCode).toBe(400);
  });
});
