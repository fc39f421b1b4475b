import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/database.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import {
  buildWorkbook,
  cellsOf,
  readWorkbook,
  uploaderFor,
  type ImportJobBody,
  type SheetRecord,
} from "./import-fixtures.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Problem = { title: string; detail: string; errors?: { field: string; row?: number; message: string }[] };

const count = async (query: ReturnType<typeof sql>) =>
  (await queryRows<{ n: number }>(t.database.db, query))[0]?.n ?? 0;
const institutionCount = () => count(sql`select count(*)::int as n from institutions`);
const importAuditCount = () =>
  count(
    sql`select count(*)::int as n from audit_log where action like 'import%' or entity = 'institution_import'`,
  );

const row = (overrides: SheetRecord): SheetRecord => ({
  code: "2143010250",
  name: "芙蓉区导入小学",
  type: "小学",
  ownership: "公办",
  district: "芙蓉区",
  street: "文艺路街道",
  address: "文艺路 8 号",
  longitude: 112.99,
  latitude: 28.19,
  status: "在办",
  places: 900,
  ...overrides,
});

describe("refused uploads", () => {
  it("refuses a file that is not an .xlsx workbook with a Chinese reason", async () => {
    const furong = await uploaderFor(t, "districtA");
    const text = await furong.upload(Buffer.from("学校标识码,学校名称\n2143010250,测试\n"), {
      fileName: "机构.xlsx",
    });
    expect(text.statusCode).toBe(400);
    expect(text.headers["content-type"]).toContain("application/problem+json");
    expect(text.json<Problem>().detail).toMatch(/不是 Excel 工作簿/);
    const legacy = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(512),
    ]);
    expect((await furong.upload(legacy)).json<Problem>().detail).toMatch(
      /旧版 Excel（\.xls）或设置了打开密码/,
    );
    const brokenZip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
    expect((await furong.upload(brokenZip)).statusCode).toBe(400);
  });

  it("refuses files over 20 MB with 413", async () => {
    const furong = await uploaderFor(t, "districtA");
    const big = Buffer.alloc(21 * 1024 * 1024, 1);
    const response = await furong.upload(big);
    expect(response.statusCode).toBe(413);
    expect(response.json<Problem>().detail).toMatch(/超过 20 MB/);
  });

  it("refuses imports from accounts without institutions.write", async () => {
    const school = await uploaderFor(t, "schoolA");
    const file = await buildWorkbook({ rows: [cellsOf(row({}))] });
    expect((await school.upload(file)).statusCode).toBe(403);
  });

  it("refuses a template of another version or without its version sheet", async () => {
    const furong = await uploaderFor(t, "districtA");
    const old = await furong.upload(await buildWorkbook({ rows: [cellsOf(row({}))], version: "v0" }), {
      wait: true,
    });
    expect(old.statusCode).toBe(400);
    expect(old.json<Problem>().errors).toEqual([
      { field: "模板版本", row: 1, message: "模板版本为「v0」，系统要求 v1：请重新下载模板后填写" },
    ]);
    const none = await furong.upload(await buildWorkbook({ rows: [cellsOf(row({}))], version: null }), {
      wait: true,
    });
    expect(none.json<Problem>().errors?.[0]?.message).toMatch(/^缺少模板版本信息/);
    expect(await institutionCount()).toBe(2);
  });
});

