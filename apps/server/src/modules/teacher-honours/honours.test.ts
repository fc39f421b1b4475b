import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_START, type TestApp } from "../../test/test-app.ts";
import { teacherBody } from "../teachers/teacher-fixtures.ts";
import { createTeacherPlanMeasures } from "./teacher-plan-measures.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const DAY = 86_400_000;
type Problem = { detail: string };

async function teacher(overrides: Record<string, unknown> = {}): Promise<string> {
  const school = await t.login("schoolA");
  return (await school.post("/api/teachers", teacherBody(t.world.schoolA.id, overrides))).json<{
    id: string;
  }>().id;
}

describe("selection rounds", () => {
  it("refuses a round and a nomination outside the window, and awards after publicity", async () => {
    t.clock.set(TEST_START);
    const division = await t.login("division");
    const late = await division.post("/api/honours/rounds", {
      kind: "famousPrincipal",
      year: 2019,
      windowFrom: "2019-04-01",
      windowTo: "2019-06-30",
    });
    expect(late.statusCode).toBe(409);
    expect(late.json<Problem>().detail).toContain(
      "不在2019年名校长(园长)遴选的办理时间（2019-04-01 至 2019-06-30）内",
    );

    const opened = await division.post("/api/honours/rounds", {
      kind: "famousPrincipal",
      year: 2019,
      windowFrom: "2019-02-01",
      windowTo: "2019-03-31",
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const roundId = opened.json<{ id: string }>().id;
    const principal = await teacher({ post: "principal" });
    const head = await teacher({ post: "kindergartenHead", stage: "kindergarten" });
    const district = await t.login("districtA");
    expect(
      (await district.post(`/api/honours/rounds/${roundId}/nominations`, { teacherId: principal }))
        .statusCode,
    ).toBe(201);
    expect(
      (await district.post(`/api/honours/rounds/${roundId}/nominations`, { teacherId: head })).statusCode,
    ).toBe(201);
    const twice = await district.post(`/api/honours/rounds/${roundId}/nominations`, { teacherId: head });
    expect(twice.json<Problem>().detail).toContain("不能重复提名");
    expect(
      (
        await (
          await t.login("districtB")
        ).post(`/api/honours/rounds/${roundId}/nominations`, { teacherId: principal })
      ).statusCode,
    ).toBe(404);

    expect((await division.post(`/api/honours/rounds/${roundId}/advance`, { to: "review" })).statusCode).toBe(
      200,
    );
    expect(
      (
        await division.post(`/api/honours/rounds/${roundId}/advance`, {
          to: "publicity",
          selected: [principal, head],
        })
      ).statusCode,
    ).toBe(200);
    const early = await division.post(`/api/honours/rounds/${roundId}/advance`, { to: "awarded" });
    expect(early.json<Problem>().detail).toContain("须满 7 天方可授予");

    t.clock.advance(40 * DAY);
    const afterWindow = await (
      await t.login("division")
    ).post(`/api/honours/rounds/${roundId}/advance`, { to: "awarded" });
    expect(afterWindow.statusCode).toBe(409);
    expect(afterWindow.json<Problem>().detail).toContain("不予办理");

    t.clock.set(new Date(TEST_START.getTime() + 10 * DAY));
    const awarded = await (
      await t.login("division")
    ).post(`/api/honours/rounds/${roundId}/advance`, { to: "awarded" });
    expect(awarded.statusCode, awarded.body).toBe(200);

    const measures = createTeacherPlanMeasures(t.database.db);
    const filter = (honourTypes: string[]) => ({ honourTypes, year: 2019 });
    expect(
      await measures.evaluate("principal_selection_count", filter(["名校长", "名园长"]), t.world.city.id),
    ).toBe(2);
    expect(await measures.evaluate("principal_selection_count", filter(["名园长"]), t.world.city.id)).toBe(1);
    expect(
      await measures.evaluate("principal_selection_count", filter(["名校长"]), t.world.districtB.id),
    ).toBe(0);
    t.clock.set(TEST_START);
  });
});

describe("studios and intake", () => {
  it("counts studios by type and establishment, and the 公费师范生 intake", async () => {
    t.clock.set(TEST_START);
    const leader = await teacher({ post: "principal" });
    const division = await t.login("division");
    const refused = await division.post("/api/honours/studios", {
      type: "名校长工作室",
      name: "张老师名校长工作室",
      establishment: "新建",
      year: 2019,
      leaderId: await teacher(),
    });
    expect(refused.statusCode).toBe(400);
    const studio = await division.post("/api/honours/studios", {
      type: "名校长工作室",
      name: "李校长名校长工作室",
      establishment: "新建",
      year: 2019,
      leaderId: leader,
    });
    expect(studio.statusCode, studio.body).toBe(201);
    const studioId = studio.json<{ id: string }>().id;
    expect(
      (await division.post(`/api/honours/studios/${studioId}/members`, { teacherIds: [await teacher()] }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await division.request("PUT", `/api/honours/studios/${studioId}/assessments`, {
          year: 2019,
          grade: "pass",
        })
      ).statusCode,
    ).toBe(200);
    const list = (await (await t.login("schoolA")).get("/api/honours/studios")).json<{
      items: { members: number }[];
    }>();
    expect(list.items[0]?.members).toBe(2);

    const measures = createTeacherPlanMeasures(t.database.db);
    const studios = { studioTypes: ["名校长工作室", "名园长工作室"], establishment: ["新建"], year: 2019 };
    expect(await measures.evaluate("studio_count", studios, t.world.city.id)).toBe(1);
    expect(
      await measures.evaluate("studio_count", { ...studios, establishment: ["换届"] }, t.world.city.id),
    ).toBe(0);

    const intake = { programme: "省级公费师范生", year: 2019 };
    expect(await measures.evaluate("normal_student_intake", intake, t.world.city.id)).toBeNull();
    const district = await t.login("districtA");
    const set = await district.request("PUT", "/api/honours/intakes", {
      districtId: t.world.districtA.id,
      year: 2019,
      students: 45,
    });
    expect(set.statusCode, set.body).toBe(200);
    const elsewhere = await district.request("PUT", "/api/honours/intakes", {
      districtId: t.world.districtB.id,
      year: 2019,
      students: 5,
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(await measures.evaluate("normal_student_intake", intake, t.world.city.id)).toBe(45);
    expect(await measures.evaluate("normal_student_intake", intake, t.world.districtB.id)).toBeNull();
  });
});
