import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type SchoolClass = {
  id: string;
  grade: number;
  gradeLabel: string;
  name: string;
  students: number;
  band: string | null;
};
type Summary = {
  classes: number;
  students: number;
  byBand: Record<string, number>;
  largeShare: number | null;
  byGrade: { grade: number; classes: number; large: number }[];
};
type YearClasses = {
  institution: { name: string; grades: number[] };
  items: SchoolClass[];
  summary: Summary;
};
type Problem = { title: string; detail: string; errors?: { field: string; message: string; row?: number }[] };

const YEAR = "2018-2019";
const yearUrl = (institutionId: string, year = YEAR) =>
  `/api/classes/institutions/${institutionId}/years/${year}`;
const auditCount = async (entity: string) =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity = ${entity}`,
    )
  )[0]?.n ?? 0;

describe("single classes", () => {
  it("lets a school register a class of its own, with its band, audited", async () => {
    const school = await t.login("schoolA");
    const before = await auditCount("school_class");
    const response = await school.post("/api/classes", {
      institutionId: t.world.schoolA.id,
      schoolYear: YEAR,
      grade: 1,
      name: " 1班 ",
      students: 58,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json<SchoolClass>()).toMatchObject({
      grade: 1,
      gradeLabel: "一年级",
      name: "1班",
      band: "large",
    });
    expect(await auditCount("school_class")).toBe(before + 1);
  });

  it("refuses a grade the school does not teach, over 120 pupils and a repeated name", async () => {
    const school = await t.login("schoolA");
    const before = await auditCount("school_class");
    const base = { institutionId: t.world.schoolA.id, schoolYear: YEAR, grade: 2, name: "1班", students: 40 };
    const junior = await school.post("/api/classes", { ...base, grade: 7 });
    expect(junior.statusCode).toBe(400);
    expect(junior.json<Problem>().errors?.[0]).toEqual({
      field: "grade",
      message: "小学只能登记一年级至六年级的班级",
    });
    const crowded = await school.post("/api/classes", { ...base, students: 121 });
    expect(crowded.json<Problem>().errors?.[0]).toEqual({
      field: "students",
      message: "每班学生数不能超过 120 人（收到 121 人），请核对",
    });
    const repeated = await school.post("/api/classes", { ...base, grade: 1 });
    expect(repeated.statusCode).toBe(409);
    expect(repeated.json<Problem>().errors?.[0]).toEqual({
      field: "name",
      message: "一年级已有名为“1班”的班级",
    });
    const badYear = await school.post("/api/classes", { ...base, schoolYear: "2018-2020" });
    expect(badYear.json<Problem>().errors?.[0]?.field).toBe("schoolYear");
    expect(await auditCount("school_class")).toBe(before);
  });

  it("updates and deletes a class with audit rows", async () => {
    const school = await t.login("schoolA");
    const created = (
      await school.post("/api/classes", {
        institutionId: t.world.schoolA.id,
        schoolYear: YEAR,
        grade: 3,
        name: "2班",
        students: 44,
      })
    ).json<SchoolClass>();
    const updated = await school.patch(`/api/classes/${created.id}`, { students: 67 });
    expect(updated.json<SchoolClass>()).toMatchObject({ students: 67, band: "superLarge" });
    expect((await school.request("DELETE", `/api/classes/${created.id}`)).statusCode).toBe(204);
    const actions = await queryRows<{ action: string; before: { students: number } | null }>(
      t.database.db,
      sql`select action, before from audit_log where entity_id = ${created.id} order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual(["create", "update", "delete"]);
    expect(actions[1]?.before?.students).toBe(44);
  });

  it("refuses pupils beyond the school's places", async () => {
    const school = await t.login("schoolA");
    const response = await school.post("/api/classes", {
      institutionId: t.world.schoolA.id,
      schoolYear: "2017-2018",
      grade: 1,
      name: "1班",
      students: 40,
    });
    expect(response.statusCode).toBe(201);
    // 1800 places (test world): 15 full classes of 120 fill it; one more pupil is refused.
    const rows = Array.from({ length: 15 }, (_, i) => ({
      grade: (i % 6) + 1,
      name: `满${i}班`,
      students: 120,
    }));
    const full = await school.request("PUT", yearUrl(t.world.schoolA.id, "2017-2018"), { classes: rows });
    expect(full.statusCode).toBe(200);
    const extra = await school.post("/api/classes", {
      institutionId: t.world.schoolA.id,
      schoolYear: "2017-2018",
      grade: 2,
      name: "加班",
      students: 1,
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json<Problem>().errors?.[0]).toEqual({
      field: "students",
      message: "全校在校生合计 1801 人，超过核定学位数 1800 人",
    });
  });
});

