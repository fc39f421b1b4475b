import { describe, expect, it } from "vitest";
import { streamedWorkbook } from "./sheet-fixtures.ts";
import { openWorkbook, readSheets } from "./workbook-reader.ts";

const read = async (
  buffer: Buffer,
  sheet: string,
  maxRows: number,
  onRow?: (sheet: string, row: number) => void,
) => readSheets(await openWorkbook(buffer), { sheets: [sheet], maxRows, ...(onRow ? { onRow } : {}) });

describe("sheet rows of an import workbook", () => {
  // Enough rows that many Chinese characters fall on a boundary between inflated chunks.
  const rows = Array.from({ length: 5_000 }, (_, i) => [
    `长沙市芙蓉区第${i}小学`,
    `湖南省长沙市岳麓区麓山路${i}号&<东>`,
    i,
  ]);
  const workbook = (sharedStrings: boolean, data: (string | number)[][]) =>
    streamedWorkbook({ 说明: [["模板说明"]], 学校名录: data }, sharedStrings);

  for (const shared of [true, false]) {
    it(`keeps every Chinese character of a long sheet (${shared ? "shared" : "inline"} strings)`, async () => {
      const onRow: number[] = [];
      const sheets = await read(await workbook(shared, rows), "学校名录", 10_000, (_, row) =>
        onRow.push(row),
      );
      expect([...sheets.keys()]).toEqual(["学校名录"]);
      const sheet = sheets.get("学校名录");
      expect(sheet?.truncated).toBe(false);
      expect(sheet?.rows).toHaveLength(rows.length);
      sheet?.rows.forEach((row, i) => {
        expect(row).toEqual({ row: i + 1, cells: rows[i] });
      });
      expect(onRow).toHaveLength(rows.length);
    });
  }

  it("stops a sheet at maxRows and says it was cut", async () => {
    const sheets = await read(await workbook(true, rows.slice(0, 30)), "学校名录", 10);
    expect(sheets.get("学校名录")).toMatchObject({ truncated: true });
    expect(sheets.get("学校名录")?.rows).toHaveLength(10);
  });
});

describe("streamed sheet rows", () => {
  const rows = Array.from({ length: 5_000 }, (_, i) => [
    `G43010220120912${String(i).padStart(4, "0")}`,
    `框架眼镜&<角膜塑形镜>${i}`,
    4.5 + (i % 8) / 10,
  ]);

  for (const shared of [true, false]) {
    it(`keeps every Chinese character across inflate chunks (${shared ? "shared" : "inline"} strings)`, async () => {
      const sheets = await read(await streamedWorkbook({ 视力筛查: rows }, shared), "视力筛查", 10_000);
      const read1 = sheets.get("视力筛查")?.rows ?? [];
      expect(read1).toHaveLength(rows.length);
      read1.forEach((row, i) => {
        expect(row.row).toBe(i + 1);
        expect(row.cells).toEqual(rows[i]);
      });
    });
  }
});
