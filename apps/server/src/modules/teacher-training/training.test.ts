import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTeacherPlanMeasures } from "../teacher-honours/teacher-plan-measures.ts";
import { teacherBody } from "../teachers/teacher-fixtures.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Problem = { detail: string; errors?: { field: string; message: string }[] };

async function teachersOfSchoolA(n: number, overrides: Record<string, unknown> = {}): Promise<string[]> {
  const school = await t.login("schoolA");
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const response = await school.post("/api/teachers", teacherBody(t.world.schoolA.id, overrides));
    ids.push(response.json<{ id: string }>().id);
  }
  return ids;
}

async function programme(body: Record<string, unknown> = {}) {
  const division = await t.login("division");
  const response = await division.post("/api/training/programmes", {
    name: "2019年骨干教师滚动培训（小学语文）",
    level: "municipal",
    kind: "backboneRolling",
    hours: 40,
    startsOn: "2019-02-01",
    endsOn: "2019-06-30",
    capacity: 3,
    eligibility: { stages: ["primary"] },
    ...body,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

const backbone = { programmeKind: "骨干教师滚动培训", year: 2019 } as const;

describe("enrolment and completion", () => {
  it("enrols within quota, credits completions and moves the 1,600 backbone target", async () => {
    const measures = createTeacherPlanMeasures(t.database.db);
    const before = await measures.evaluate("teacher_training_completions", backbone, t.world.city.id);
    const id = await programme();
    const division = await t.login("division");
    const quotas = await division.request("PUT", `/api/training/programmes/${id}/quotas`, {
      quotas: [{ districtId: t.world.districtA.id, quota: 2 }],
    });
    expect(quotas.statusCode, quotas.body).toBe(200);
    const [a, b, c] = await teachersOfSchoolA(3);
    const school = await t.login("schoolA");
    const over = await school.post(`/api/training/programmes/${id}/enrolments`, { teacherIds: [a, b, c] });
    expect(over.statusCode).toBe(409);
    expect(over.json<Problem>().detail).toContain("芙蓉区名额 2 人，已报名 0 人，本次报名 3 人超出名额");
    expect(
      (await school.post(`/api/training/programmes/${id}/enrolments`, { teacherIds: [a, b] })).statusCode,
    ).toBe(200);
    const again = await school.post(`/api/training/programmes/${id}/enrolments`, { teacherIds: [a] });
    expect(again.json<Problem>().detail).toContain("已报名本项目");

    const notEnrolled = await school.post(`/api/training/programmes/${id}/completions`, {
      completedOn: "2019-02-28",
      records: [{ teacherId: c, attendedHours: 40, assessmentPassed: true }],
    });
    expect(notEnrolled.statusCode).toBe(400);
    expect(notEnrolled.json<Problem>().detail).toContain("未报名参加培训项目");
    const absent = await school.post(`/api/training/programmes/${id}/completions`, {
      completedOn: "2019-02-28",
      records: [{ teacherId: a, attendedHours: 0, assessmentPassed: false }],
    });
    expect(absent.statusCode).toBe(400);
    expect(absent.json<Problem>().detail).toContain("未参加培训项目");

    const done = await school.post(`/api/training/programmes/${id}/completions`, {
      completedOn: "2019-02-28",
      records: [
        { teacherId: a, attendedHours: 38, assessmentPassed: true },
        { teacherId: b, attendedHours: 20, assessmentPassed: true },
      ],
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(
      done.json<{ results: { status: string; hours: number }[] }>().results.map((r) => r.status),
    ).toEqual(["completed", "notCompleted"]);
    const credits = (await school.get(`/api/training/teachers/${a}/credits`)).json<{
      items: { hours: number }[];
    }>();
    expect(credits.items.map((x) => x.hours)).toEqual([40]);

    const after = await measures.evaluate("teacher_training_completions", backbone, t.world.city.id);
    expect(after).toBe((before ?? 0) + 1);
    expect(await measures.evaluate("teacher_training_completions", backbone, t.world.districtB.id)).toBe(0);
    expect(
      await measures.evaluate(
        "teacher_training_completions",
        { programmeKind: "市级培训", year: 2019 },
        t.world.city.id,
      ),
    ).toBe(0);
  });

  it("refuses the programme's total places and ineligible teachers", async () => {
    const id = await programme({ capacity: 1, eligibility: { stages: ["junior"] } });
    const [a, b] = await teachersOfSchoolA(2);
    const school = await t.login("schoolA");
    const ineligible = await school.post(`/api/training/programmes/${id}/enrolments`, { teacherIds: [a] });
    expect(ineligible.json<Problem>().detail).toContain("本项目面向初中教师");
    const open = await programme({ capacity: 1, eligibility: {} });
    const full = await school.post(`/api/training/programmes/${open}/enrolments`, { teacherIds: [a, b] });
    expect(full.statusCode).toBe(409);
    expect(full.json<Problem>().detail).toContain("共 1 个名额");
  });

  it("shows a teacher their hours and lets the school approve outside hours", async () => {
    const [mine] = await teachersOfSchoolA(1);
    await t.database.db.execute(
      sql`update teachers set user_id = ${t.world.userIds.teacherA} where id = ${mine}`,
    );
    const teacher = await t.login("teacherA");
    const submitted = await teacher.post("/api/training/me/external", {
      title: "国培计划网络研修",
      hours: 24,
      creditedOn: "2019-01-20",
      evidence: "结业证书 GP2019-0012",
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    const school = await t.login("schoolA");
    const pending = (await school.get("/api/training/external/pending")).json<{ items: { id: string }[] }>()
      .items;
    expect(
      (
        await (
          await t.login("schoolB")
        ).post(`/api/training/external/${pending[0]?.id}/review`, { approve: true })
      ).statusCode,
    ).toBe(404);
    expect(
      (await school.post(`/api/training/external/${pending[0]?.id}/review`, { approve: true })).statusCode,
    ).toBe(200);
    const mineCredits = (await teacher.get("/api/training/me/credits")).json<{
      items: { hours: number; status: string }[];
    }>();
    expect(mineCredits.items).toEqual([expect.objectContaining({ hours: 24, status: "approved" })]);
  });
});
