import { AppError } from "../../http/problem.ts";
import { SHEET_LIMITS } from "./sheet-limits.ts";
import { readSharedStrings } from "./shared-strings.ts";
import { streamSheetRows, type SheetLayout, type SheetRow } from "./sheet-rows.ts";
import { checkXlsx, type Refusal, type XlsxPackage } from "./xlsx-container.ts";
import { readDeadline } from "./xml-stream.ts";

const MB = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Why an upload is not read at all, in the words the user sees. */
export const REFUSALS: Record<Refusal, string> = {
  legacy_or_encrypted: "文件是旧版 Excel（.xls）或设置了打开密码：请取消密码，另存为 .xlsx 后再导入。",
  not_zip: "文件不是 Excel 工作簿（.xlsx）：请使用系统下载的导入模板。",
  not_xlsx: "文件不是 Excel 工作簿（.xlsx）：请使用系统下载的导入模板。",
  unsupported: "无法读取该文件：请在 Excel 中打开并另存为 .xlsx 后再导入。",
  too_many_parts: `文件包含的部件超过 ${SHEET_LIMITS.entries} 个，不像是正常的 Excel 工作簿：请另存为 .xlsx 后再导入。`,
  too_large_inflated: `文件解压后过大（超过 ${MB(SHEET_LIMITS.uncompressedBytes)} MB，或压缩比异常），可能不是正常的 Excel 文件：请删除多余内容或拆分为多个文件后再导入。`,
};

/** A workbook whose container passed the checks, with its shared strings read once when first needed. */
export interface OpenWorkbook {
  file: XlsxPackage;
  deadline: () => void;
  strings(): Promise<readonly string[]>;
}

/**
 * Refuses anything but a safe .xlsx on the upload itself (400 problem+json), before any job starts. Only
 * the package directory and workbook.xml are read here; sheets are read by the job.
 * `refusal` words the answer for a feature whose users never saw the system's template.
 */
export async function openWorkbook(
  buffer: Buffer,
  refusal?: (reason: Refusal) => string | undefined,
): Promise<OpenWorkbook> {
  const check = await checkXlsx(buffer);
  if (!check.ok) {
    throw new AppError("bad_request", "文件格式不正确", refusal?.(check.reason) ?? REFUSALS[check.reason]);
  }
  const file = check.workbook;
  let strings: Promise<string[]> | null = null;
  let deadline: (() => void) | null = null;
  const started = () => (deadline ??= readDeadline());
  return {
    file,
    deadline: () => started()(),
    strings: () => {
      const path = "xl/sharedStrings.xml";
      strings ??= file.has(path)
        ? file.text(path).then((stream) => readSharedStrings(stream, started()))
        : Promise.resolve([]);
      return strings;
    },
  };
}

/** The rows of one named sheet as they inflate; null when the workbook has no such sheet. */
export async function sheetRows(workbook: OpenWorkbook, name: string, layout: SheetLayout) {
  const part = workbook.file.sheets.find((sheet) => sheet.name === name);
  if (!part) return null;
  const strings = await workbook.strings();
  const stream = await workbook.file.text(part.path);
  return streamSheetRows({ stream, strings, layout, deadline: workbook.deadline });
}

export interface ReadSheetsOptions {
  /** Sheets whose rows are wanted, by name; every other sheet is skipped unread. */
  sheets: readonly string[];
  /** Stop a sheet after this many rows (the caller reports the overflow). */
  maxRows: number;
  onRow?: (sheet: string, row: number) => void;
}

export interface ReadSheet {
  rows: SheetRow[];
  truncated: boolean;
  layout: SheetLayout;
}

/** Rows of the named sheets, held whole (small workbooks: the plan, a template's info sheet). */
export async function readSheets(
  workbook: OpenWorkbook,
  options: ReadSheetsOptions,
): Promise<Map<string, ReadSheet>> {
  const result = new Map<string, ReadSheet>();
  for (const name of options.sheets) {
    if (result.has(name)) continue;
    const sheet: ReadSheet = { rows: [], truncated: false, layout: { lastRow: null, merges: [] } };
    const rows = await sheetRows(workbook, name, sheet.layout);
    if (!rows) continue;
    result.set(name, sheet);
    for await (const row of rows) {
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
