import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { importJobClient, type JobBody } from "../../test/import-job-client.ts";
import { residentId, teacherNumber } from "./teacher-fixtures.ts";
import { TEACHER_COLUMNS, TEACHER_SHEET_NAME } from "./teacher-workbook.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function workbook(rows: string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(TEACHER_SHEET_NAME);
  sheet.addRow(TEACHER_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** One sheet row of a teacher at the given school (schoolA, 芙蓉区, unless told). */
const row = (name: string, options: { number?: string; id?: string; school?: string } = {}) => [
  options.number ?? teacherNumber(),
  name,
  options.id ?? residentId(),
  options.school ?? "2143010201",
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

const importerFor = (username: string) =>
  importJobClient(t, username, "/api/teachers/import", "教师名录.xlsx");

const countNamed = async (name: string) =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from teachers where name = ${name}`,
    )
  )[0]?.n ?? 0;

describe("teacher import as a job", () => {
  it("answers 202 with a job, reports progress to 100% and writes every teacher", async () => {
    const school = await importerFor("schoolA");
    const file = await workbook(Array.from({ length: 150 }, () => row("进度教师")));
    const jobId = await school.expectAllCreated(file, 150);
    expect(await countNamed("进度教师")).toBe(150);
    const audits = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where entity = 'teacher' and action = 'import'
          and after->>'importId' = ${jobId}`,
    );
    expect(audits[0]?.n).toBe(150);
    const summary = await queryRows<{ after: { fileName: string; rows: number } }>(
      t.database.db,
      sql`select after from audit_log where entity = 'teacher_import' and entity_id = ${jobId}`,
    );
    expect(summary[0]?.after).toMatchObject({ fileName: "进度.xlsx", rows: 150 });
  });

  it("streams the same progress as server-sent events, to its owner only", async () => {
    const school = await importerFor("schoolA");
    const file = await workbook(Array.from({ length: 20 }, () => row("推送教师")));
    const { jobId } = (await school.upload(file)).json<{ jobId: string }>();
    const stream = await school.get(`/api/teachers/import/${jobId}/events`);
    expect(stream.headers["content-type"]).toContain("text/event-stream");
    const events = stream.body
      .split("\n\n")
      .filter((chunk) => chunk.startsWith("data: "))
      .map((chunk) => JSON.parse(chunk.slice(6)) as JobBody);
    expect(events.at(-1)).toMatchObject({ state: "done", processed: 20, total: 20, result: { created: 20 } });
    const other = await importerFor("schoolB");
    expect((await other.get(`/api/teachers/import/${jobId}`)).statusCode).toBe(404);
    expect((await other.get(`/api/teachers/import/${jobId}/events`)).statusCode).toBe(404);
  });

  it("fails a file with a duplicate teacher number and a bad ID number, naming both rows, writing nothing", async () => {
    const school = await importerFor("schoolA");
    const twice = teacherNumber();
    const valid = residentId();
    const badCheckDigit = `${valid.slice(0, 17)}${valid.endsWith("0") ? "1" : "0"}`;
    const file = await workbook([
      row("重复教师", { number: twice }),
      row("重复教师"),
      row("重复教师", { number: twice }),
      row("重复教师", { id: badCheckDigit }),
    ]);
    const accepted = await school.upload(file);
    expect(accepted.statusCode).toBe(202);
    const job = (await school.follow(accepted.json<{ jobId: string }>().jobId)).at(-1);
    expect(job?.state).toBe("failed");
    expect(job?.result).toBeUndefined();
    const errors = job?.errors ?? [];
    const at = (row: number, column: string) =>
      errors.filter((e) => e.row === row && e.column === column).map((e) => e.message);
    expect(at(2, "教师编号")).toEqual(["教师编号与第 4 行重复"]);
    expect(at(4, "教师编号")).toEqual(["教师编号与第 2 行重复"]);
    expect(at(5, "身份证件号码")).toHaveLength(1);
    expect(errors.map((e) => e.row)).toEqual([...errors.map((e) => e.row)].sort((a, b) => a - b));
    expect(new Set(errors.map((e) => e.row))).toEqual(new Set([2, 4, 5]));
    expect(job?.errorCount).toBe(errors.length);
    expect(await countNamed("重复教师")).toBe(0);
  });

  it("lets a school import only into its own school", async () => {
    const school = await importerFor("schoolA");
    const file = await workbook([row("越界教师"), row("越界教师", { school: "2143010401" })]);
    const job = (await school.follow((await school.upload(file)).json<{ jobId: string }>().jobId)).at(-1);
    expect(job).toMatchObject({ state: "failed" });
    expect(job?.errors).toEqual([
      { row: 3, column: "学校标识码", message: "学校标识码不存在或不在您的管理范围内" },
    ]);
    expect(await countNamed("越界教师")).toBe(0);
    // The other district's school may import the same row into itself.
    const other = await importerFor("schoolB");
    const own = await workbook([row("越界教师", { school: "2143010401", number: teacherNumber("430104") })]);
    const done = (await other.follow((await other.upload(own)).json<{ jobId: string }>().jobId)).at(-1);
    expect(done, JSON.stringify(done?.errors)).toMatchObject({ state: "done", result: { created: 1 } });
    expect(await countNamed("越界教师")).toBe(1);
  });

  it("refuses accounts without teachers.write and files that are not workbooks before any job starts", async () => {
    const teacher = await importerFor("teacherA");
    expect((await teacher.upload(await workbook([row("无权教师")]))).statusCode).toBe(403);
    const school = await importerFor("schoolA");
    const text = await school.upload(Buffer.from("教师编号,姓名\n1,2\n"));
    expect(text.statusCode).toBe(400);
    expect(text.json<{ detail: string }>().detail).toContain("教师名录 Excel 文件");
  });

  it("fails a sheet without its header columns with a row-1 problem per missing column", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet(TEACHER_SHEET_NAME).addRow(["教师编号", "姓名"]).commit();
    const school = await importerFor("schoolA");
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const job = (await school.follow((await school.upload(file)).json<{ jobId: string }>().jobId)).at(-1);
    expect(job?.state).toBe("failed");
    expect(job?.errors?.every((e) => e.row === 1)).toBe(true);
    expect(job?.errors?.map((e) => e.column)).toContain("身份证件号码");
  });
});
