import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { SESSION_COOKIE } from "../../http/session-token.ts";
import { residentId, teacherBody, teacherNumber } from "./teacher-fixtures.ts";
import { TEACHER_COLUMNS, TEACHER_SHEET_NAME } from "./teacher-workbook.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Teacher = { id: string; idNumber: string; name: string; institution: { name: string } };
type Problem = { detail: string; errors?: { field: string; message: string; row?: number }[] };

async function createTeacher(overrides: Record<string, unknown> = {}) {
  const school = await t.login("schoolA");
  const response = await school.post("/api/teachers", teacherBody(t.world.schoolA.id, overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Teacher>();
}

describe("registry", () => {
  it("registers a teacher with the ID masked and sex and birth date read from it", async () => {
    const id = residentId({ birth: "1990-02-03", female: true });
    const created = await createTeacher({ idNumber: id });
    expect(created.idNumber).toBe(`${id.slice(0, 6)}********${id.slice(-4)}`);
    const school = await t.login("schoolA");
    const detail = (await school.get(`/api/teachers/${created.id}`)).json<{
      sex: string;
      birthDate: string;
    }>();
    // Beside the masked ID only the year: the full date would fill its stars.
    expect(detail).toMatchObject({ sex: "female", birthDate: "1990-**-**" });
  });

  it("refuses a duplicate teacher number and a duplicate ID number", async () => {
    const first = teacherBody(t.world.schoolA.id);
    const school = await t.login("schoolA");
    expect((await school.post("/api/teachers", first)).statusCode).toBe(201);
    const sameNumber = await school.post("/api/teachers", {
      ...teacherBody(t.world.schoolA.id),
      teacherNumber: first.teacherNumber,
    });
    expect(sameNumber.statusCode).toBe(409);
    expect(sameNumber.json<Problem>().detail).toContain(`教师编号 ${first.teacherNumber} 已被教师`);
    const sameId = await school.post("/api/teachers", {
      ...teacherBody(t.world.schoolA.id),
      idNumber: first.idNumber,
    });
    expect(sameId.statusCode).toBe(409);
    expect(sameId.json<Problem>().detail).toContain("该身份证件号码已登记为教师");
  });

  it("refuses a bad ID number and a teacher number of another district", async () => {
    const school = await t.login("schoolA");
    const bad = await school.post("/api/teachers", {
      ...teacherBody(t.world.schoolA.id),
      idNumber: "430102198506150000",
      teacherNumber: teacherNumber("430104"),
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json<Problem>().errors?.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["idNumber", "teacherNumber"]));
  });

  it("shows a school only its own teachers", async () => {
    const mine = await createTeacher();
    const other = await t.login("schoolB");
    expect((await other.get(`/api/teachers/${mine.id}`)).statusCode).toBe(404);
    const list = (await other.get("/api/teachers")).json<{ items: Teacher[] }>();
    expect(list.items.map((x) => x.id)).not.toContain(mine.id);
    const districtB = await t.login("districtB");
    expect((await districtB.get(`/api/teachers/${mine.id}`)).statusCode).toBe(404);
    const districtA = await t.login("districtA");
    expect((await districtA.get(`/api/teachers/${mine.id}`)).statusCode).toBe(200);
    const own = (await (await t.login("schoolA")).get("/api/teachers?pageSize=200")).json<{
      items: Teacher[];
    }>();
    expect(own.items.every((x) => x.institution.name === "芙蓉区示范小学")).toBe(true);
  });

  it("shows the full ID only to teachers.personal and audits each look", async () => {
    const id = residentId();
    const created = await createTeacher({ idNumber: id });
    expect((await (await t.login("division")).get(`/api/teachers/${created.id}/identity`)).statusCode).toBe(
      403,
    );
    const full = await (await t.login("schoolA")).get(`/api/teachers/${created.id}/identity`);
    expect(full.json()).toEqual({ idNumber: id, birthDate: "1985-06-15" });
    const audits = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity = 'teacher' and entity_id = ${created.id} and action = 'view_personal'`,
    );
    expect(audits[0]?.n).toBe(1);
  });
});

describe("a teacher's own record", () => {
  it("lets the linked teacher see the record and ask the school for a correction", async () => {
    const created = await createTeacher({ name: "刘老师" });
    const teacher = await t.login("teacherA");
    expect((await teacher.get("/api/teachers/me")).statusCode).toBe(404);
    await t.database.db.execute(
      sql`update teachers set user_id = ${t.world.userIds.teacherA} where id = ${created.id}`,
    );
    expect((await teacher.get("/api/teachers/me")).json<{ name: string }>().name).toBe("刘老师");
    expect((await teacher.get("/api/teachers")).statusCode).toBe(403);
    const asked = await teacher.post("/api/teachers/me/corrections", {
      field: "name",
      requestedValue: "刘晓",
      reason: "姓名登记错误",
    });
    expect(asked.statusCode).toBe(201);
    const schoolB = await t.login("schoolB");
    expect((await schoolB.get("/api/teachers/corrections")).json<{ items: unknown[] }>().items).toHaveLength(
      0,
    );
    const school = await t.login("schoolA");
    const pending = (await school.get("/api/teachers/corrections")).json<{ items: { id: string }[] }>().items;
    expect(pending).toHaveLength(1);
    expect(
      (await schoolB.post(`/api/teachers/corrections/${pending[0]?.id}/review`, { approve: true }))
        .statusCode,
    ).toBe(404);
    expect(
      (await school.post(`/api/teachers/corrections/${pending[0]?.id}/review`, { approve: true })).statusCode,
    ).toBe(200);
    expect((await teacher.get("/api/teachers/me")).json<{ name: string }>().name).toBe("刘晓");
  });
});

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(TEACHER_SHEET_NAME);
  sheet.addRow(TEACHER_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(buffer: Buffer) {
  const boundary = "----teachers";
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="t.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    buffer,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const login = await t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username: "schoolA", password: "Test@2019pw" },
  });
  const cookie = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? "";
  return t.app.inject({
    method: "POST",
    // Waits for the import job to end: 200 with the finished job, or 400 problem+json listing every problem.
    url: "/api/teachers/import?wait=true",
    headers: {
      cookie: `${SESSION_COOKIE}=${cookie}`,
      "x-csrf-token": login.json<{ csrfToken: string }>().csrfToken,
      "content-type": `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
}

const row = (number: string, id: string) => [
  number,
  "导入教师",
  id,
  "2143010201",
  "教师",
  "数学",
  "小学",
  "二级教师",
  "编制内",
  "",
  "",
  "",
  "2016-09-01",
  "",
];

describe("Excel import", () => {
  it("imports nothing when one row is wrong, and names the rows", async () => {
    const number = teacherNumber();
    const response = await upload(
      await workbook([row(number, residentId()), row(number, residentId()), row(teacherNumber(), "123")]),
    );
    expect(response.statusCode, response.body).toBe(400);
    const errors = response.json<Problem>().errors ?? [];
    expect(errors.map((e) => e.row)).toEqual(expect.arrayContaining([2, 3, 4]));
    expect(errors.some((e) => e.message.includes("教师编号与第 3 行重复"))).toBe(true);
    const [count] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from teachers where name = '导入教师'`,
    );
    expect(count?.n).toBe(0);
  });

  it("imports a clean sheet and refuses it a second time as duplicates", async () => {
    const buffer = await workbook([row(teacherNumber(), residentId()), row(teacherNumber(), residentId())]);
    const first = await upload(buffer);
    expect(first.json()).toMatchObject({ state: "done", result: { created: 2 } });
    const again = await upload(buffer);
    expect(again.statusCode).toBe(400);
    expect(again.json<Problem>().errors?.[0]?.message).toContain("已被在册教师");
  });
});
