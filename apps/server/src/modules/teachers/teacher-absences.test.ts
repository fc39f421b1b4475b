import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { teacherBody } from "./teacher-fixtures.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Problem = { detail: string; errors?: { field: string; message: string }[] };
type Due = { items: { teacherId: string; outcome: string; reasons: string[] }[] };

/** A teacher registered on 2014-03-01 (due in 2019, the test year) who passes on reviews and hours. */
async function dueTeacher(): Promise<string> {
  const school = await t.login("schoolA");
  const response = await school.post("/api/teachers", teacherBody(t.world.schoolA.id));
  expect(response.statusCode, response.body).toBe(201);
  const id = response.json<{ id: string }>().id;
  for (const year of [2014, 2015, 2016, 2017, 2018]) {
    expect(
      (await school.request("PUT", `/api/teachers/${id}/reviews`, { year, grade: "pass" })).statusCode,
    ).toBe(200);
  }
  await t.database.db.execute(
    sql`insert into training_credits (teacher_id, level, kind, title, hours, credited_on, status)
        values (${id}, 'municipal', 'municipalTraining', '市级培训', 400, '2016-05-01', 'approved')`,
  );
  return id;
}

async function dueRow(id: string) {
  const due = (await (await t.login("districtA")).get("/api/registration/due?year=2019")).json<Due>();
  return due.items.find((item) => item.teacherId === id);
}

describe("中止教育教学工作", () => {
  it("defers registration for a semester away without leave, not for approved leave", async () => {
    const absent = await dueTeacher();
    const onLeave = await dueTeacher();
    expect((await dueRow(absent))?.outcome).toBe("passed");
    const school = await t.login("schoolA");
    const recorded = await school.post(`/api/teachers/${absent}/absences`, {
      from: "2016-09-01",
      to: "2017-01-31",
      note: "擅自离岗",
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const leave = await school.post(`/api/teachers/${onLeave}/absences`, {
      from: "2016-09-01",
      to: "2017-06-30",
      approvedLeave: "maternity",
    });
    expect(leave.statusCode, leave.body).toBe(201);

    const deferred = await dueRow(absent);
    expect(deferred?.outcome).toBe("deferred");
    expect(deferred?.reasons.join()).toContain("2016-09-01 至 2017-01-31 未经批准中止教育教学工作 153 天");
    expect((await dueRow(onLeave))?.outcome).toBe("passed");

    const list = (await school.get(`/api/teachers/${absent}/absences`)).json<{
      items: { id: string; from: string; to: string; approvedLeave: string | null; note: string }[];
    }>();
    expect(list.items).toMatchObject([
      { from: "2016-09-01", to: "2017-01-31", approvedLeave: null, note: "擅自离岗" },
    ]);

    // Removing the record (entered in error) lifts the deferral; both writes are audited.
    const absenceId = list.items[0]?.id ?? "";
    expect(
      (await (await t.login("districtB")).request("DELETE", `/api/teachers/${absent}/absences/${absenceId}`))
        .statusCode,
    ).toBe(404);
    expect(
      (await (await t.login("leader")).request("DELETE", `/api/teachers/${absent}/absences/${absenceId}`))
        .statusCode,
    ).toBe(403);
    const removed = await (
      await t.login("districtA")
    ).request("DELETE", `/api/teachers/${absent}/absences/${absenceId}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await dueRow(absent))?.outcome).toBe("passed");
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity = 'teacher' and entity_id = ${absent}
            and action like '%absence' order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(["record_absence", "delete_absence"]);
  });

  it("refuses an end before the start, naming the field, and keeps other districts out", async () => {
    const id = await dueTeacher();
    const school = await t.login("schoolA");
    const backwards = await school.post(`/api/teachers/${id}/absences`, {
      from: "2017-03-01",
      to: "2017-02-01",
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<Problem>().errors).toEqual([{ field: "to", message: "结束日期不能早于开始日期" }]);
    const body = { from: "2017-03-01", to: "2017-04-01" };
    expect((await (await t.login("districtB")).post(`/api/teachers/${id}/absences`, body)).statusCode).toBe(
      404,
    );
    expect((await (await t.login("districtB")).get(`/api/teachers/${id}/absences`)).statusCode).toBe(404);
    expect((await (await t.login("teacherA")).post(`/api/teachers/${id}/absences`, body)).statusCode).toBe(
      403,
    );
    const badLeave = await school.post(`/api/teachers/${id}/absences`, { ...body, approvedLeave: "holiday" });
    expect(badLeave.statusCode).toBe(400);
  });
});
