import { describe, expect, it } from "vitest";
import { streamedWorkbook } from "./xlsx-fixtures.ts";
import { readSheetRows } from "./xlsx-rows.ts";

const workbook = (sharedStrings: boolean, rows: (string | number)[][]) =>
  streamedWorkbook({ 说明: [["模板说明"]], 学校名录: rows }, sharedStrings);

describe("sheet rows of an import workbook", () => {
  // Enough rows that many Chinese characters fall on a boundary between inflated chunks.
  const rows = Array.from({ length: 5_000 }, (_, i) => [
    `长沙市芙蓉区第${i}小学`,
    `湖南省长沙市岳麓区麓山路${i}号&<东>`,
    i,
  ]);

  for (const shared of [true, false]) {
    it(`keeps every Chinese character of a long sheet (${shared ? "shared" : "inline"} strings)`, async () => {
      const onRow: number[] = [];
      const sheets = await readSheetRows(await workbook(shared, rows), {
        sheets: ["学校名录"],
        maxRows: 10_000,
        onRow: (_, row) => onRow.push(row),
      });
      expect([...sheets.keys()]).toEqual(["学校名录"]);
      const read = sheets.get("学校名录");
      expect(read?.truncated).toBe(false);
      expect(read?.rows).toHaveLength(rows.length);
      read?.rows.forEach((row, i) => {
        expect(row).toEqual({ row: i + 1, cells: rows[i] });
      });
      expect(onRow).toHaveLength(rows.length);
    });
  }

  it("stops a sheet at maxRows and says it was cut", async () => {
    const sheets = await readSheetRows(await workbook(true, rows.slice(0, 30)), {
      sheets: ["学校名录"],
      maxRows: 10,
    });
    expect(sheets.get("学校名录")).toMatchObject({ truncated: true });
    expect(sheets.get("学校名录")?.rows).toHaveLength(10);
  });
});
