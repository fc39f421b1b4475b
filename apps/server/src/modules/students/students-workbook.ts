import ExcelJS from "exceljs";
import { GRADE_LABELS, isGrade } from "@edubureau/domain/health";
import { cellText, type RowProblem, type SheetCell } from "@edubureau/domain/registry";
import { workbookBuffer } from "../../platform/export-cells.ts";
import type { ImportTemplate } from "../../platform/sheet-import/sheet-import.types.ts";

export const STUDENT_SHEET = "学生名册";

/** Largest student list exported or imported at once (a big district's year group fits). */
export const MAX_STUDENT_ROWS = 50_000;

export const STUDENT_HEADERS = {
  studentNo: "学籍号",
  name: "姓名",
  sex: "性别",
  birthDate: "出生日期",
  schoolCode: "学校标识码",
  school: "学校",
  grade: "年级",
  className: "班级",
} as const;
type Key = keyof typeof STUDENT_HEADERS;

export interface StudentSheetRow {
  row: number;
  studentNo: string;
  name: string;
  sex: "male" | "female" | undefined;
  birthDate: string | undefined;
  schoolCode: string;
  grade: number;
  className: string;
}

const GRADE_BY_LABEL = new Map<string, number>(
  Object.entries(GRADE_LABELS).flatMap(([n, label]) => [
    [label, Number(n)],
    [String(n), Number(n)],
  ]),
);
for (const [label, n] of [
  ["七年级", 7],
  ["八年级", 8],
  ["九年级", 9],
] as const)
  GRADE_BY_LABEL.set(label, n);

export function gradeLabel(grade: number): string {
  return isGrade(grade) ? GRADE_LABELS[grade] : String(grade);
}

/** One sheet row to a student, or the problems naming its cells. */
export function parseStudentRow(row: number, cells: readonly SheetCell[], columns: Map<Key, number>) {
  const get = (key: Key) => cellText(cells[columns.get(key) ?? -1]);
  const problems: RowProblem[] = [];
  const need = (key: Key) => {
    const text = get(key);
    if (text === "")
      problems.push({ row, column: STUDENT_HEADERS[key], message: `缺少${STUDENT_HEADERS[key]}` });
    return text;
  };
  const studentNo = need("studentNo").toUpperCase();
  const name = need("name");
  const sexText = get("sex");
  const sex = sexText === "男" ? "male" : sexText === "女" ? "female" : undefined;
  if (sexText !== "" && !sex)
    problems.push({ row, column: STUDENT_HEADERS.sex, message: `性别「${sexText}」应为 男 或 女` });
  const birthText = get("birthDate");
  const birthMatch = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(birthText);
  const birthDate = birthMatch
    ? `${birthMatch[1]}-${birthMatch[2]!.padStart(2, "0")}-${birthMatch[3]!.padStart(2, "0")}`
    : undefined;
  if (birthText !== "" && !birthDate) {
    problems.push({
      row,
      column: STUDENT_HEADERS.birthDate,
      message: `出生日期「${birthText}」格式应为 2012-09-01`,
    });
  }
  const schoolCode = get("schoolCode");
  const gradeText = need("grade");
  const grade = GRADE_BY_LABEL.get(gradeText);
  if (gradeText !== "" && grade === undefined) {
    problems.push({
      row,
      column: STUDENT_HEADERS.grade,
      message: `年级「${gradeText}」应为 1–12 或 一年级…高三`,
    });
  }
  const className = need("className");
  if (problems.length > 0) return { problems, value: null };
  const value: StudentSheetRow = {
    row,
    studentNo,
    name,
    sex,
    birthDate,
    schoolCode,
    grade: grade ?? 0,
    className,
  };
  return { problems, value };
}

export function readStudentHeader(cells: readonly SheetCell[]) {
  const columns = new Map<Key, number>();
  cells.forEach((cell, i) => {
    const text = cellText(cell);
    const key = (Object.keys(STUDENT_HEADERS) as Key[]).find((k) => STUDENT_HEADERS[k] === text);
    if (key) columns.set(key, i);
  });
  const problems: RowProblem[] = (["studentNo", "name", "grade", "className"] as const)
    .filter((k) => !columns.has(k))
    .map((k) => ({
      row: 1,
      column: STUDENT_HEADERS[k],
      message: `第 1 行缺少「${STUDENT_HEADERS[k]}」列：请使用系统下载的导入模板`,
    }));
  return { columns, problems };
}

/** The import's empty template (built by the import kernel): every column and what goes in it. */
export const STUDENT_TEMPLATE = {
  columns: [
    {
      header: STUDENT_HEADERS.studentNo,
      required: true,
      text: true,
      width: 22,
      note: "G 或 J 开头加 18 位证件号码，或 L 开头的临时学籍号；更新方式按此列匹配在册学生",
    },
    { header: STUDENT_HEADERS.name, required: true, note: "学生姓名" },
    {
      header: STUDENT_HEADERS.sex,
      required: false,
      note: "男 或 女；L 字头临时学籍号必填，其他可不填（由学籍号读出）",
    },
    {
      header: STUDENT_HEADERS.birthDate,
      required: false,
      note: "格式 YYYY-MM-DD，如 2012-09-01；可不填，填写时须与学籍号一致",
    },
    {
      header: STUDENT_HEADERS.schoolCode,
      required: false,
      text: true,
      width: 14,
      note: "10 位学校标识码；学校账号导入本校学生时可不填",
    },
    { header: STUDENT_HEADERS.school, required: false, width: 26, note: "学校名称，仅供核对，不导入" },
    { header: STUDENT_HEADERS.grade, required: true, note: "1–12，或 一年级…九年级、高一…高三" },
    { header: STUDENT_HEADERS.className, required: true, note: "如 3班" },
  ],
  notes: ["一行一名学生。只填需要新增或调整的学生，无需填写全部在册学生。"],
  fileName: "学生名册导入模板.xlsx",
  asciiName: "students-template.xlsx",
} as const satisfies ImportTemplate;

/** The student list as a workbook (the export). */
export async function studentWorkbook(rows: readonly (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(STUDENT_SHEET);
  sheet.addRow(Object.values(STUDENT_HEADERS)).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => (column.width = [22, 10, 6, 12, 14, 26, 8, 10][i] ?? 12));
  sheet.getColumn(1).numFmt = "@";
  return workbookBuffer(workbook);
}
