import { checkClassRow, gradeLabel, type InstitutionType } from "@edubureau/domain/registry";
import type { FieldError } from "../../app/api-error.ts";
import type { ClassRowInput, SchoolClass } from "./classes.api.ts";

/** A row of the editor: numbers may be blank while the user types. */
export interface EditRow {
  key: string;
  grade: number | null;
  name: string;
  students: number | null;
}

let nextKey = 0;
export function newKey(): string {
  nextKey += 1;
  return `new-${nextKey}`;
}

export function rowsOf(items: SchoolClass[]): EditRow[] {
  return items.map((item) => ({ key: item.id, grade: item.grade, name: item.name, students: item.students }));
}

export function toInput(row: EditRow): ClassRowInput {
  return { grade: row.grade ?? Number.NaN, name: row.name, students: row.students ?? Number.NaN };
}

export function sameRows(a: EditRow[], b: EditRow[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (row, i) => row.grade === b[i]?.grade && row.name === b[i]?.name && row.students === b[i]?.students,
    )
  );
}

/** A new class in the given grade, named after the next free number (一年级 has 1班、2班 → 3班). */
export function blankRow(rows: EditRow[], grade: number): EditRow {
  const taken = new Set(rows.filter((row) => row.grade === grade).map((row) => row.name.trim()));
  let n = 1;
  while (taken.has(`${n}班`)) n += 1;
  return { key: newKey(), grade, name: `${n}班`, students: null };
}

/** The 1-based row a server problem names; the shared FieldError type predates row numbers. */
export function rowOf(error: FieldError): number | undefined {
  return "row" in error && typeof error.row === "number" ? error.row : undefined;
}

/**
 * Problems to show under a row's cells: the server's answer for that row when there is one (1-based
 * `row`), otherwise the domain's own check so mistakes show while typing.
 */
export function rowProblems(options: {
  type: InstitutionType;
  row: EditRow;
  index: number;
  serverErrors: FieldError[];
}): Map<string, string> {
  const { type, row, index, serverErrors } = options;
  const fromServer = serverErrors.filter((error) => rowOf(error) === index + 1);
  const problems: { field: string; message: string }[] =
    fromServer.length > 0 ? fromServer : checkClassRow(type, toInput(row));
  return new Map(problems.map((problem) => [problem.field, problem.message]));
}

export function gradeOptions(grades: number[]): { value: number; label: string }[] {
  return grades.map((grade) => ({ value: grade, label: gradeLabel(grade) }));
}
