import ExcelJS from "exceljs";
import { workbookBuffer } from "../export-cells.ts";
import type { ImportMode, ImportTemplate } from "./sheet-import.types.ts";

export const GUIDE_SHEET = "填写说明";

const MODE_LINES = (key: string, defaultMode: ImportMode) => [
  `导入方式：“新增”只登记新记录，${key}已在册的行会被列为问题；“更新”按${key}匹配已在册的记录并以表中内容更新，${key}未在册的行作为新记录登记。`,
  `不选择时按“${defaultMode === "upsert" ? "更新" : "新增"}”导入。更新只能修改您管理范围内的记录。`,
];

/**
 * An import's empty template: the data sheet with its header row only (required headers in red, each
 * header's note on hover), and a 填写说明 sheet listing every column — required or not, allowed values and
 * formats. No data rows, so a clerk who adds one row uploads one row.
 */
export async function importTemplateWorkbook(
  sheetName: string,
  template: ImportTemplate,
  upsert?: { key: string; defaultMode: ImportMode },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = template.columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.max(12, column.header.length * 2 + 4),
    ...(column.text ? { style: { numFmt: "@" } } : {}),
  }));
  template.columns.forEach((column, i) => {
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.font = { bold: true, ...(column.required ? { color: { argb: "FFC00000" } } : {}) };
    const note = [column.required ? "必填" : "选填", column.note].filter(Boolean).join("。");
    cell.note = note;
  });

  const guide = workbook.addWorksheet(GUIDE_SHEET);
  guide.getColumn(1).width = 22;
  guide.getColumn(2).width = 10;
  guide.getColumn(3).width = 90;
  const lines = [
    `在“${sheetName}”工作表第 2 行起逐行填写，请勿修改第 1 行表头；红色表头为必填列。`,
    ...(template.notes ?? []),
    ...(upsert ? MODE_LINES(upsert.key, upsert.defaultMode) : []),
  ];
  for (const line of lines) guide.addRow([line]);
  guide.addRow([]);
  guide.addRow(["列名", "是否必填", "填写要求"]).font = { bold: true };
  for (const column of template.columns)
    guide.addRow([column.header, column.required ? "必填" : "选填", column.note ?? ""]);
  return workbookBuffer(workbook);
}
