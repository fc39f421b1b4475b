import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { SheetCell } from "@edubureau/domain/registry";

/** What a rule may see of a cell: formulas become their results, rich text its text, dates ISO days. */
export function toSheetCell(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return String(value.error);
  if ("formula" in value || "sharedFormula" in value) {
    const result: unknown = value.result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && "error" in result) return String(result.error);
    return toSheetCell(result as ExcelJS.CellValue);
  }
  if ("text" in value) return toSheetCell(value.text);
  return null;
}

export interface SheetRow {
  /** Row number as Excel shows it. */
  row: number;
  cells: SheetCell[];
}

export interface ReadRowsOptions {
  /** Sheets whose rows are wanted, by name; every other sheet is skipped unread. */
  sheets: readonly string[];
  /** Stop a sheet after this many rows (the caller reports the overflow). */
  maxRows: number;
  onRow?: (sheet: string, row: number) => void;
}

/**
 * Rows of the named sheets with ExcelJS's streaming reader, so a large workbook is never held as a
 * document model; empty rows are not reported. Throws when the file is not a workbook ExcelJS can read.
 */
export async function readSheetRows(
  buffer: Buffer,
  options: ReadRowsOptions,
): Promise<Map<string, { rows: SheetRow[]; truncated: boolean }>> {
  const wanted = new Set(options.sheets);
  const result = new Map<string, { rows: SheetRow[]; truncated: boolean }>();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    sharedStrings: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  for await (const worksheet of reader) {
    // The reader knows each sheet's name once workbook.xml is read; the typings omit it.
    const name = (worksheet as unknown as { name: string }).name;
    if (!wanted.has(name) || result.has(name)) continue;
    const sheet = { rows: [] as SheetRow[], truncated: false };
    result.set(name, sheet);
    for await (const row of worksheet) {
      if (sheet.rows.length >= options.maxRows) {
        sheet.truncated = true;
        break;
      }
      const cells: SheetCell[] = [];
      for (let column = 1; column <= row.cellCount; column++) {
        cells.push(toSheetCell(row.getCell(column).value));
      }
      sheet.rows.push({ row: row.number, cells });
      options.onRow?.(name, row.number);
    }
  }
  return result;
}
