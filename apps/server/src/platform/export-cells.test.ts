import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { neutraliseText, workbookBuffer } from "./export-cells.ts";

describe("exported text that a spreadsheet would run as a formula", () => {
  it("gets a leading apostrophe; other text, numbers and a lone dash stay as they are", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("名录");
    sheet.addRow(['=HYPERLINK("http://x","点我")', "+86 731", "-2+3", "@SUM(A1)", "\tx", "\rx"]);
    sheet.addRow(["芙蓉区", -5, "-", "a=b", 12.5, null]);
    sheet.getCell("A3").value = { richText: [{ text: "=1+1" }, { text: "尾" }] };
    const back = new ExcelJS.Workbook();
    const bytes = await workbookBuffer(workbook);
    await back.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
    const rows = back.worksheets[0]?.getSheetValues() ?? [];
    const first = (rows[1] as string[]).slice(1);
    expect(first.slice(0, 5)).toEqual([
      '\'=HYPERLINK("http://x","点我")',
      "'+86 731",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
    ]);
    // The file format stores a carriage return as a line end; what matters is the apostrophe before it.
    expect(first[5]?.startsWith("'")).toBe(true);
    expect((rows[2] as unknown[]).slice(1, 6)).toEqual(["芙蓉区", -5, "-", "a=b", 12.5]);
    expect(back.worksheets[0]?.getCell("A3").text).toBe("'=1+1尾");
    expect(neutraliseText("=")).toBe("=");
  });

  it("is done by the one helper: no module writes a workbook by itself", () => {
    const modules = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../modules");
    const offenders = fs
      .readdirSync(modules, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !/(\.test|fixtures)\.ts$/.test(file))
      .filter((file) => fs.readFileSync(path.join(modules, file), "utf8").includes("xlsx.writeBuffer("));
    expect(offenders).toEqual([]);
  });
});