describe("all-or-nothing", () => {
  it("lists every bad row with its column and commits nothing", async () => {
    // 90 pupils in schoolA's latest year, so 学位数 50 for it is too few.
    await t.database.db
      .execute(sql`insert into school_classes (institution_id, school_year, grade, name, students)
      values (${t.world.schoolA.id}, '2018-2019', 1, '一(1)班', 10),
             (${t.world.schoolA.id}, '2019-2020', 1, '一(1)班', 45),
             (${t.world.schoolA.id}, '2019-2020', 2, '二(1)班', 45)`);
    const before = { institutions: await institutionCount(), audit: await importAuditCount() };
    const rows: SheetRecord[] = [
      row({}), // 2: good
      row({ code: "214301025" }), // 3: nine digits
      row({ code: "2143010252", district: "火星区" }), // 4: unknown district
      row({ code: "2143010253", district: "430104", street: null }), // 5: the other district's code
      row({ code: "2143010250", name: "重复" }), // 6: repeats row 2
      row({ code: "2143010254", places: -10 }), // 7: negative
      row({ code: "2143010255", places: "一千" }), // 8: not a number
      row({ code: "2143010201", name: "芙蓉区示范小学", places: 50 }), // 9: fewer places than pupils
      row({ code: "2143010401", name: "岳麓区实验小学" }), // 10: belongs to the other district
      row({ code: "2143010256", address: "合并", longitude: "合并" }), // 11: merged cells J11:K11
      row({ code: "2143010257", inclusive: "是" }), // 12: 普惠性 on a primary school
    ];
    const file = await buildWorkbook({ rows: rows.map(cellsOf), merges: ["J11:K11"] });
    const furong = await uploaderFor(t, "districtA");

    const accepted = await furong.upload(file);
    expect(accepted.statusCode).toBe(202);
    const job = await furong.waitFor(accepted.json<{ jobId: string }>().jobId);
    expect(job.state).toBe("failed");
    expect(job.errors).toEqual([
      { row: 3, column: "学校标识码", message: "学校标识码须为 10 位数字，当前为 9 位" },
      { row: 4, column: "区县", message: "区县「火星区」不存在或不在您的管理范围内" },
      { row: 5, column: "区县", message: "行政区划代码「430104」不存在或不在您的管理范围内" },
      { row: 6, column: "学校标识码", message: "学校标识码 2143010250 与第 2 行重复" },
      { row: 7, column: "学位数", message: "学位数不能为负数，当前为 -10" },
      { row: 8, column: "学位数", message: "学位数须为数字，当前为「一千」" },
      {
        row: 9,
        column: "学位数",
        message: "全校在校生合计 90 人，超过核定学位数 50 人（2019-2020 学年）",
      },
      { row: 10, column: "学校标识码", message: "学校标识码 2143010401 已被您管理范围以外的单位使用" },
      {
        row: 11,
        column: "地址",
        message: "单元格 J11:K11 是合并单元格：请取消合并，每个单元格单独填写后再导入",
      },
      { row: 12, column: "普惠性", message: "只有幼儿园可以标注普惠性" },
    ]);

    const waited = await furong.upload(file, { wait: true });
    expect(waited.statusCode).toBe(400);
    const problem = waited.json<Problem>();
    expect(problem.title).toBe("导入数据有误");
    expect(problem.detail).toBe("发现 10 处问题，未导入任何数据。请修改后重新上传。");
    expect(problem.errors?.[0]).toEqual({
      field: "学校标识码",
      row: 3,
      message: "学校标识码须为 10 位数字，当前为 9 位",
    });

    expect(await institutionCount()).toBe(before.institutions);
    expect(await importAuditCount()).toBe(before.audit);
    expect(await count(sql`select count(*)::int as n from org_units where code = '2143010250'`)).toBe(0);
  });

  it("keeps another account from reading the job", async () => {
    const furong = await uploaderFor(t, "districtA");
    const accepted = await furong.upload(await buildWorkbook({ rows: [cellsOf(row({ code: "12" }))] }));
    const jobId = accepted.json<{ jobId: string }>().jobId;
    await furong.waitFor(jobId);
    const admin = await uploaderFor(t, "admin");
    expect((await admin.get(`/api/institutions/import/${jobId}`)).statusCode).toBe(404);
  });
});

