import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";

/**
 * An .xlsx written by ExcelJS's streaming writer, sheets in the order given: the shape a large export
 * from Excel or a district's own system has (many rows, shared or inline strings). For reader tests.
 */
export async function streamedWorkbook(
  sheets: Record<string, readonly (string | number)[][]>,
  sharedStrings: boolean,
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: sharedStrings,
    useStyles: false,
  });
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = writer.addWorksheet(name);
    for (const row of rows) sheet.addRow(row).commit();
    sheet.commit();
  }
  await writer.commit();
  return Buffer.concat(chunks);
}
