import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp, type TestSession } from "../../test/test-app.ts";
import { readWorkbook } from "../institutions/import-fixtures.ts";
import { clientFor, residentId, type Client } from "../student-health/health-fixtures.ts";

let t: TestApp;
let schoolA: TestSession;
let schoolUpload: Client;

beforeAll(async () => {
  t = await createTestApp();
  schoolA = await t.login("schoolA");
  schoolUpload = await clientFor(t, "schoolA");
});
afterAll(async () => t.close());

async function sheet(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("学生名册");
  ws.addRow(["学籍号", "姓名", "性别", "出生日期", "学校标识码", "学校", "年级", "班级"]);
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("students", () => {
  it("creates a student from a checked 学籍号, taking sex and birth date from it", async () => {
    const id = residentId("430102", "2011-03-04", 101);
    const created = await schoolA.post("/api/students", {
      studentNo: `G${id}`,
      name: "陈小华",
      institutionId: t.world.schoolA.id,
      grade: 2,
      className: "2班",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: "陈*华",
      sex: "male",
      birthDate: "2011-**-**",
      gradeLabel: "二年级",
    });
    const bad = await schoolA.post("/api/students", {
      studentNo: `G${id.slice(0, 17)}${id.endsWith("0") ? "1" : "0"}`,
      name: "错号",
      institutionId: t.world.schoolA.id,
      grade: 2,
      className: "2班",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain("校验码");
    const elsewhere = await schoolA.post("/api/students", {
      studentNo: `G${residentId("430104", "2011-03-04", 103)}`,
      name: "外校",
      institutionId: t.world.schoolB.id,
      grade: 2,
      className: "2班",
    });
    expect(elsewhere.statusCode).toBe(400);
  });

  it("imports a roster all-or-nothing, with row and column in every problem", async () => {
    const good = residentId("430102", "2012-10-01", 202);
    const bad = await schoolUpload.upload(
      "/api/students/import?wait=true",
      await sheet([
        [`G${good}`, "刘一", "女", "2012-10-01", "", "", "一年级", "1班"],
        ["G430102201210010000", "刘二", "男", null, "", "", "一年级", "1班"],
        [`G${residentId("430102", "2012-11-02", 204)}`, "刘三", "女", null, "", "", "十三年级", "1班"],
      ]),
    );
    expect(bad.statusCode).toBe(400);
    const errors = bad.json<{ errors: { row: number; field: string }[] }>().errors;
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [3, "学籍号"],
      [4, "年级"],
    ]);
    const count = async () =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from students where name like '刘%'`,
        )
      )[0]?.n;
    expect(await count()).toBe(0);
    const ok = await schoolUpload.upload(
      "/api/students/import?wait=true",
      await sheet([[`G${good}`, "刘一", "女", "2012-10-01", "", "", "一年级", "1班"]]),
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ result: unknown }>().result).toEqual({ rows: 1, created: 1, updated: 0, unchanged: 0 });
    expect(await count()).toBe(1);
  });

  it("exports in full only with students.personal, and audits it", async () => {
    const full = await schoolUpload.get("/api/students/export.xlsx?full=true");
    expect(full.statusCode).toBe(200);
    const ws = (await readWorkbook(full.rawPayload)).getWorksheet("学生名册");
    expect(ws?.getRow(2).getCell(2).text).not.toContain("*");
    const audit = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'export_personal' and entity = 'student'`,
    );
    expect(audit[0]?.n).toBe(1);
    const leader = await clientFor(t, "leader");
    expect((await leader.get("/api/students/export.xlsx?full=true")).statusCode).toBe(403);
  });
});
