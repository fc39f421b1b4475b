import ExcelJS from "exceljs";
import {
  EMPLOYMENT_KINDS,
  ESTABLISHMENT_LABELS,
  TEACHER_POST_LABELS,
  TEACHER_POSTS,
  TEACHER_TITLE_LABELS,
  TEACHER_TITLES,
  TEACHING_STAGE_LABELS,
  TEACHING_STAGES,
} from "@edubureau/domain/teachers";
import type { SheetCell } from "@edubureau/domain/registry";
import { workbookBuffer } from "../../platform/export-cells.ts";

export const TEACHER_SHEET_NAME = "教师名录";

/** Columns of the 教师名录 workbook, in order; headers are what import matches on. */
export const TEACHER_COLUMNS = [
  { key: "teacherNumber", header: "教师编号", required: true },
  { key: "name", header: "姓名", required: true },
  { key: "idNumber", header: "身份证件号码", required: true },
  { key: "institutionCode", header: "学校标识码", required: true },
  { key: "post", header: "岗位", required: true },
  { key: "subject", header: "任教学科", required: true },
  { key: "stage", header: "任教学段", required: true },
  { key: "title", header: "职称", required: true },
  { key: "employment", header: "编制情况", required: true },
  { key: "qualificationType", header: "教师资格种类", required: false },
  { key: "qualificationSubject", header: "资格任教学科", required: false },
  { key: "qualificationNumber", header: "资格证书编号", required: false },
  { key: "firstRegisteredOn", header: "首次注册日期", required: false },
  { key: "registeredOn", header: "最近注册日期", required: false },
] as const;
export type TeacherColumnKey = (typeof TEACHER_COLUMNS)[number]["key"];

/** Label ↔ code for the columns with a fixed list. */
export const CHOICES = {
  post: Object.fromEntries(TEACHER_POSTS.map((p) => [TEACHER_POST_LABELS[p], p])),
  stage: Object.fromEntries(TEACHING_STAGES.map((s) => [TEACHING_STAGE_LABELS[s], s])),
  title: Object.fromEntries(TEACHER_TITLES.map((s) => [TEACHER_TITLE_LABELS[s], s])),
  employment: Object.fromEntries(EMPLOYMENT_KINDS.map((s) => [ESTABLISHMENT_LABELS[s], s])),
} as const satisfies Partial<Record<TeacherColumnKey, Record<string, string>>>;

export async function teacherWorkbook(rows: readonly SheetCell[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(TEACHER_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = TEACHER_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.key === "idNumber" ? 22 : 14,
    // Numbers as text: Excel would otherwise round an 18-digit ID number.
    style: { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return workbookBuffer(workbook);
}
