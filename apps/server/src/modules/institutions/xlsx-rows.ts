import type { SheetCell } from "@edubureau/domain/registry";
import { checkXlsx } from "./xlsx-package.ts";
import { readSharedStrings, streamSheetRows } from "./xlsx-stream.ts";

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
 * Rows of the named sheets, read from the package XML as it inflates (xlsx-stream.ts), so a large
 * workbook is never held as a document model; empty rows are not reported. Cells are what the file
 * stores: text, numbers (dates as Excel serial days), booleans, a formula's cached result. Throws when
 * the file is not a workbook. (ExcelJS's streaming reader garbles a Chinese character that falls on an
 * inflate-chunk boundary, so it is not used.)
 */
export async function readSheetRows(
  buffer: Buffer,
  options: ReadRowsOptions,
): Promise<Map<string, { rows: SheetRow[]; truncated: boolean }>> {
  const check = await checkXlsx(buffer);
  if (!check.ok) throw new Error(`not a readable workbook: ${check.reason}`);
  const strings = await readSharedStrings(buffer, check.entries.get("xl/sharedStrings.xml"));
  const result = new Map<string, { rows: SheetRow[]; truncated: boolean }>();
  for (const name of options.sheets) {
    const entry = check.entries.get(check.sheets.find((sheet) => sheet.name === name)?.path ?? "");
    if (!entry || result.has(name)) continue;
    const sheet = { rows: [] as SheetRow[], truncated: false };
    result.set(name, sheet);
    for await (const row of streamSheetRows(buffer, entry, strings)) {
      if (sheet.rows.length >= options.maxRows) {
        sheet.truncated = true;
        break;
      }
      sheet.rows.push(row);
      options.onRow?.(name, row.row);
    }
  }
  return result;
}
