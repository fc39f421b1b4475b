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

/** Runs one upload to its end: the last job snapshot. */
async function runJob(client: Awaited<ReturnType<typeof importerFor>>, file: Buffer, query = "") {
  const accepted = await client.upload(file, "教师名录.xlsx", query);
  expect(accepted.statusCode, accepted.body).toBe(202);
  return (await client.follow(accepted.json<{ jobId: string }>().jobId)).at(-1);
}

const teacherOf = async (number: string) =>
  (
    await queryRows<{ name: string; title: string; subject: string }>(
      t.database.db,
      sql`select name, title, subject from teachers where teacher_number = ${number}`,
    )
  )[0];

describe("teacher import: template, update mode, error list", () => {
  it("serves an empty template: the header row, a 填写说明 sheet, no data rows", async () => {
    const school = await importerFor("schoolA");
    const response = await school.get("/api/teachers/template.xlsx");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toContain("teachers-template.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(TEACHER_SHEET_NAME);
    expect(sheet?.actualRowCount).toBe(1);
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(TEACHER_COLUMNS.map((c) => c.header));
    const guide = book.getWorksheet("填写说明");
    const lines: string[] = [];
    guide?.eachRow((r) => lines.push((r.values as unknown[]).slice(1).join("|")));
    expect(lines).toContain(
      "教师编号|必填|14 位数字：6 位区县(市)代码 + 8 位序号，前 6 位须与任职学校所在区县一致；更新方式按此列匹配在册教师",
    );
    expect(lines.some((l) => l.startsWith("职称|必填|可选："))).toBe(true);
    expect(lines.some((l) => l.startsWith("资格证书编号|选填"))).toBe(true);
    // The export stays the roster it was.
    expect((await school.get("/api/teachers/export")).statusCode).toBe(200);
    expect((await (await importerFor("teacherA")).get("/api/teachers/template.xlsx")).statusCode).toBe(403);
  });

  it("updates teachers by 教师编号 and adds new ones in one upsert file; insert mode refuses known numbers", async () => {
    const school = await importerFor("schoolA");
    const known = teacherNumber();
    const knownId = residentId();
    const first = await runJob(school, await workbook([row("更新前教师", { number: known, id: knownId })]));
    expect(first).toMatchObject({ state: "done", result: { created: 1 } });

    const changed = row("更新后教师", { number: known, id: knownId });
    changed[7] = "一级教师";
    const fresh = teacherNumber();
    const file = await workbook([changed, row("新增教师", { number: fresh })]);

    // Insert (the default) refuses the known number, naming the row, and writes nothing.
    const refused = await runJob(school, file);
    expect(refused?.state).toBe("failed");
    expect(refused?.errors).toEqual([
      {
        row: 2,
        column: "教师编号",
        message: "教师编号已被在册教师“更新前教师”使用；如需更新已有教师的信息，请选择“更新”方式导入",
      },
    ]);
    expect(await teacherOf(fresh)).toBeUndefined();

    const done = await runJob(school, file, "?mode=upsert");
    expect(done, JSON.stringify(done?.errors)).toMatchObject({
      state: "done",
      result: { rows: 2, created: 1, updated: 1, unchanged: 0 },
    });
    expect(await teacherOf(known)).toMatchObject({ name: "更新后教师", title: "first" });
    expect(await teacherOf(fresh)).toMatchObject({ name: "新增教师" });
    const summary = await queryRows<{ after: Record<string, unknown> }>(
      t.database.db,
      sql`select after from audit_log where entity = 'teacher_import' and entity_id = ${done?.id ?? ""}`,
    );
    expect(summary[0]?.after).toMatchObject({ mode: "upsert", created: 1, updated: 1 });
    const update = await queryRows<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      t.database.db,
      sql`select before, after from audit_log where entity = 'teacher' and action = 'update'
          and after->>'importId' = ${done?.id ?? ""}`,
    );
    expect(update[0]).toMatchObject({
      before: { name: "更新前教师", title: "second" },
      after: { name: "更新后教师", title: "first" },
    });

    // The same file again: nothing to change.
    const again = await runJob(school, await workbook([changed]), "?mode=upsert");
    expect(again).toMatchObject({ state: "done", result: { created: 0, updated: 0, unchanged: 1 } });
  });

  it("refuses, naming the row, an upsert of a teacher outside the account's scope, and writes nothing", async () => {
    const other = await importerFor("schoolB");
    const theirs = teacherNumber("430104");
    const own = await runJob(
      other,
      await workbook([row("岳麓教师", { school: "2143010401", number: theirs })]),
    );
    expect(own).toMatchObject({ state: "done" });

    const school = await importerFor("schoolA");
    const fresh = teacherNumber();
    const file = await workbook([row("本校新教师", { number: fresh }), row("冒名教师", { number: theirs })]);
    const job = await runJob(school, file, "?mode=upsert");
    expect(job?.state).toBe("failed");
    expect(job?.errors).toContainEqual({
      row: 3,
      column: "教师编号",
      message: `教师编号 ${theirs} 已登记在您管理范围以外的学校，不能在此更新`,
    });
    expect(await teacherOf(fresh)).toBeUndefined();
    expect(await teacherOf(theirs)).toMatchObject({ name: "岳麓教师" });
  });

  it("rejects an unknown mode and the update mode where an import has no key", async () => {
    const school = await importerFor("schoolA");
    const bad = await school.upload(await workbook([row("方式教师")]), "教师名录.xlsx", "?mode=replace");
    expect(bad.statusCode).toBe(400);
    const health = await importJobClient(t, "schoolA", "/api/student-health/screening/import", "视力.xlsx");
    const refused = await health.upload(await workbook([row("方式教师")]), "视力.xlsx", "?mode=upsert");
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json<{ detail: string }>().detail).toContain("只能新增");
  });

  it("lets the account that ran a failed job download every problem as a workbook, nobody else", async () => {
    const school = await importerFor("schoolA");
    const rows = Array.from({ length: 30 }, () => row("错误清单教师", { id: "123" }));
    const job = await runJob(school, await workbook(rows));
    expect(job?.state).toBe("failed");
    const url = `/api/teachers/import/${job?.id ?? ""}/problems.xlsx`;
    const response = await school.get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("错误清单");
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(["行号", "列", "问题"]);
    expect(sheet?.actualRowCount).toBe((job?.errorCount ?? 0) + 1);
    expect(sheet?.getRow(2).getCell(1).value).toBe(2);
    expect(sheet?.getRow(2).getCell(2).value).toBe("身份证件号码");

    expect((await (await importerFor("schoolB")).get(url)).statusCode).toBe(404);
    expect((await (await importerFor("districtA")).get(url)).statusCode).toBe(404);
    const done = await runJob(school, await workbook([row("无错教师")]));
    expect((await school.get(`/api/teachers/import/${done?.id ?? ""}/problems.xlsx`)).statusCode).toBe(404);
  });
});
