import ExcelJS from "exceljs";
import type { RowProblem } from "@edubureau/domain/registry";
import { workbookBuffer } from "../export-cells.ts";

/** A refused import's problems as a workbook: 行号, 列, 问题, every problem the job kept, in its order. */
export async function problemsWorkbook(
  fileName: string,
  problems: readonly RowProblem[],
  total: number,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("错误清单", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: "行号", width: 8 },
    { header: "列", width: 18 },
    { header: "问题", width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const p of problems) sheet.addRow([p.row, p.column, p.message]);
  const info = workbook.addWorksheet("说明");
  info.getColumn(1).width = 90;
  info.addRow([`导入文件：${fileName}`]);
  info.addRow([`共发现 ${total} 处问题，未导入任何数据。请按错误清单修改后重新上传。`]);
  if (total > problems.length) info.addRow([`错误清单列出前 ${problems.length} 处问题。`]);
  return workbookBuffer(workbook);
}
