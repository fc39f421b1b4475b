import { parseTeacherNumber } from "./teacher-number.ts";

/** One problem in an uploaded sheet, shown beside the cell it concerns. */
export interface SheetRowError {
  /** Row number as the spreadsheet shows it. */
  row: number;
  column: string;
  message: string;
}

export interface TeacherSheetRow {
  teacherNumber?: string | null;
  idNumber?: string | null;
}

export interface TeacherSheetOptions {
  /** Spreadsheet row of the first data row; 2 when row 1 holds the headers. */
  firstRow?: number;
  columns?: { teacherNumber: string; idNumber: string };
  cityCode?: string;
}

const DEFAULT_COLUMNS = { teacherNumber: "教师编号", idNumber: "身份证件号码" };

/** Spaces around a value and a lower-case check letter x do not make a second person. */
function normalise(value: string | null | undefined): string | null {
  const trimmed = value?.trim().toUpperCase() ?? "";
  return trimmed === "" ? null : trimmed;
}

function duplicatesIn(values: readonly (string | null)[], firstRow: number, column: string, what: string) {
  const rowsByValue = new Map<string, number[]>();
  values.forEach((value, index) => {
    if (value === null) return;
    rowsByValue.set(value, [...(rowsByValue.get(value) ?? []), firstRow + index]);
  });
  const errors: SheetRowError[] = [];
  for (const rows of rowsByValue.values()) {
    if (rows.length < 2) continue;
    for (const row of rows) {
      const others = rows.filter((r) => r !== row).join("、");
      errors.push({ row, column, message: `${what}与第 ${others} 行重复` });
    }
  }
  return errors;
}

/**
 * Rows of one sheet that share a teacher number or an ID number. Every row of a duplicate group is
 * reported, each naming the others, since the sheet cannot tell which one is right.
 */
export function findDuplicateTeacherRows(
  rows: readonly TeacherSheetRow[],
  options: TeacherSheetOptions = {},
): SheetRowError[] {
  const firstRow = options.firstRow ?? 2;
  const columns = options.columns ?? DEFAULT_COLUMNS;
  const errors = [
    ...duplicatesIn(
      rows.map((r) => normalise(r.teacherNumber)),
      firstRow,
      columns.teacherNumber,
      "教师编号",
    ),
    ...duplicatesIn(
      rows.map((r) => normalise(r.idNumber)),
      firstRow,
      columns.idNumber,
      "身份证件号码",
    ),
  ];
  return errors.sort((a, b) => a.row - b.row);
}

/** Format errors of teacher numbers and duplicates, row by row. A missing teacher number is an error. */
export function checkTeacherSheet(
  rows: readonly TeacherSheetRow[],
  options: TeacherSheetOptions = {},
): SheetRowError[] {
  const firstRow = options.firstRow ?? 2;
  const column = (options.columns ?? DEFAULT_COLUMNS).teacherNumber;
  const formatErrors: SheetRowError[] = [];
  rows.forEach((row, index) => {
    const value = normalise(row.teacherNumber);
    if (value === null) {
      formatErrors.push({ row: firstRow + index, column, message: "教师编号不能为空" });
      return;
    }
    const check = parseTeacherNumber(value, options.cityCode);
    if (!check.ok) formatErrors.push({ row: firstRow + index, column, message: check.message });
  });
  return [...formatErrors, ...findDuplicateTeacherRows(rows, options)].sort((a, b) => a.row - b.row);
}
