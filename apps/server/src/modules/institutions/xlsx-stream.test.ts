import { describe, expect, it } from "vitest";
import { checkXlsx } from "./xlsx-package.ts";
import { streamedWorkbook } from "./xlsx-fixtures.ts";
import { readSharedStrings, streamSheetRows } from "./xlsx-stream.ts";

const workbook = (sharedStrings: boolean, rows: (string | number)[][]) =>
  streamedWorkbook({ 视力筛查: rows }, sharedStrings);

async function read(buffer: Buffer) {
  const check = await checkXlsx(buffer);
  if (!check.ok) throw new Error(check.reason);
  const sheet = check.entries.get(check.sheets[0]?.path ?? "");
  if (!sheet) throw new Error("no sheet");
  const strings = await readSharedStrings(buffer, check.entries.get("xl/sharedStrings.xml"));
  const rows = [];
  for await (const row of streamSheetRows(buffer, sheet, strings)) rows.push(row);
  return rows;
}

describe("streamed sheet rows", () => {
  const rows = Array.from({ length: 5_000 }, (_, i) => [
    `G43010220120912${String(i).padStart(4, "0")}`,
    `框架眼镜&<角膜塑形镜>${i}`,
    4.5 + (i % 8) / 10,
  ]);

  for (const shared of [true, false]) {
    it(`keeps every Chinese character across inflate chunks (${shared ? "shared" : "inline"} strings)`, async () => {
      const read1 = await read(await workbook(shared, rows));
      expect(read1).toHaveLength(rows.length);
      read1.forEach((row, i) => {
        expect(row.row).toBe(i + 1);
        expect(row.cells).toEqual(rows[i]);
      });
    });
  }
});
