import {
  checkTemplateVersion,
  HEADER_ROW,
  INSTITUTION_SHEET_NAME,
  MAX_IMPORT_ROWS,
  readHeaderRow,
  TEMPLATE_INFO_SHEET_NAME,
  TEMPLATE_VERSION_LABEL,
  cellText,
  type ColumnIndex,
  type RowProblem,
  type SheetCell,
} from "@edubureau/domain/registry";
import { AppError } from "../../http/problem.ts";
import { checkXlsx, readSheetLayout, streamingOrder, type ZipEntry } from "./xlsx-package.ts";
import { readSheetRows, type SheetRow } from "./xlsx-rows.ts";

/** A whole-sheet problem has no single column; this names it in the problem list. */
export const SHEET_COLUMN = "（整表）";

export interface Workbook {
  buffer: Buffer;
  /** The same package reordered for the streaming reader (see streamingOrder). */
  streamable: Buffer;
  dataEntry: ZipEntry | undefined;
}

const REFUSALS = {
  legacy_or_encrypted: "文件是旧版 Excel（.xls）或设置了打开密码：请取消密码，另存为 .xlsx 后再导入。",
  not_zip: "文件不是 Excel 工作簿（.xlsx）：请使用系统下载的导入模板。",
  not_xlsx: "文件不是 Excel 工作簿（.xlsx）：请使用系统下载的导入模板。",
  unsupported: "无法读取该文件：请在 Excel 中打开并另存为 .xlsx 后再导入。",
} as const;

/** Refuses anything but a real .xlsx on the upload itself, before a job is started. */
export async function openWorkbook(buffer: Buffer): Promise<Workbook> {
  const check = await checkXlsx(buffer);
  if (!check.ok) throw new AppError("bad_request", "文件格式不正确", REFUSALS[check.reason]);
  const data = check.sheets.find((sheet) => sheet.name === INSTITUTION_SHEET_NAME);
  let streamable: Buffer;
  try {
    streamable = streamingOrder(buffer, check.entries);
  } catch {
    throw new AppError("bad_request", "文件格式不正确", REFUSALS.unsupported);
  }
  return { buffer, streamable, dataEntry: data ? check.entries.get(data.path) : undefined };
}

export interface ParsedSheet {
  columns: ColumnIndex;
  rows: SheetRow[];
  /** Problems that make the rows unreadable (version, header): checking rows would only add noise. */
  fatal: RowProblem[];
  /** Problems found while reading that do not stop the row checks (merged cells). */
  problems: RowProblem[];
  /** "row:column" of cells hidden under a merge: their emptiness is the merge's problem, already reported. */
  mergedAway: ReadonlySet<string>;
}

function columnLetters(ref: string): string {
  return /^[A-Z]+/.exec(ref)?.[0] ?? "";
}

function lettersToIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Zero-based column index to its letters: 0 → A, 26 → AA. */
function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellRef(ref: string): { row: number; column: number } {
  const letters = columnLetters(ref);
  return { row: Number(ref.slice(letters.length)), column: lettersToIndex(letters) };
}

/** Only ranges up to this many cells get their hidden cells listed; a larger merge is reported all the same. */
const MAX_TRACKED_MERGE_CELLS = 1_000;

function mergeProblems(merges: readonly string[], header: readonly SheetCell[]) {
  const headerText = (column: number) => cellText(header[column]) || `${columnName(column)} 列`;
  const mergedAway = new Set<string>();
  const problems = merges.map((ref): RowProblem => {
    const [start, end = start] = ref.split(":");
    const from = cellRef(start ?? ref);
    const until = cellRef(end ?? ref);
    if ((until.row - from.row + 1) * (until.column - from.column + 1) <= MAX_TRACKED_MERGE_CELLS) {
      for (let row = from.row; row <= until.row; row++) {
        for (let column = from.column; column <= until.column; column++) {
          if (row !== from.row || column !== from.column) mergedAway.add(`${row}:${headerText(column)}`);
        }
      }
    }
    return {
      row: from.row,
      column: headerText(from.column),
      message: `单元格 ${ref} 是合并单元格：请取消合并，每个单元格单独填写后再导入`,
    };
  });
  return { problems, mergedAway };
}

/** Reads the data sheet row by row (streaming), then the version and header checks. */
export async function parseWorkbook(
  workbook: Workbook,
  progress: { setTotal(total: number): void; onRow(row: number): void },
): Promise<ParsedSheet> {
  if (!workbook.dataEntry) {
    const message = `找不到工作表「${INSTITUTION_SHEET_NAME}」：请使用系统下载的导入模板，不要修改工作表名称`;
    const fatal = [{ row: HEADER_ROW, column: SHEET_COLUMN, message }];
    return { columns: {}, rows: [], fatal, problems: [], mergedAway: new Set() };
  }
  const layout = await readSheetLayout(workbook.buffer, workbook.dataEntry);
  if (layout.lastRow !== null) progress.setTotal(Math.max(0, layout.lastRow - HEADER_ROW));
  const sheets = await readSheetRows(workbook.streamable, {
    sheets: [INSTITUTION_SHEET_NAME, TEMPLATE_INFO_SHEET_NAME],
    // One more than allowed, to know the sheet is too long; the header row counts too.
    maxRows: MAX_IMPORT_ROWS + 2,
    onRow: (sheet, row) => {
      if (sheet === INSTITUTION_SHEET_NAME) progress.onRow(row);
    },
  });
  const info = sheets.get(TEMPLATE_INFO_SHEET_NAME)?.rows.find((r) => r.row === 1)?.cells ?? [];
  const version = cellText(info[0]) === TEMPLATE_VERSION_LABEL ? info[1] : null;
  const versionProblem = checkTemplateVersion(version);
  if (versionProblem)
    return { columns: {}, rows: [], fatal: [versionProblem], problems: [], mergedAway: new Set() };

  const data = sheets.get(INSTITUTION_SHEET_NAME) ?? { rows: [], truncated: false };
  const headerRow = data.rows.find((r) => r.row === HEADER_ROW);
  const header = headerRow?.cells ?? [];
  const { columns, problems: headerProblems } = readHeaderRow(header);
  const { problems, mergedAway } = mergeProblems(layout.merges, header);
  const rows = data.rows.filter((r) => r.row > HEADER_ROW);
  if (data.truncated) {
    const message = `单次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分为多个文件后分别导入`;
    const tooLong = { row: MAX_IMPORT_ROWS + HEADER_ROW + 1, column: SHEET_COLUMN, message };
    return { columns, rows: [], fatal: [...headerProblems, ...problems, tooLong], problems: [], mergedAway };
  }
  if (headerProblems.length > 0) {
    return { columns, rows, fatal: [...headerProblems, ...problems], problems: [], mergedAway };
  }
  return { columns, rows, fatal: [], problems, mergedAway };
}
