import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { readWorkbook } from "./import-fixtures.ts";
import { checkXlsx, readSheetLayout, streamingOrder } from "./xlsx-package.ts";
import { readSheetRows } from "./xlsx-rows.ts";

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function entriesOf(buffer: Buffer) {
  const check = await checkXlsx(buffer);
  if (!check.ok) throw new Error(`not an xlsx: ${check.reason}`);
  return check;
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
    const { sheets } = await entriesOf(buffer);
    expect(sheets).toEqual([
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
    const { entries } = await entriesOf(buffer);
    const entry = entries.get("xl/worksheets/sheet1.xml");
    if (!entry) throw new Error("no sheet");
    expect(await readSheetLayout(buffer, entry)).toEqual({ lastRow: 30, merges: ["B5:C5", "A20:A22"] });
  });
});

describe("reordering for the streaming reader", () => {
  it("puts the workbook and shared strings first and keeps every part intact", async () => {
    const buffer = await workbook((wb) => {
      wb.addWorksheet("机构名录").addRow(["学校标识码", 2143010201, true]);
    });
    const { entries } = await entriesOf(buffer);
    const reordered = streamingOrder(buffer, entries);
    const again = await entriesOf(reordered);
    expect([...again.entries.keys()].slice(0, 5)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
    ]);
    expect(again.entries.size).toBe(entries.size);
    const loaded = await readWorkbook(reordered);
    expect(loaded.getWorksheet("机构名录")?.getRow(1).values).toEqual([
      undefined,
      "学校标识码",
      2143010201,
      true,
    ]);
  });

  it("adds empty shared strings to a workbook without any, so no sheet waits in a temporary file", async () => {
    const buffer = await workbook((wb) => {
      wb.addWorksheet("机构名录").addRow([1, 2, 3]);
    });
    const { entries } = await entriesOf(buffer);
    expect(entries.has("xl/sharedStrings.xml")).toBe(false);
    const reordered = streamingOrder(buffer, entries);
    const rows = await readSheetRows(reordered, { sheets: ["机构名录"], maxRows: 10 });
    expect(rows.get("机构名录")?.rows).toEqual([{ row: 1, cells: [1, 2, 3] }]);
  });
});