describe("scope", () => {
  let classInB: SchoolClass;
  beforeAll(async () => {
    const schoolB = await t.login("schoolB");
    classInB = (
      await schoolB.post("/api/classes", {
        institutionId: t.world.schoolB.id,
        schoolYear: YEAR,
        grade: 5,
        name: "1班",
        students: 50,
      })
    ).json<SchoolClass>();
  });

  it("lists the institutions each account may see", async () => {
    const names = async (username: string) =>
      (await (await t.login(username)).get("/api/classes/institutions"))
        .json<{ items: { name: string }[] }>()
        .items.map((i) => i.name)
        .sort();
    expect(await names("schoolA")).toEqual(["芙蓉区示范小学"]);
    expect(await names("districtB")).toEqual(["岳麓区实验小学"]);
    expect(await names("leader")).toEqual(["岳麓区实验小学", "芙蓉区示范小学"]);
  });

  it("keeps a school to its own classes and a district to its own schools (404)", async () => {
    for (const username of ["schoolA", "districtA"]) {
      const session = await t.login(username);
      expect((await session.get(yearUrl(t.world.schoolB.id))).statusCode).toBe(404);
      expect((await session.patch(`/api/classes/${classInB.id}`, { students: 1 })).statusCode).toBe(404);
      expect((await session.request("DELETE", `/api/classes/${classInB.id}`)).statusCode).toBe(404);
      expect((await session.request("PUT", yearUrl(t.world.schoolB.id), { classes: [] })).statusCode).toBe(
        404,
      );
      const create = await session.post("/api/classes", {
        institutionId: t.world.schoolB.id,
        schoolYear: YEAR,
        grade: 1,
        name: "越权班",
        students: 1,
      });
      expect(create.statusCode).toBe(404);
    }
    const district = await t.login("districtB");
    expect((await district.patch(`/api/classes/${classInB.id}`, { students: 51 })).statusCode).toBe(200);
  });

  it("lets city-wide readers read but not write classes", async () => {
    const division = await t.login("division");
    expect((await division.get(yearUrl(t.world.schoolB.id))).statusCode).toBe(200);
    expect((await division.patch(`/api/classes/${classInB.id}`, { students: 1 })).statusCode).toBe(403);
  });

  it("sums a school year across the scope per institution", async () => {
    const leader = await t.login("leader");
    const all = (await leader.get(`/api/classes/summary?schoolYear=${YEAR}`)).json<{
      items: { institution: { name: string }; summary: Summary }[];
    }>();
    expect(all.items.map((i) => i.institution.name).sort()).toEqual(["岳麓区实验小学", "芙蓉区示范小学"]);
    const district = await t.login("districtA");
    const mine = (await district.get(`/api/classes/summary?schoolYear=${YEAR}`)).json<{ items: unknown[] }>();
    expect(mine.items).toHaveLength(1);
  });
});

