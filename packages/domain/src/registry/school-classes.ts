import { GRADE_RANGES, gradeLabel } from "./grade-ranges.ts";
import { INSTITUTION_TYPE_LABELS, type InstitutionType } from "./institution-types.ts";

/**
 * Largest class the registry accepts. No standard sets it: it is a typing guard well above the
 * 66-pupil 超大班额 line (国发〔2016〕40号), so a real 超大班额 is still recorded and counted.
 */
export const MAX_CLASS_STUDENTS = 120;
export const MAX_CLASS_NAME_LENGTH = 32;

export interface ClassRowInput {
  grade: number;
  name: string;
  students: number;
}

export interface ClassRowProblem {
  field: "grade" | "name" | "students";
  message: string;
}

/** Problems with one class row for an institution of the given kind; empty when the row is acceptable. */
export function checkClassRow(type: InstitutionType, row: ClassRowInput): ClassRowProblem[] {
  const problems: ClassRowProblem[] = [];
  const range = GRADE_RANGES[type];
  const typeLabel = INSTITUTION_TYPE_LABELS[type];
  if (!range) {
    problems.push({ field: "grade", message: `${typeLabel}不登记班级` });
  } else if (!Number.isInteger(row.grade) || row.grade < range.min || row.grade > range.max) {
    const allowed =
      range.min === range.max ? gradeLabel(range.min) : `${gradeLabel(range.min)}至${gradeLabel(range.max)}`;
    problems.push({ field: "grade", message: `${typeLabel}只能登记${allowed}的班级` });
  }
  const name = row.name.trim();
  if (name.length === 0) problems.push({ field: "name", message: "请输入班级名称" });
  else if (name.length > MAX_CLASS_NAME_LENGTH)
    problems.push({ field: "name", message: `班级名称不能超过 ${MAX_CLASS_NAME_LENGTH} 个字` });
  if (!Number.isInteger(row.students) || row.students < 0) {
    problems.push({ field: "students", message: "学生数须为非负整数" });
  } else if (row.students > MAX_CLASS_STUDENTS) {
    problems.push({
      field: "students",
      message: `每班学生数不能超过 ${MAX_CLASS_STUDENTS} 人（收到 ${row.students} 人），请核对`,
    });
  }
  return problems;
}

/**
 * Pupils across all classes may not exceed the institution's 核定学位数. A places figure of 0 means
 * "not yet recorded" (the registry's default), so nothing is checked until the district records it.
 */
export function checkPlaces(totalStudents: number, places: number): string | null {
  if (places <= 0 || totalStudents <= places) return null;
  return `全校在校生合计 ${totalStudents} 人，超过核定学位数 ${places} 人`;
}

/** Rows whose grade and name repeat an earlier row, as zero-based indexes. */
export function duplicateClassRows(rows: readonly Pick<ClassRowInput, "grade" | "name">[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  rows.forEach((row, index) => {
    const key = `${row.grade}\u0000${row.name.trim()}`;
    if (seen.has(key)) duplicates.push(index);
    seen.add(key);
  });
  return duplicates;
}
