import ExcelJS from "exceljs";
import {
  MILESTONE_STATUS_LABELS,
  TARGET_STATUS_LABELS,
  type TargetStatus,
} from "@edubureau/domain/work-plan";
import type { PlanEvaluation } from "./plan-evaluation.ts";
import { COMPARATOR_WORDS } from "./plan-workbook-sheets.ts";
import { MILESTONE_FILL, STATUS_FILL } from "./plan-status-colours.ts";
import { workbookBuffer } from "../../platform/export-cells.ts";

// No width is exactly 9: ExcelJS takes 9 for its default and leaves such a column out of <cols>.
interface Column {
  header: string;
  width: number;
  numFmt?: string;
}

const NUMBER = "#,##0.##";
const PERCENT = "0.0%";

const TARGET_COLUMNS: Column[] = [
  { header: "重点领域", width: 22 },
  { header: "任务编号", width: 8 },
  { header: "任务", width: 24 },
  { header: "牵头单位", width: 14 },
  { header: "目标编号", width: 10 },
  { header: "目标", width: 26 },
  { header: "单位", width: 6 },
  { header: "基线", width: 8, numFmt: NUMBER },
  { header: "比较", width: 6 },
  { header: "目标值", width: 10, numFmt: NUMBER },
  { header: "当前值", width: 10, numFmt: NUMBER },
  { header: "进度", width: 8, numFmt: PERCENT },
  { header: "状态", width: 11 },
  { header: "开始日期", width: 11 },
  { header: "截止日期", width: 11 },
  { header: "数据来源", width: 20 },
  { header: "原文引用", width: 36 },
];

const SHARE_COLUMNS: Column[] = [
  { header: "目标编号", width: 10 },
  { header: "目标", width: 26 },
  { header: "单位", width: 6 },
  { header: "区县", width: 12 },
  { header: "分解目标值", width: 10, numFmt: NUMBER },
  { header: "当前值", width: 10, numFmt: NUMBER },
  { header: "进度", width: 8, numFmt: PERCENT },
  { header: "状态", width: 11 },
];

const MILESTONE_COLUMNS: Column[] = [
  { header: "重点领域", width: 22 },
  { header: "任务编号", width: 8 },
  { header: "任务", width: 24 },
  { header: "牵头单位", width: 14 },
  { header: "节点编号", width: 10 },
  { header: "节点", width: 40 },
  { header: "完成期限", width: 11 },
  { header: "完成日期", width: 11 },
  { header: "状态", width: 10 },
];

const fill = (rgb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: `FF${rgb}` },
});

function addSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[]): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center" };
  header.eachCell((cell) => {
    cell.fill = fill("D9E1F2");
    cell.border = { bottom: { style: "thin" } };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

function colourStatus(row: ExcelJS.Row, column: number, status: TargetStatus): void {
  row.getCell(column).fill = fill(STATUS_FILL[status]);
}

/**
 * 工作计划目标清单: every target with its live value and status, the district shares, and the
 * milestones. Progress is a fraction shown as a percentage so it can still be summed or charted.
 */
export async function planExportWorkbook(e: PlanEvaluation): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduBureau";
  workbook.title = `${e.plan.title} 目标清单（截至 ${e.today}）`;
  const areaOf = new Map(e.focusAreas.map((a) => [a.id, a.title]));

  const targets = addSheet(workbook, "目标", TARGET_COLUMNS);
  const shares = addSheet(workbook, "区县分解", SHARE_COLUMNS);
  const milestones = addSheet(workbook, "节点", MILESTONE_COLUMNS);
  for (const task of e.tasks) {
    const area = areaOf.get(task.focusAreaId) ?? "";
    for (const g of task.targets) {
      const row = targets.addRow([
        area,
        task.code,
        task.title,
        task.leadUnit.name,
        g.code,
        g.name,
        g.unit,
        g.baseline,
        COMPARATOR_WORDS[g.comparator],
        g.targetValue,
        g.current,
        g.progress,
        TARGET_STATUS_LABELS[g.status],
        g.startDate,
        g.deadline,
        g.bound ? `系统统计：${g.source}` : g.source,
        g.sourceQuote,
      ]);
      colourStatus(row, 13, g.status);
      for (const s of g.shares) {
        const shareRow = shares.addRow([
          g.code,
          g.name,
          g.unit,
          s.unit.name,
          s.targetValue,
          s.current,
          s.progress,
          TARGET_STATUS_LABELS[s.status],
        ]);
        colourStatus(shareRow, 8, s.status);
      }
    }
    for (const m of task.milestones) {
      const row = milestones.addRow([
        area,
        task.code,
        task.title,
        task.leadUnit.name,
        m.code,
        m.name,
        m.dueDate,
        m.completedOn,
        MILESTONE_STATUS_LABELS[m.status],
      ]);
      row.getCell(9).fill = fill(MILESTONE_FILL[m.status]);
    }
  }
  for (const ws of [targets, shares, milestones]) {
    ws.eachRow((row, n) => {
      if (n > 1) row.alignment = { vertical: "top", wrapText: true };
    });
  }
  return workbookBuffer(workbook);
}
