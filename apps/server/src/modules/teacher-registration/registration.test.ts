import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { teacherBody } from "../teachers/teacher-fixtures.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Due = {
  items: {
    teacherId: string;
    outcome: string;
    reasons: string[];
    hours: { counted: number } | null;
    confirmedOutcome: string | null;
  }[];
};
type Problem = { detail: string };

/** A teacher registered on 2014-03-01 (due in 2019, the test year) with five passed reviews and `hours`. */
async function dueTeacher(options: {
  hours: number;
  failedYears?: number[];
  registeredOn?: string;
}): Promise<string> {
  const school = await t.login("schoolA");
  const registeredOn = options.registeredOn ?? "2014-03-01";
  const response = await school.post(
    "/api/teachers",
    teacherBody(t.world.schoolA.id, { registeredOn, firstRegisteredOn: registeredOn }),
  );
  const id = response.json<{ id: string }>().id;
  for (const year of [2014, 2015, 2016, 2017, 2018]) {
    const grade = options.failedYears?.includes(year) ? "fail" : "pass";
    expect((await school.request("PUT", `/api/teachers/${id}/reviews`, { year, grade })).statusCode).toBe(
      200,
    );
  }
  if (options.hours > 0) {
    await t.database.db.execute(
      sql`insert into training_credits (teacher_id, level, kind, title, hours, credited_on, status)
          values (${id}, 'municipal', 'municipalTraining', '市级培训', ${options.hours}, '2016-05-01', 'approved')`,
    );
  }
  return id;
}

async function dueRow(id: string, username = "districtA", year = 2019) {
  const district = await t.login(username);
  const due = (await district.get(`/api/registration/due?year=${year}`)).json<Due>();
  return due.items.find((item) => item.teacherId === id);
}

async function addCredit(teacherId: string, hours: number, creditedOn: string): Promise<void> {
  await t.database.db.execute(
    sql`insert into training_credits (teacher_id, level, kind, title, hours, credited_on, status)
        values (${teacherId}, 'municipal', 'municipalTraining', '市级培训', ${hours}, ${creditedOn}, 'approved')`,
  );
}

describe("re-registration list", () => {
  it("passes at 360 hours and defers at 359", async () => {
    const enough = await dueTeacher({ hours: 360 });
    const short = await dueTeacher({ hours: 359 });
    expect(await dueRow(enough)).toMatchObject({ outcome: "passed", hours: { counted: 360 } });
    const deferred = await dueRow(short);
    expect(deferred).toMatchObject({ outcome: "deferred" });
    expect(deferred?.reasons.join()).toContain("未达到 360 学时");
  });

  it("defers one failed 年度考核 and fails two in a row", async () => {
    expect((await dueRow(await dueTeacher({ hours: 400, failedYears: [2016] })))?.outcome).toBe("deferred");
    expect((await dueRow(await dueTeacher({ hours: 400, failedYears: [2016, 2017] })))?.outcome).toBe(
      "failed",
    );
  });

  it("leaves out teachers not yet due and another district's teachers", async () => {
    const notDue = await dueTeacher({ hours: 400, registeredOn: "2016-09-01" });
    expect(await dueRow(notDue)).toBeUndefined();
    const due = await dueTeacher({ hours: 400 });
    expect(await dueRow(due, "districtB")).toBeUndefined();
  });
});

