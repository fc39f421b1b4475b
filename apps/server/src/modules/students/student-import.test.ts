import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { importJobClient, type JobBody } from "../../test/import-job-client.ts";
import { residentId } from "../student-health/health-fixtures.ts";
import { STUDENT_HEADERS, STUDENT_SHEET } from "./students-workbook.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function workbook(rows: (string | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(STUDENT_SHEET);
  sheet.addRow(Object.values(STUDENT_HEADERS));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** One sheet row: 学籍号 (G + resident ID), name, no sex or birth date (both come from the number). */
const row = (studentNo: string, name: string, options: { school?: string; className?: string } = {}) => [
  studentNo,
  name,
  "",
  null,
  options.school ?? "",
  "",
  "三年级",
  options.className ?? "1班",
];
const number = (birthDate: string, order: number, region = "430102") =>
  `G${residentId(region, birthDate, order)}`;

const importerFor = (username: string) =>
  importJobClient(t, username, "/api/students/import", "学生名册.xlsx");

const countNamed = async (name: string) =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from students where name = ${name}`,
    )
  )[0]?.n ?? 0;

describe("student import as a job", () => {
  it("answers 202 with a job, reports progress to 100% and writes every student", async () => {
    const school = await importerFor("schoolA");
    const file = await workbook(
      Array.from({ length: 150 }, (_, i) => row(number("2013-05-06", i + 1), "进度学生")),
    );
    const jobId = await school.expectAllCreated(file, 150);
    expect(await countNamed("进度学生")).toBe(150);
    const summary = await queryRows<{ after: Record<string, unknown> }>(
      t.database.db,
      sql`select after from audit_log where entity = 'student_import' and entity_id = ${jobId}`,
    );
    expect(summary).toHaveLength(1);
    expect(summary[0]?.after).toMatchObject({ fileName: "进度.xlsx", rows: 150, created: 150, updated: 0 });
    expect(summary[0]?.after.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("moves known students in scope to the row's class, counting them as updated", async () => {
    const school = await importerFor("schoolA");
    const numbers = [number("2013-06-07", 11), number("2013-06-07", 12)];
    const first = await school.run(await workbook(numbers.map((n) => row(n, "转班学生"))));
    expect(first).toMatchObject({ state: "done", result: { created: 2, updated: 0 } });
    const again = await school.run(
      await workbook([
        ...numbers.map((n) => row(n, "转班学生", { className: "5班" })),
        row(number("2013-06-07", 13), "转班学生"),
      ]),
    );
    expect(again).toMatchObject({ state: "done", result: { rows: 3, created: 1, updated: 2 } });
    const classes = await queryRows<{ class_name: string }>(
      t.database.db,
      sql`select class_name from students where student_no in (${numbers[0]}, ${numbers[1]}) order by class_name`,
    );
    expect(classes.map((c) => c.class_name)).toEqual(["5班", "5班"]);
    expect(await countNamed("转班学生")).toBe(3);

    // 新增 only: the known 学籍号 are problems naming their rows, and the new one is not written either.
    const insert = await school.upload(
      await workbook([
        row(numbers[0] ?? "", "转班学生", { className: "6班" }),
        row(number("2013-06-07", 14), "转班学生"),
      ]),
      "学生名册.xlsx",
      "?mode=insert",
    );
    const refused = (await school.follow(insert.json<{ jobId: string }>().jobId)).at(-1);
    expect(refused?.state).toBe("failed");
    expect(refused?.errors).toEqual([
      {
        row: 2,
        column: "学籍号",
        message: "该学籍号的学生已在册；如需更新其学校、年级或班级，请选择“更新”方式导入",
      },
    ]);
    expect(await countNamed("转班学生")).toBe(3);
  });

  it("serves an empty template: the header row and 填写说明, no data rows", async () => {
    const response = await (await importerFor("schoolA")).get("/api/students/template.xlsx");
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(STUDENT_SHEET);
    expect(sheet?.actualRowCount).toBe(1);
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(Object.values(STUDENT_HEADERS));
    expect(book.getWorksheet("填写说明")?.getColumn(1).values).toContain("学籍号");
  });

  it("streams the same progress as server-sent events, to its owner only", async () => {
    const school = await importerFor("schoolA");
    const file = await workbook(
      Array.from({ length: 20 }, (_, i) => row(number("2013-07-08", i + 1), "推送学生")),
    );
    const { jobId } = (await school.upload(file)).json<{ jobId: string }>();
    const stream = await school.get(`/api/students/import/${jobId}/events`);
    expect(stream.headers["content-type"]).toContain("text/event-stream");
    const events = stream.body
      .split("\n\n")
      .filter((chunk) => chunk.startsWith("data: "))
      .map((chunk) => JSON.parse(chunk.slice(6)) as JobBody);
    expect(events.at(-1)).toMatchObject({ state: "done", processed: 20, total: 20, result: { created: 20 } });
    const other = await importerFor("schoolB");
    expect((await other.get(`/api/students/import/${jobId}`)).statusCode).toBe(404);
    expect((await other.get(`/api/students/import/${jobId}/events`)).statusCode).toBe(404);
  });

  it("fails a file with a duplicate 学籍号 and a bad ID number, naming both rows, writing nothing", async () => {
    const school = await importerFor("schoolA");
    const twice = number("2013-08-09", 21);
    const valid = number("2013-08-09", 23);
    const badCheckDigit = `${valid.slice(0, 18)}${valid.endsWith("0") ? "1" : "0"}`;
    const job = await school.run(
      await workbook([
        row(twice, "重复学生"),
        row(number("2013-08-09", 22), "重复学生"),
        row(twice, "重复学生"),
        row(badCheckDigit, "重复学生"),
      ]),
    );
    expect(job?.state).toBe("failed");
    expect(job?.result).toBeUndefined();
    const errors = job?.errors ?? [];
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [4, "学籍号"],
      [5, "学籍号"],
    ]);
    expect(errors[0]?.message).toBe("学籍号与第 2 行重复");
    expect(errors[1]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(job?.errorCount).toBe(2);
    expect(await countNamed("重复学生")).toBe(0);
    // The synchronous path answers the same problems as problem+json.
    const waited = await school.upload(
      await workbook([row(twice, "重复学生"), row(twice, "重复学生")]),
      "重复.xlsx",
      "?wait=true",
    );
    expect(waited.statusCode).toBe(400);
    expect(waited.json<{ errors: { row: number; field: string }[] }>().errors).toEqual([
      expect.objectContaining({ row: 3, field: "学籍号", message: "学籍号与第 2 行重复" }),
    ]);
  });

  it("lets a school import only into its own school, and not take another school's students", async () => {
    const school = await importerFor("schoolA");
    const job = await school.run(
      await workbook([
        row(number("2013-09-10", 31), "越界学生"),
        row(number("2013-09-10", 32), "越界学生", { school: t.world.schoolB.code }),
      ]),
    );
    expect(job).toMatchObject({ state: "failed" });
    expect(job?.errors).toEqual([
      {
        row: 3,
        column: "学校标识码",
        message: `学校标识码 ${t.world.schoolB.code} 不存在或不在您的管理范围内`,
      },
    ]);
    expect(await countNamed("越界学生")).toBe(0);
    // The other district's school may import its own student, but not move schoolA's into itself.
    const mine = number("2013-09-10", 33);
    expect(await school.run(await workbook([row(mine, "越界学生")]))).toMatchObject({ state: "done" });
    const other = await importerFor("schoolB");
    const theirs = await other.run(
      await workbook([row(number("2013-09-10", 34, "430104"), "越界学生"), row(mine, "越界学生")]),
    );
    expect(theirs?.state).toBe("failed");
    expect(theirs?.errors?.map((e) => [e.row, e.column])).toEqual([[3, "学籍号"]]);
    expect(theirs?.errors?.[0]?.message).toContain("管理范围以外");
    const own = await other.run(await workbook([row(number("2013-09-10", 34, "430104"), "越界学生")]));
    expect(own, JSON.stringify(own?.errors)).toMatchObject({ state: "done", result: { created: 1 } });
    expect(await countNamed("越界学生")).toBe(2);
  });

  it("refuses accounts without students.write and files that are not workbooks before any job starts", async () => {
    const leader = await importerFor("leader");
    expect(
      (await leader.upload(await workbook([row(number("2013-10-11", 41), "无权学生")]))).statusCode,
    ).toBe(403);
    const school = await importerFor("schoolA");
    const text = await school.upload(Buffer.from("学籍号,姓名\n1,2\n"));
    expect(text.statusCode).toBe(400);
    expect(text.json<{ detail: string }>().detail).toContain("导入模板");
  });
});
