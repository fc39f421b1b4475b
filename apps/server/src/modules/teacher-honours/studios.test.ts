import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { createTestApp, TEST_START, type TestApp, type TestSession } from "../../test/test-app.ts";
import { teacherBody } from "../teachers/teacher-fixtures.ts";
import { loadWorkPlan } from "../work-plan/work-plan-loader.ts";
import { addChangshaUnits, shippedPlanYaml } from "../work-plan/work-plan.fixture.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Problem = { detail: string; errors?: { field: string; message: string }[] };

interface StudioDetail {
  id: string;
  name: string;
  members: {
    teacherId: string;
    teacherNumber: string;
    name: string;
    institutionName: string;
    post: string;
    title: string;
    leader: boolean;
  }[];
  assessments: { year: number; grade: string; note: string | null }[];
}

async function teacher(overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  const school = await t.login("schoolA");
  const body = teacherBody(t.world.schoolA.id, overrides);
  const response = await school.post("/api/teachers", body);
  expect(response.statusCode, response.body).toBe(201);
  return { id: response.json<{ id: string }>().id, name: body.name };
}

async function newStudio(division: TestSession, leaderId: string, name: string): Promise<string> {
  const response = await division.post("/api/honours/studios", {
    type: "名师工作室",
    name,
    establishment: "新建",
    year: 2018,
    leaderId,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function auditRows(entityId: string, action: string) {
  return queryRows<{ before: unknown }>(
    t.database.db,
    sql`select before from audit_log where entity = 'teacher_studio' and entity_id = ${entityId}
        and action = ${action}`,
  );
}

describe("studio detail and members", () => {
  it("lists members without ID numbers and the assessment history newest first", async () => {
    t.clock.set(TEST_START);
    const division = await t.login("division");
    const leader = await teacher();
    const member = await teacher();
    const id = await newStudio(division, leader.id, "语文名师工作室甲");
    const added = await division.post(`/api/honours/studios/${id}/members`, { teacherIds: [member.id] });
    expect(added.json()).toEqual({ added: 1 });
    for (const [year, grade] of [
      [2018, "pass"],
      [2019, "excellent"],
    ] as const) {
      const assessed = await division.request("PUT", `/api/honours/studios/${id}/assessments`, {
        year,
        grade,
        note: `${year} 年度考核`,
      });
      expect(assessed.statusCode, assessed.body).toBe(200);
    }
    // The PUT stays one per studio per year: a second 2019 entry replaces the first.
    await division.request("PUT", `/api/honours/studios/${id}/assessments`, { year: 2019, grade: "pass" });

    const response = await (await t.login("schoolA")).get(`/api/honours/studios/${id}`);
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json<StudioDetail>();
    expect(detail.members.map((m) => [m.name, m.leader])).toEqual([
      [leader.name, true],
      [member.name, false],
    ]);
    expect(detail.members[0]).toMatchObject({
      institutionName: "芙蓉区示范小学",
      post: "teacher",
      title: "first",
    });
    expect(response.body).not.toContain("idNumber");
    expect(detail.assessments).toEqual([
      { year: 2019, grade: "pass", note: null },
      { year: 2018, grade: "pass", note: "2018 年度考核" },
    ]);

    const list = (await division.get("/api/honours/studios")).json<{
      items: { id: string; assessments: { year: number; grade: string }[] }[];
    }>();
    expect(list.items.find((x) => x.id === id)?.assessments).toEqual([
      { year: 2019, grade: "pass" },
      { year: 2018, grade: "pass" },
    ]);

    // Scope: a studio hosted in 芙蓉区 is not visible to 岳麓区.
    expect((await (await t.login("districtB")).get(`/api/honours/studios/${id}`)).statusCode).toBe(404);
  });

  it("removes a member with an audit row, refuses the leader, and 404s a non-member", async () => {
    t.clock.set(TEST_START);
    const division = await t.login("division");
    const leader = await teacher();
    const member = await teacher();
    const id = await newStudio(division, leader.id, "数学名师工作室乙");
    await division.post(`/api/honours/studios/${id}/members`, { teacherIds: [member.id] });

    const byDistrict = await (
      await t.login("districtA")
    ).request("DELETE", `/api/honours/studios/${id}/members/${member.id}`);
    expect(byDistrict.statusCode).toBe(403);

    const removed = await division.request("DELETE", `/api/honours/studios/${id}/members/${member.id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    const detail = (await division.get(`/api/honours/studios/${id}`)).json<StudioDetail>();
    expect(detail.members.map((m) => m.teacherId)).toEqual([leader.id]);
    const audit = await auditRows(id, "remove_member");
    expect(audit).toHaveLength(1);
    expect(audit[0]?.before).toMatchObject({ teacherId: member.id, name: member.name });

    const again = await division.request("DELETE", `/api/honours/studios/${id}/members/${member.id}`);
    expect(again.statusCode).toBe(404);

    const leaderOut = await division.request("DELETE", `/api/honours/studios/${id}/members/${leader.id}`);
    expect(leaderOut.statusCode).toBe(409);
    expect(leaderOut.json<Problem>().detail).toContain(`${leader.name}是该工作室的领衔人，不能移除`);
    expect((await division.get(`/api/honours/studios/${id}`)).json<StudioDetail>().members).toHaveLength(1);
  });

  it("refuses re-adding a member by name and reports the real count added", async () => {
    t.clock.set(TEST_START);
    const division = await t.login("division");
    const leader = await teacher();
    const [a, b] = [await teacher(), await teacher()];
    const id = await newStudio(division, leader.id, "英语名师工作室丙");
    expect(
      (await division.post(`/api/honours/studios/${id}/members`, { teacherIds: [a.id, a.id] })).json(),
    ).toEqual({ added: 1 });

    const twice = await division.post(`/api/honours/studios/${id}/members`, { teacherIds: [b.id, a.id] });
    expect(twice.statusCode).toBe(400);
    const problem = twice.json<Problem>();
    expect(problem.detail).toContain(`${a.name}`);
    expect(problem.detail).toContain("已是该工作室成员");
    expect(problem.detail).not.toContain(b.name);
    expect(problem.errors?.[0]?.field).toBe("teacherIds");
    // Nothing of the refused request was saved.
    expect((await division.get(`/api/honours/studios/${id}`)).json<StudioDetail>().members).toHaveLength(2);
    expect(await auditRows(id, "add_members")).toHaveLength(1);
  });

  it("refuses an assessment for a year after the app clock's year", async () => {
    t.clock.set(TEST_START);
    const division = await t.login("division");
    const id = await newStudio(division, (await teacher()).id, "科学名师工作室丁");
    const future = await division.request("PUT", `/api/honours/studios/${id}/assessments`, {
      year: 2020,
      grade: "pass",
    });
    expect(future.statusCode).toBe(400);
    expect(future.json<Problem>().detail).toBe("考核年度不能晚于今年（2019 年）");
    expect(future.json<Problem>().errors?.[0]?.field).toBe("year");
    expect((await division.get(`/api/honours/studios/${id}`)).json<StudioDetail>().assessments).toEqual([]);
  });
});

describe("公费师范生 intake list", () => {
  interface IntakeList {
    year: number;
    items: { districtId: string; districtName: string; students: number | null }[];
    total: number;
    target: { code: string; value: number } | null;
  }

  it("shows a district only itself and the city every district with the total", async () => {
    t.clock.set(TEST_START);
    const division = await t.login("division");
    for (const [district, students] of [
      [t.world.districtA.id, 120],
      [t.world.districtB.id, 80],
    ] as const) {
      const set = await division.request("PUT", "/api/honours/intakes", {
        districtId: district,
        year: 2019,
        students,
      });
      expect(set.statusCode, set.body).toBe(200);
    }
    await division.request("PUT", "/api/honours/intakes", {
      districtId: t.world.districtA.id,
      year: 2018,
      students: 7,
    });

    const city = (await division.get("/api/honours/intakes?year=2019")).json<IntakeList>();
    expect(city.items.map((x) => [x.districtName, x.students])).toEqual([
      ["芙蓉区", 120],
      ["岳麓区", 80],
    ]);
    expect(city.total).toBe(200);
    expect(city.year).toBe(2019);
    // Without a year: the latest year recorded, whatever the clock says.
    t.clock.set(new Date("2021-06-01T00:00:00Z"));
    expect((await (await t.login("division")).get("/api/honours/intakes")).json<IntakeList>()).toMatchObject({
      year: 2019,
      total: 200,
    });
    t.clock.set(TEST_START);
    const nothing = (await (await t.login("schoolA")).get("/api/honours/intakes")).json<IntakeList>();
    expect(nothing).toEqual({ year: 2019, items: [], total: 0, target: null });
    expect((await division.get("/api/honours/intakes?year=2018")).json<IntakeList>()).toMatchObject({
      total: 7,
      items: [
        { districtName: "芙蓉区", students: 7 },
        { districtName: "岳麓区", students: null },
      ],
    });

    const district = (
      await (await t.login("districtB")).get("/api/honours/intakes?year=2019")
    ).json<IntakeList>();
    expect(district.items).toEqual([
      { districtId: t.world.districtB.id, districtName: "岳麓区", students: 80 },
    ]);
    expect(district.total).toBe(80);

    expect((await division.get("/api/honours/intakes?year=1999")).statusCode).toBe(400);
  });

  // Last: it adds Changsha's other districts to the shared world.
  it("sets the total against the plan's T28-6 target once the 2019 plan is loaded", async () => {
    const division = await t.login("division");
    expect((await division.get("/api/honours/intakes?year=2019")).json<IntakeList>().target).toBeNull();
    await addChangshaUnits(t);
    const load = await loadWorkPlan(t.database.db, shippedPlanYaml(), "430100", t.clock.now());
    expect(load.ok).toBe(true);
    const city = (await division.get("/api/honours/intakes?year=2019")).json<IntakeList>();
    expect(city.target).toEqual({ code: "T28-6", value: 300 });
    expect(city.total).toBe(200);
    expect(city.items.length).toBeGreaterThan(2);
    expect((await division.get("/api/honours/intakes?year=2018")).json<IntakeList>().target).toBeNull();
    // The plan gives no district share of T28-6, so a district sees no target.
    const district = (
      await (await t.login("districtB")).get("/api/honours/intakes?year=2019")
    ).json<IntakeList>();
    expect(district.target).toBeNull();
  });
});
