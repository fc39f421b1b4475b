import { FITNESS_ITEMS } from "@edubureau/domain/health";
import type { FitnessItem } from "@edubureau/domain/health";
import type { RowProblem, SheetCell } from "@edubureau/domain/registry";
import { readDate, readNumber, readText } from "./health-cells.ts";
import { FITNESS_HEADERS, parseSeconds, type FitnessInput } from "./fitness-check.ts";
import { CORRECTION_LABELS, SCREENING_HEADERS, type ScreeningInput } from "./screening-check.ts";
import type { Correction } from "./student-health.tables.ts";

export type HealthImportKind = "screening" | "fitness";

export const SHEET_NAMES: Record<HealthImportKind, string> = {
  screening: "视力筛查",
  fitness: "体质测试",
};

export const HEADERS: Record<HealthImportKind, Record<string, string>> = {
  screening: SCREENING_HEADERS,
  fitness: FITNESS_HEADERS,
};

/** Columns a sheet must have; the others may be left out. */
const REQUIRED: Record<HealthImportKind, readonly string[]> = {
  screening: [
    SCREENING_HEADERS.studentNo,
    SCREENING_HEADERS.screenedOn,
    SCREENING_HEADERS.acuityRight,
    SCREENING_HEADERS.acuityLeft,
  ],
  fitness: [
    FITNESS_HEADERS.studentNo,
    FITNESS_HEADERS.testedOn,
    FITNESS_HEADERS.heightCm,
    FITNESS_HEADERS.weightKg,
  ],
};

/** Column positions by field key, from the header row. */
export type ColumnMap = Map<string, number>;

export function readHeader(
  kind: HealthImportKind,
  cells: readonly SheetCell[],
): { columns: ColumnMap; problems: RowProblem[] } {
  const byHeader = new Map<string, number>();
  cells.forEach((cell, i) => {
    const text = readText(cell);
    if (text !== "") byHeader.set(text, i);
  });
  const columns: ColumnMap = new Map();
  for (const [key, header] of Object.entries(HEADERS[kind])) {
    const at = byHeader.get(header);
    if (at !== undefined) columns.set(key, at);
  }
  const problems = REQUIRED[kind]
    .filter((header) => !byHeader.has(header))
    .map((header) => ({
      row: 1,
      column: header,
      message: `第 1 行缺少「${header}」列：请使用系统下载的导入模板`,
    }));
  return { columns, problems };
}

function cellOf(cells: readonly SheetCell[], columns: ColumnMap, key: string): SheetCell | undefined {
  const at = columns.get(key);
  return at === undefined ? undefined : cells[at];
}

const CORRECTIONS = new Map<string, Correction>([
  ["", "none"],
  ...Object.entries(CORRECTION_LABELS).map(([code, label]) => [label, code as Correction] as const),
  ["眼镜", "glasses"],
  ["OK镜", "ortho_k"],
]);

export interface ParsedRow<T> {
  row: number;
  studentNo: string;
  input: T | null;
  problems: RowProblem[];
}

export function parseScreeningRow(
  row: number,
  cells: readonly SheetCell[],
  columns: ColumnMap,
): ParsedRow<ScreeningInput> {
  const problems: RowProblem[] = [];
  const H = SCREENING_HEADERS;
  const studentNo = readText(cellOf(cells, columns, "studentNo")).toUpperCase();
  if (studentNo === "") problems.push({ row, column: H.studentNo, message: "缺少学籍号" });
  const date = readDate(cellOf(cells, columns, "screenedOn"), H.screenedOn);
  if (!date.ok) problems.push({ row, column: H.screenedOn, message: date.message });
  const numbers = {} as Record<
    "acuityRight" | "acuityLeft" | "sphereRight" | "cylinderRight" | "sphereLeft" | "cylinderLeft",
    number | null
  >;
  for (const key of [
    "acuityRight",
    "acuityLeft",
    "sphereRight",
    "cylinderRight",
    "sphereLeft",
    "cylinderLeft",
  ] as const) {
    const read = readNumber(cellOf(cells, columns, key), H[key]);
    if (read.ok) numbers[key] = read.value;
    else problems.push({ row, column: H[key], message: read.message });
  }
  const correctionText = readText(cellOf(cells, columns, "correction"));
  const correction = CORRECTIONS.get(correctionText);
  if (!correction) {
    problems.push({
      row,
      column: H.correction,
      message: `矫正方式「${correctionText}」应为 无、框架眼镜 或 角膜塑形镜`,
    });
  }
  if (problems.length > 0 || !date.ok || !correction) return { row, studentNo, input: null, problems };
  return { row, studentNo, input: { screenedOn: date.value, ...numbers, correction }, problems };
}

/** Runs are timed in seconds or as 3'30 / 3:30. */
const TIMED = new Set<FitnessItem>(["run_50m", "shuttle_50x8", "run_1000m", "run_800m"]);

export function parseFitnessRow(
  row: number,
  cells: readonly SheetCell[],
  columns: ColumnMap,
): ParsedRow<FitnessInput> {
  const problems: RowProblem[] = [];
  const H = FITNESS_HEADERS;
  const studentNo = readText(cellOf(cells, columns, "studentNo")).toUpperCase();
  if (studentNo === "") problems.push({ row, column: H.studentNo, message: "缺少学籍号" });
  const date = readDate(cellOf(cells, columns, "testedOn"), H.testedOn);
  if (!date.ok) problems.push({ row, column: H.testedOn, message: date.message });
  const body: { heightCm: number | null; weightKg: number | null } = { heightCm: null, weightKg: null };
  for (const key of ["heightCm", "weightKg"] as const) {
    const read = readNumber(cellOf(cells, columns, key), H[key]);
    if (!read.ok) problems.push({ row, column: H[key], message: read.message });
    else if (read.value === null) problems.push({ row, column: H[key], message: `缺少${H[key]}` });
    else body[key] = read.value;
  }
  const items: Partial<Record<FitnessItem, number>> = {};
  for (const item of FITNESS_ITEMS) {
    const cell = cellOf(cells, columns, item);
    const text = readText(cell);
    if (text === "") continue;
    const value = typeof cell === "number" ? cell : TIMED.has(item) ? parseSeconds(text) : Number(text);
    if (value === null || !Number.isFinite(value)) {
      problems.push({ row, column: H[item], message: `${H[item]}「${text}」不是有效成绩` });
    } else items[item] = value;
  }
  if (problems.length > 0 || !date.ok) return { row, studentNo, input: null, problems };
  return { row, studentNo, input: { testedOn: date.value, ...body, items }, problems };
}
