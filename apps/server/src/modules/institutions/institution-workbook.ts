import ExcelJS from "exceljs";
import {
  INSTITUTION_COLUMNS,
  INSTITUTION_SHEET_NAME,
  INSTITUTION_STATUS_LABELS,
  INSTITUTION_TEMPLATE_VERSION,
  INSTITUTION_TYPE_LABELS,
  OWNERSHIP_LABELS,
  TEMPLATE_INFO_SHEET_NAME,
  TEMPLATE_VERSION_LABEL,
  type InstitutionColumnKey,
  type SheetCell,
} from "@edubureau/domain/registry";
import { workbookBuffer } from "../../platform/export-cells.ts";

const CHOICES: Partial<Record<InstitutionColumnKey, string[]>> = {
  type: Object.values(INSTITUTION_TYPE_LABELS),
  ownership: Object.values(OWNERSHIP_LABELS),
  inclusive: ["是", "否"],
  groupLead: ["是", "否"],
  status: Object.values(INSTITUTION_STATUS_LABELS),
};

const WIDTHS: Partial<Record<InstitutionColumnKey, number>> = {
  code: 14,
  name: 28,
  type: 14,
  educationGroup: 20,
  street: 14,
  address: 32,
};

/** Drop-down lists reach this many rows below the data, so new rows typed by hand get them too. */
const LIST_ROWS_BEYOND_DATA = 2000;

// ExcelJS supports range validations (DataValidations.add) but its typings do not declare them.
type WithValidations = { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } };

function addDataSheet(workbook: ExcelJS.Workbook, rows: readonly SheetCell[][]): void {
  const sheet = workbook.addWorksheet(INSTITUTION_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = INSTITUTION_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: WIDTHS[column.key] ?? 11,
    // 学校标识码 as text: Excel would otherwise show 2.14E+09 and drop leading zeros.
    ...(column.key === "code" ? { style: { numFmt: "@" } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  INSTITUTION_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.fill = {
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: column.required ? "FFFCE4D6" : "FFDDEBF7" },
    };
    cell.note = `${column.required ? "必填。" : "选填。"}${column.hint}`;
  });
  for (const row of rows) sheet.addRow(row);

  const lastRow = rows.length + 1 + LIST_ROWS_BEYOND_DATA;
  INSTITUTION_COLUMNS.forEach((column, index) => {
    const choices = CHOICES[column.key];
    if (!choices) return;
    const letter = sheet.getColumn(index + 1).letter;
    (sheet as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${choices.join(",")}"`],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `请从列表中选择：${choices.join("、")}`,
    });
  });
}

function addGuideSheet(workbook: ExcelJS.Workbook): void {
  const guide = workbook.addWorksheet("填写说明");
  guide.columns = [
    { header: "列名", width: 14 },
    { header: "是否必填", width: 10 },
    { header: "说明", width: 60 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const column of INSTITUTION_COLUMNS) {
    guide.addRow([column.header, column.required ? "必填" : "选填", column.hint]);
  }
  guide.addRow([]);
  guide.addRow([
    TEMPLATE_VERSION_LABEL,
    INSTITUTION_TEMPLATE_VERSION,
    "请勿修改工作表名称、列名和隐藏的“模板信息”工作表",
  ]);
  guide.addRow(["导入规则", "", "按学校标识码新增或更新；任一行有误则整表不导入，并列出所有问题"]);
  guide.addRow([
    "导入方式",
    "",
    "“更新”（默认）：学校标识码已登记的机构按表中内容更新，未登记的新增；“新增”：只登记新机构，已登记的学校标识码列为问题",
  ]);
}

/**
 * The 机构名录 workbook: the empty template, or an export that can be edited and imported again.
 * A hidden sheet carries the template version the import checks.
 */
export async function institutionWorkbook(rows: readonly SheetCell[][] = []): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduBureau";
  addDataSheet(workbook, rows);
  addGuideSheet(workbook);
  const info = workbook.addWorksheet(TEMPLATE_INFO_SHEET_NAME, { state: "hidden" });
  info.addRow([TEMPLATE_VERSION_LABEL, INSTITUTION_TEMPLATE_VERSION]);
  return workbookBuffer(workbook);
}
