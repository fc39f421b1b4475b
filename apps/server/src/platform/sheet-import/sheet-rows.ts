import type { Readable } from "node:stream";
import type { SheetCell } from "@edubureau/domain/registry";
import { columnName, parseCellRef } from "./cell-ref.ts";
import { SHEET_LIMITS } from "./sheet-limits.ts";
import { SheetRefused, shownRef } from "./sheet-refusal.ts";
import { richTextCollector } from "./shared-strings.ts";
import { parseXml } from "./xml-stream.ts";

export interface SheetRow {
  /** Row number as Excel shows it. */
  row: number;
  cells: SheetCell[];
}

/** What a worksheet says about itself besides its rows; filled in as the reading gets there. */
export interface SheetLayout {
  /** Last row of the <dimension> the writer recorded (before the rows), when it recorded one. */
  lastRow: number | null;
  /** Merged ranges such as "B5:C5" (after the rows: complete once every row is read). */
  merges: string[];
}

/** Merged ranges kept; a sheet with more is reported all the same, from the ones kept. */
const MAX_MERGES = 10_000;

function cellValue(type: string | undefined, raw: string | null, inline: string, strings: readonly string[]) {
  if (type === "inlineStr") return inline;
  if (raw === null) return null;
  if (type === "s") return strings[Number(raw)] ?? null;
  if (type === "str" || type === "e") return raw;
  if (type === "b") return raw === "1";
  const n = Number(raw);
  return Number.isFinite(n) ? n : raw;
}

/**
 * Every non-empty row of a worksheet, in order, as its XML inflates: one SAX pass, linear in the size of
 * the part whatever its shape (an unclosed <row> included). A cell right of SHEET_LIMITS.columns, a row
 * past Excel's last and a cell longer than Excel allows are refused, naming the cell; nothing is padded
 * beyond the column cap.
 */
export async function* streamSheetRows(options: {
  stream: Readable;
  strings: readonly string[];
  layout: SheetLayout;
  deadline: () => void;
}): AsyncGenerator<SheetRow> {
  const { layout, strings } = options;
  const { columns: maxColumns, cellChars, sheetRows } = SHEET_LIMITS;
  const ready: SheetRow[] = [];
  let row: SheetRow | null = null;
  let nextRow = 1;
  let nextColumn = 0;
  let cell: { at: number; ref: string; type: string | undefined } | null = null;
  let raw: string | null = null;
  let inValue = false;
  const tooLong = (): never => {
    throw new SheetRefused(
      row?.row ?? 1,
      `单元格 ${cell?.ref ?? ""} 超过 ${cellChars} 个字符：请删减后再导入`,
    );
  };
  const inline = richTextCollector(cellChars, tooLong);

  function openRow(r: string | undefined) {
    const number = r === undefined ? nextRow : Number(r);
    if (!Number.isInteger(number) || number < 1 || number > sheetRows)
      throw new SheetRefused(1, `行号「${shownRef(r ?? "")}」无效：Excel 工作表最多 ${sheetRows} 行`);
    row = { row: number, cells: [] };
    nextRow = number + 1;
    nextColumn = 0;
  }

  function openCell(current: SheetRow, r: string | undefined, type: string | undefined) {
    const parsed = r === undefined ? null : parseCellRef(r, maxColumns);
    if (r !== undefined && !parsed)
      throw new SheetRefused(
        current.row,
        `单元格位置「${shownRef(r)}」无法识别：请在 Excel 中另存为 .xlsx 后再导入`,
      );
    const at = parsed?.column ?? nextColumn;
    const ref = r ?? `${columnName(Math.min(at, maxColumns))}${current.row}`;
    if (at >= maxColumns)
      throw new SheetRefused(
        current.row,
        `单元格 ${shownRef(ref)} 超出导入表的范围：最多读取 ${maxColumns} 列（A 至 ${columnName(maxColumns - 1)} 列），请删除右侧多余的列后再导入`,
      );
    nextColumn = at + 1;
    cell = { at, ref, type };
    raw = null;
  }

  function closeCell(current: SheetRow) {
    if (!cell) return;
    const value = cellValue(cell.type, raw, inline.take(), strings);
    while (current.cells.length < cell.at) current.cells.push(null);
    current.cells[cell.at] = value;
    cell = null;
  }

  const reading = parseXml(
    options.stream,
    {
      open(tag) {
        const a = tag.attributes as Record<string, string | undefined>;
        if (cell) {
          if (tag.name === "v") inValue = true;
          else inline.open(tag.name);
        } else if (tag.name === "c" && row) openCell(row, a.r, a.t);
        else if (tag.name === "row") openRow(a.r);
        else if (tag.name === "dimension" && layout.lastRow === null) {
          const end = a.ref?.split(":")[1] ?? a.ref ?? "";
          layout.lastRow = parseCellRef(end, maxColumns)?.row ?? null;
        } else if (tag.name === "mergeCell" && a.ref && layout.merges.length < MAX_MERGES)
          layout.merges.push(a.ref);
      },
      close(name) {
        if (name === "c" && row) closeCell(row);
        else if (cell) {
          if (name === "v") inValue = false;
          else inline.close(name);
        } else if (name === "row" && row) {
          if (row.cells.some((c) => c !== null && c !== "")) ready.push(row);
          row = null;
        }
      },
      text(chunk) {
        if (!cell) return;
        if (!inValue) return inline.text(chunk);
        raw = (raw ?? "") + chunk;
        if (raw.length > cellChars) tooLong();
      },
    },
    options.deadline,
  );
  for await (const _ of reading) {
    yield* ready;
    ready.length = 0;
  }
  yield* ready;
}
