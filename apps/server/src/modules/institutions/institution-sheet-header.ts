import {
  cellText,
  checkTemplateVersion,
  readHeaderRow,
  TEMPLATE_INFO_SHEET_NAME,
  TEMPLATE_VERSION_LABEL,
  type ColumnIndex,
  type RowProblem,
  type SheetCell,
} from "@edubureau/domain/registry";
import { columnName, parseCellRef } from "../../platform/sheet-import/cell-ref.ts";
import type { HeaderInput } from "../../platform/sheet-import/sheet-import.types.ts";

/** The institution sheet's columns, and its header cells (merged cells, known only after the rows, name them). */
export interface InstitutionColumns {
  columns: ColumnIndex;
  header: readonly SheetCell[];
}

/** Only ranges up to this many cells get their hidden cells listed; a larger merge is reported all the same. */
const MAX_TRACKED_MERGE_CELLS = 1_000;

/**
 * Merged cells, reported as problems naming their first cell's column. `mergedAway` lists the cells hidden
 * under a merge as "row:column": their emptiness is the merge's problem, already reported.
 */
export function mergeProblems(merges: readonly string[], header: readonly SheetCell[]) {
  const headerText = (column: number) => cellText(header[column]) || `${columnName(column)} 列`;
  const mergedAway = new Set<string>();
  const problems = merges.map((ref): RowProblem => {
    const [start, end = start] = ref.split(":");
    const from = parseCellRef(start ?? ref) ?? { row: 0, column: 0 };
    const until = parseCellRef(end ?? ref) ?? from;
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

/**
 * The template's version (its hidden info sheet), then the header row; merged cells given here (a sheet read
 * whole) are named with the header's problems. A streamed sheet's merges come after its rows: see mergeProblems.
 */
export function institutionHeader({ cells, extra, merges }: HeaderInput): {
  columns: InstitutionColumns;
  problems: RowProblem[];
} {
  const info = extra.get(TEMPLATE_INFO_SHEET_NAME)?.rows.find((r) => r.row === 1)?.cells ?? [];
  const version = cellText(info[0]) === TEMPLATE_VERSION_LABEL ? info[1] : null;
  const versionProblem = checkTemplateVersion(version);
  const merged = mergeProblems(merges, cells);
  const none: InstitutionColumns = { columns: {}, header: cells };
  if (versionProblem) return { columns: none, problems: [versionProblem] };
  const { columns, problems } = readHeaderRow(cells);
  if (problems.length > 0) return { columns: none, problems: [...problems, ...merged.problems] };
  return { columns: { columns, header: cells }, problems: [] };
}