describe("confirmation", () => {
  it("confirms a batch, opens a new cycle on a pass and refuses a teacher not due", async () => {
    const passed = await dueTeacher({ hours: 360 });
    const deferred = await dueTeacher({ hours: 100 });
    const notDue = await dueTeacher({ hours: 400, registeredOn: "2016-09-01" });
    const district = await t.login("districtA");
    const refused = await district.post("/api/registration/confirm", {
      year: 2019,
      teacherIds: [passed, notDue],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Problem>().detail).toContain("应于 2021 年申请定期注册，2019 年不在注册期");
    expect(
      (
        await (
          await t.login("schoolA")
        ).post("/api/registration/confirm", { year: 2019, teacherIds: [passed] })
      ).statusCode,
    ).toBe(403);
    const ok = await district.post("/api/registration/confirm", {
      year: 2019,
      teacherIds: [passed, deferred],
    });
    expect(ok.json()).toEqual({ confirmed: 2 });
    const twice = await district.post("/api/registration/confirm", { year: 2019, teacherIds: [deferred] });
    expect(twice.json<Problem>().detail).toContain("已确认，不能重复确认");
    const detail = (await district.get(`/api/teachers/${passed}`)).json<{ registeredOn: string }>();
    expect(detail.registeredOn).toBe("2019-03-01");
    expect((await dueRow(deferred))?.confirmedOutcome).toBe("deferred");
  });
});

describe("cycle boundaries (issue 12, defects 2 and 3)", () => {
  it("counts hours dated after the old cycle ended but before the pass was confirmed in the new cycle", async () => {
    // Cycle 2014-01-10 → 2019-01-09; 20 hours on 2019-02-01; the district confirms on 2019-03-01.
    const id = await dueTeacher({ hours: 360, registeredOn: "2014-01-10" });
    await addCredit(id, 20, "2019-02-01");
    expect(await dueRow(id)).toMatchObject({ outcome: "passed", hours: { counted: 360 } });
    const district = await t.login("districtA");
    expect(
      (await district.post("/api/registration/confirm", { year: 2019, teacherIds: [id] })).statusCode,
    ).toBe(200);
    const detail = (await district.get(`/api/teachers/${id}`)).json<{ registeredOn: string }>();
    expect(detail.registeredOn).toBe("2019-01-10");
    expect((await dueRow(id, "districtA", 2024))?.hours).toMatchObject({ counted: 20 });
  });

  it("counts a credit of 28 February 2021 in the cycle of a 29 February 2016 registration", async () => {
    const id = await dueTeacher({ hours: 0, registeredOn: "2016-02-29" });
    await addCredit(id, 300, "2017-05-01");
    await addCredit(id, 60, "2021-02-28");
    await addCredit(id, 7, "2021-03-01");
    expect((await dueRow(id, "districtA", 2021))?.hours).toMatchObject({ counted: 360 });
  });
});

describe("ethics records", () => {
  it("are open only to ethics roles in scope, and a serious finding fails registration", async () => {
    const id = await dueTeacher({ hours: 400 });
    const body = { foundOn: "2017-05-10", severity: "serious", description: "有偿补课，情节严重" };
    expect((await (await t.login("schoolA")).post(`/api/registration/ethics/${id}`, body)).statusCode).toBe(
      403,
    );
    expect((await (await t.login("schoolA")).get(`/api/registration/ethics/${id}`)).statusCode).toBe(403);
    expect((await (await t.login("leader")).get(`/api/registration/ethics/${id}`)).statusCode).toBe(403);
    expect((await (await t.login("teacherA")).get(`/api/registration/ethics/${id}`)).statusCode).toBe(403);
    expect((await (await t.login("districtB")).get(`/api/registration/ethics/${id}`)).statusCode).toBe(404);
    expect((await (await t.login("districtB")).post(`/api/registration/ethics/${id}`, body)).statusCode).toBe(
      404,
    );
    const district = await t.login("districtA");
    expect((await district.post(`/api/registration/ethics/${id}`, body)).statusCode).toBe(201);
    const records = (await district.get(`/api/registration/ethics/${id}`)).json<{
      items: { description: string }[];
    }>();
    expect(records.items[0]?.description).toBe("有偿补课，情节严重");
    expect((await (await t.login("division")).get(`/api/registration/ethics/${id}`)).statusCode).toBe(200);
    expect((await dueRow(id))?.outcome).toBe("failed");
    const schoolView = (await (await t.login("schoolA")).get("/api/registration/due?year=2019")).json<Due>();
    const seen = schoolView.items.find((item) => item.teacherId === id);
    expect(seen?.reasons.join()).not.toContain("有偿补课");
    expect(seen?.reasons.join()).toContain("详情仅限授权人员查看");
  });
});

describe("a teacher's own status", () => {
  it("shows hours and the outcome the rules give", async () => {
    const id = await dueTeacher({ hours: 200 });
    await t.database.db.execute(
      sql`update teachers set user_id = ${t.world.userIds.teacherA} where id = ${id}`,
    );
    const mine = (await (await t.login("teacherA")).get("/api/registration/me")).json<{
      due: boolean;
      evaluation: { outcome: string; hours: { counted: number } };
    }>();
    expect(mine).toMatchObject({ due: true, evaluation: { outcome: "deferred", hours: { counted: 200 } } });
  });
});