describe("replacing a school year", () => {
  const url = () => yearUrl(t.world.schoolA.id, "2019-2020");

  it("saves nothing when any row fails, naming every failing row", async () => {
    const school = await t.login("schoolA");
    const before = await auditCount("school_classes");
    const response = await school.request("PUT", url(), {
      classes: [
        { grade: 1, name: "1班", students: 45 },
        { grade: 8, name: "1班", students: 45 },
        { grade: 2, name: "1班", students: 130 },
        { grade: 1, name: "1班", students: 40 },
      ],
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<Problem>();
    expect(problem.detail).toBe("共 3 处错误，未保存任何班级");
    expect(problem.errors).toEqual([
      { row: 2, field: "grade", message: "小学只能登记一年级至六年级的班级" },
      { row: 3, field: "students", message: "每班学生数不能超过 120 人（收到 130 人），请核对" },
      { row: 4, field: "name", message: "与第 1 行重复：同一年级的班级名称不能相同" },
    ]);
    expect((await school.get(url())).json<YearClasses>().items).toEqual([]);
    expect(await auditCount("school_classes")).toBe(before);
  });

  it("refuses a year whose pupils exceed the places", async () => {
    const school = await t.login("schoolA");
    const rows = Array.from({ length: 16 }, (_, i) => ({
      grade: (i % 6) + 1,
      name: `${i}班`,
      students: 115,
    }));
    const response = await school.request("PUT", url(), { classes: rows });
    expect(response.json<Problem>().errors).toEqual([
      { field: "classes", message: "全校在校生合计 1840 人，超过核定学位数 1800 人" },
    ]);
  });

  it("replaces the year, keeps matching classes and counts bands", async () => {
    const school = await t.login("schoolA");
    const first = await school.request("PUT", url(), {
      classes: [
        { grade: 1, name: "1班", students: 45 },
        { grade: 1, name: "2班", students: 50 },
        { grade: 2, name: "1班", students: 60 },
      ],
    });
    expect(first.statusCode).toBe(200);
    const kept = first.json<YearClasses>().items.find((c) => c.grade === 1 && c.name === "1班");
    const second = await school.request("PUT", url(), {
      classes: [
        { grade: 1, name: "1班", students: 46 },
        { grade: 2, name: "1班", students: 66 },
        { grade: 6, name: "3班", students: 57 },
      ],
    });
    const result = second.json<YearClasses>();
    expect(result.items.map((c) => [c.gradeLabel, c.name, c.students, c.band])).toEqual([
      ["一年级", "1班", 46, "oversized"],
      ["二年级", "1班", 66, "superLarge"],
      ["六年级", "3班", 57, "large"],
    ]);
    expect(result.items[0]?.id).toBe(kept?.id);
    expect(result.summary).toMatchObject({
      classes: 3,
      students: 169,
      byBand: { standard: 0, oversized: 1, large: 1, superLarge: 1 },
    });
    expect(result.summary.largeShare).toBeCloseTo(2 / 3);
    const summary = (await school.get(`${url()}/summary`)).json<Summary>();
    expect(summary.byGrade.map((g) => [g.grade, g.large])).toEqual([
      [1, 0],
      [2, 1],
      [6, 1],
    ]);
    const audits = await queryRows<{ before: { classes: unknown[] }; after: { classes: unknown[] } }>(
      t.database.db,
      sql`select before, after from audit_log where entity = 'school_classes' and entity_id = ${t.world.schoolA.id} and action = 'replace_year' order by id`,
    );
    expect(audits.at(-1)?.before.classes).toHaveLength(3);
    expect(audits.at(-1)?.after.classes).toEqual([
      { grade: 1, name: "1班", students: 46 },
      { grade: 2, name: "1班", students: 66 },
      { grade: 6, name: "3班", students: 57 },
    ]);
  });

  it("lists the school years on record, newest first", async () => {
    const school = await t.login("schoolA");
    const years = (await school.get(`/api/classes/institutions/${t.world.schoolA.id}/years`)).json<{
      items: { schoolYear: string; classes: number }[];
    }>();
    expect(years.items.map((y) => y.schoolYear)).toEqual(["2019-2020", "2018-2019", "2017-2018"]);
    expect(years.items[0]?.classes).toBe(3);
    expect((await school.get(`/api/classes/institutions/${t.world.schoolB.id}/years`)).statusCode).toBe(404);
  });

  it("lets the district replace its school's year but not a division", async () => {
    const district = await t.login("districtA");
    const response = await district.request("PUT", url(), {
      classes: [{ grade: 3, name: "1班", students: 40 }],
    });
    expect(response.statusCode).toBe(200);
    const division = await t.login("division");
    expect((await division.request("PUT", url(), { classes: [] })).statusCode).toBe(403);
  });
});

describe("approval locking", () => {
  it("refuses class changes once the school year is submitted, naming the state", async () => {
    const school = await t.login("schoolA");
    const count = async () =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from school_classes where school_year = ${YEAR}`,
        )
      )[0]?.n;
    const before = await count();
    await t.database.db.execute(
      sql`insert into data_approvals (org_unit_id, period, status, submitted_at) values (${t.world.schoolA.id}, ${YEAR}, 'submitted', now())`,
    );
    const locked = await school.post("/api/classes", {
      institutionId: t.world.schoolA.id,
      schoolYear: YEAR,
      grade: 2,
      name: "锁定后新增",
      students: 10,
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.json<{ title: string }>().title).toBe("数据已锁定");
    expect(await count()).toBe(before);
  });
});