describe("a successful import", () => {
  const rows: SheetRecord[] = Array.from({ length: 120 }, (_, i) =>
    row({
      code: String(2143010500 + i),
      name: `芙蓉区第${i + 1}幼儿园`,
      type: "幼儿园",
      ownership: i % 2 === 0 ? "公办" : "民办",
      inclusive: i % 3 === 0 ? "是" : "否",
      educationGroup: i < 10 ? "芙蓉教育集团" : null,
      groupLead: i === 0 ? "是" : null,
      street: i % 4 === 0 ? null : "文艺路街道",
      places: 300 + i,
    }),
  );

  it("creates every institution with one audit row each and reports progress", async () => {
    const furong = await uploaderFor(t, "districtA");
    // schoolA again, with enough places: an existing institution is updated, not duplicated.
    const file = await buildWorkbook({
      rows: [...rows, row({ code: "2143010201", name: "芙蓉区示范小学", places: 2000 })].map(cellsOf),
    });
    const accepted = await furong.upload(file, { fileName: "芙蓉区机构.xlsx" });
    const jobId = accepted.json<{ jobId: string }>().jobId;
    const seen = new Set<string>();
    let job: ImportJobBody;
    do {
      // A real client polls over a socket; injected requests need a pause to let the job's I/O run.
      await new Promise((resolve) => setTimeout(resolve, 5));
      job = (await furong.get(`/api/institutions/import/${jobId}`)).json<ImportJobBody>();
      seen.add(job.state);
    } while (job.state !== "done" && job.state !== "failed");
    expect(job.errors).toBeUndefined();
    expect(job.result).toEqual({ rows: 121, created: 120, updated: 1, unchanged: 0 });
    expect(job.processed).toBe(121);
    expect(seen.has("done")).toBe(true);

    const admin = await t.login("admin");
    const list = (
      await admin.get(`/api/institutions?districtId=${t.world.districtA.id}&type=kindergarten&pageSize=200`)
    ).json<{ total: number }>();
    expect(list.total).toBe(120);
    expect(await count(sql`select count(*)::int as n from audit_log where action = 'import_create'`)).toBe(
      120,
    );
    expect(await count(sql`select count(*)::int as n from audit_log where action = 'import_update'`)).toBe(1);
    const summary = await queryRows<{ after: { fileName: string; created: number } }>(
      t.database.db,
      sql`select after from audit_log where entity = 'institution_import' and entity_id = ${jobId}`,
    );
    expect(summary[0]?.after).toMatchObject({ fileName: "芙蓉区机构.xlsx", created: 120 });
    // Placed under the street when one is given, else directly under the district.
    const placed = await queryRows<{ code: string; parent: string }>(
      t.database.db,
      sql`select u.code, p.code as parent from org_units u join org_units p on p.id = u.parent_id
          where u.code in ('2143010500', '2143010501')`,
    );
    expect(Object.fromEntries(placed.map((p) => [p.code, p.parent]))).toEqual({
      "2143010500": "430102",
      "2143010501": "430102001",
    });
  });

  it("streams progress as server-sent events until the job ends", async () => {
    const furong = await uploaderFor(t, "districtA");
    const file = await buildWorkbook({
      rows: rows.slice(0, 30).map((r) => cellsOf({ ...r, places: 500 })),
    });
    const jobId = (await furong.upload(file)).json<{ jobId: string }>().jobId;
    const stream = await furong.get(`/api/institutions/import/${jobId}/events`);
    expect(stream.headers["content-type"]).toContain("text/event-stream");
    const events = stream.body
      .split("\n\n")
      .filter((chunk) => chunk.startsWith("data: "))
      .map((chunk) => JSON.parse(chunk.slice(6)) as ImportJobBody);
    expect(events.at(-1)).toMatchObject({ state: "done", result: { updated: 30 } });
    const other = await uploaderFor(t, "districtB");
    expect((await other.get(`/api/institutions/import/${jobId}/events`)).statusCode).toBe(404);
  });

  it("exports what it imported, and re-importing the export changes nothing", async () => {
    const furong = await uploaderFor(t, "districtA");
    const exported = await furong.get("/api/institutions/export.xlsx?type=kindergarten");
    expect(exported.statusCode).toBe(200);
    expect(exported.headers["content-type"]).toContain("spreadsheetml");
    expect(exported.headers["content-disposition"]).toContain("filename*=UTF-8''");
    const again = await furong.upload(exported.rawPayload, { wait: true });
    expect(again.statusCode).toBe(200);
    expect(again.json<ImportJobBody>().result).toEqual({ rows: 120, created: 0, updated: 0, unchanged: 120 });

    const workbook = await readWorkbook(exported.rawPayload);
    const sheet = workbook.getWorksheet("机构名录");
    if (!sheet) throw new Error("no data sheet");
    expect(sheet.getRow(2).getCell(1).value).toBe("2143010500");
    sheet.getRow(2).getCell(14).value = 999;
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());
    const changed = await furong.upload(edited, { wait: true });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<ImportJobBody>().result).toMatchObject({ updated: 1, unchanged: 119 });
    const history = await queryRows<{ before: { places: number }; after: { places: number } }>(
      t.database.db,
      sql`select before, after from audit_log a join org_units u on u.id::text = a.entity_id
          where u.code = '2143010500' and a.action = 'import_update' order by a.id`,
    );
    // 300 → 500 by the streamed import above, then 500 → 999 by this edited export.
    expect(history.map((h) => [h.before.places, h.after.places])).toEqual([
      [300, 500],
      [500, 999],
    ]);

    // 新增 only: every registered code is a problem naming its row; nothing is written.
    sheet.getRow(2).getCell(14).value = 1000;
    const insertOnly = await furong.upload(Buffer.from(await workbook.xlsx.writeBuffer()), {
      wait: true,
      mode: "insert",
    });
    expect(insertOnly.statusCode).toBe(400);
    const refused = insertOnly.json<Problem>().errors ?? [];
    expect(refused).toHaveLength(120);
    expect(refused[0]).toMatchObject({ field: "学校标识码", row: 2 });
    expect(refused[0]?.message).toContain("请选择“更新”方式导入");
    const places = await queryRows<{ places: number }>(
      t.database.db,
      sql`select i.places from institutions i join org_units u on u.id = i.org_unit_id where u.code = '2143010500'`,
    );
    expect(places[0]?.places).toBe(999);
  });

  it("serves its empty template: the header row and 填写说明, no data rows", async () => {
    const furong = await uploaderFor(t, "districtA");
    const response = await furong.get("/api/institutions/template.xlsx");
    expect(response.statusCode).toBe(200);
    const sheet = (await readWorkbook(response.rawPayload)).getWorksheet("机构名录");
    expect(sheet?.actualRowCount).toBe(1);
    expect(sheet?.getRow(1).getCell(1).text).toBe("学校标识码");
  });

  it("never exports another district's institutions", async () => {
    const yuelu = await uploaderFor(t, "districtB");
    const exported = await yuelu.get("/api/institutions/export.xlsx");
    const workbook = await readWorkbook(exported.rawPayload);
    const codes: string[] = [];
    workbook.getWorksheet("机构名录")?.eachRow((r, n) => {
      if (n > 1) codes.push(r.getCell(1).text);
    });
    expect(codes).toEqual(["2143010401"]);
  });

  it("offers a template that imports as an empty sheet with a clear message", async () => {
    const furong = await uploaderFor(t, "districtA");
    const template = await furong.get("/api/institutions/template.xlsx");
    expect(template.statusCode).toBe(200);
    const response = await furong.upload(template.rawPayload, { wait: true });
    expect(response.json<Problem>().errors).toEqual([
      { field: "（整表）", row: 2, message: "表中没有数据行：请从第 2 行起填写机构" },
    ]);
  });
});
