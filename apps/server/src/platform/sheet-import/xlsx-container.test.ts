import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkXlsx } from "./xlsx-container.ts";
import { openWorkbook, readSheets } from "./workbook-reader.ts";

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("the xlsx container", () => {
  it("tells old .xls, non-zip and non-workbook files apart", async () => {
    const ole = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(64)]);
    expect(await checkXlsx(ole)).toEqual({ ok: false, reason: "legacy_or_encrypted" });
    expect(await checkXlsx(Buffer.from("学校标识码,学校名称"))).toEqual({ ok: false, reason: "not_zip" });
    const truncated = (await workbook((wb) => wb.addWorksheet("a").addRow([1]))).subarray(0, 300);
    expect(await checkXlsx(truncated)).toEqual({ ok: false, reason: "unsupported" });
  });

  it("lists sheets in workbook order with their parts and hidden state", async () => {
    const buffer = await workbook((wb) => {
      wb.addWorksheet("机构名录").addRow(["a"]);
      wb.addWorksheet("模板信息", { state: "hidden" }).addRow(["模板版本", "v1"]);
    });
    const check = await checkXlsx(buffer);
    if (!check.ok) throw new Error(check.reason);
    expect(check.workbook.sheets).toEqual([
      { name: "机构名录", path: "xl/worksheets/sheet1.xml", hidden: false },
      { name: "模板信息", path: "xl/worksheets/sheet2.xml", hidden: true },
    ]);
  });

  it("finds merged ranges and the recorded last row", async () => {
    const buffer = await workbook((wb) => {
      const sheet = wb.addWorksheet("机构名录");
      for (let i = 0; i < 30; i++) sheet.addRow([`r${i}`, "x", "y"]);
      sheet.mergeCells("B5:C5");
      sheet.mergeCells("A20:A22");
    });
    const read = await readSheets(await openWorkbook(buffer), { sheets: ["机构名录"], maxRows: 100 });
    expect(read.get("机构名录")?.layout).toEqual({ lastRow: 30, merges: ["B5:C5", "A20:A22"] });
  });

  it("reads a workbook without shared strings", async () => {
    const buffer = await workbook((wb) => {
      wb.addWorksheet("机构名录").addRow([1, 2, 3]);
    });
    const rows = await readSheets(await openWorkbook(buffer), { sheets: ["机构名录"], maxRows: 10 });
    expect(rows.get("机构名录")?.rows).toEqual([{ row: 1, cells: [1, 2, 3] }]);
  });

  it("reads text, numbers and booleans as the file stores them", async () => {
    const buffer = await workbook((wb) => {
      wb.addWorksheet("机构名录").addRow(["学校标识码", 2143010201, true]);
    });
    const rows = await readSheets(await openWorkbook(buffer), { sheets: ["机构名录"], maxRows: 10 });
    expect(rows.get("机构名录")?.rows).toEqual([{ row: 1, cells: ["学校标识码", 2143010201, true] }]);
  });
});
