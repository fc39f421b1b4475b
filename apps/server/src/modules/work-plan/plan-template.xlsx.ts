import ExcelJS from "exceljs";
import { BINDING_MEASURES, type PlanFile } from "@edubureau/domain/work-plan";
import {
  COMPARATOR_WORDS,
  FOCUS_AREA_SHEET,
  FREQUENCY_WORDS,
  GUIDE_SHEET_NAME,
  MILESTONE_SHEET,
  PLAN_FIELDS,
  PLAN_SHEET,
  SHARE_SHEET,
  TABLE_SHEETS,
  TARGET_SHEET,
  TASK_SHEET,
  UNIT_SHEET_NAME,
  type PlanSheet,
} from "./plan-workbook-sheets.ts";
import { workbookBuffer } from "../../platform/export-cells.ts";

type Cell = string | number | null;

export interface TemplateUnit {
  code: string;
  name: string;
  kind: string;
}

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const REQUIRED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } };
const KIND_WORDS: Record<string, string> = { division: "处室", district: "区县", city: "市" };

/** A plan file as the rows of each template sheet, in the order the columns are declared. */
export function planFileRows(plan: PlanFile): Map<string, Cell[][]> {
  const meta = plan.plan;
  const planValues: Record<string, Cell> = {
    year: meta.year,
    "city.name": meta.city.name,
    "city.code": meta.city.code,
    title: meta.title,
    issuer: meta.issuer,
    publishDate: meta.publishDate,
    sourceUrl: meta.sourceUrl,
    sourceNote: meta.sourceNote,
    reportingFrequency: FREQUENCY_WORDS[meta.reportingFrequency],
    demoDataNote: meta.demoDataNote,
  };
  const rows = new Map<string, Cell[][]>();
  rows.set(
    PLAN_SHEET.name,
    PLAN_FIELDS.map((f) => [f.header, planValues[f.key] ?? null, f.hint]),
  );
  rows.set(
    FOCUS_AREA_SHEET.name,
    plan.focusAreas.map((a) => [a.code, a.seq, a.title, a.summary]),
  );
  rows.set(
    TASK_SHEET.name,
    plan.tasks.map((t) => [t.code, t.focusArea, t.title, t.text, t.leadUnit, t.coUnits.join("、")]),
  );
  const targets = plan.tasks.flatMap((task) => task.targets.map((target) => ({ task, target })));
  rows.set(
    TARGET_SHEET.name,
    targets.map(({ task, target: g }) => [
      g.code,
      task.code,
      g.name,
      g.unit,
      g.baseline,
      g.targetValue,
      COMPARATOR_WORDS[g.comparator],
      g.startDate,
      g.deadline,
      g.source,
      g.binding.kind === "indicator" ? g.binding.measure : null,
      g.binding.kind === "indicator" ? JSON.stringify(g.binding.filter) : null,
    ]),
  );
  rows.set(
    MILESTONE_SHEET.name,
    plan.tasks.flatMap((task) => task.milestones.map((m) => [m.code, task.code, m.name, m.dueDate])),
  );
  rows.set(
    SHARE_SHEET.name,
    targets.flatMap(({ target }) => (target.districtShares ?? []).map((s) => [target.code, s.unit, s.value])),
  );
  return rows;
}

function addTableSheet(workbook: ExcelJS.Workbook, sheet: PlanSheet, rows: readonly Cell[][]): void {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", ySplit: 1 }] });
  // Codes and dates as text, so Excel keeps 430102 and 2019-01-01 exactly as typed.
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    style:
      c.key === "targetValue" || c.key === "baseline" || c.key === "seq" || c.key === "value"
        ? {}
        : { numFmt: "@" },
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = c.required ? REQUIRED_FILL : HEADER_FILL;
    if (c.hint) cell.note = `${c.required ? "必填。" : "选填。"}${c.hint}`;
  });
  for (const row of rows) ws.addRow(row).alignment = { vertical: "top", wrapText: true };
}

function addGuideSheet(workbook: ExcelJS.Workbook): void {
  const ws = workbook.addWorksheet(GUIDE_SHEET_NAME);
  ws.columns = [
    { header: "工作表", width: 12 },
    { header: "列", width: 14 },
    { header: "是否必填", width: 10 },
    { header: "说明", width: 80 },
  ];
  ws.getRow(1).font = { bold: true };
  const rule = (text: string) => ws.addRow(["导入规则", "", "", text]);
  rule("计划表逐行填写字段的内容；其余各表第 1 行为表头，从第 2 行起每行一条，请勿改动工作表名称和表头。");
  rule("导入前检查整个工作簿：任何一处有误则整个计划都不导入，并按“工作表 / 行 / 列”列出全部问题。");
  rule("同一城市同一年度的计划再次导入时按编号更新；工作簿中不再出现的任务、目标和节点会被删除。");
  rule("每项任务至少要有一个目标或一个节点；目标用于数量承诺，节点用于定性工作。");
  for (const field of PLAN_FIELDS)
    ws.addRow([PLAN_SHEET.name, field.header, field.required ? "必填" : "选填", field.hint]);
  for (const sheet of TABLE_SHEETS) {
    for (const c of sheet.columns) ws.addRow([sheet.name, c.header, c.required ? "必填" : "选填", c.hint]);
  }
  ws.addRow([]);
  ws.addRow(["绑定指标", "代码", "单位", "含义（留空则由牵头处室填报数值）"]).font = { bold: true };
  for (const [code, measure] of Object.entries(BINDING_MEASURES)) {
    ws.addRow(["绑定指标", code, measure.units.join("/"), measure.label]);
  }
  ws.getColumn(4).alignment = { wrapText: true, vertical: "top" };
}

function addUnitSheet(workbook: ExcelJS.Workbook, units: readonly TemplateUnit[]): void {
  const ws = workbook.addWorksheet(UNIT_SHEET_NAME, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    { header: "编码", width: 12, style: { numFmt: "@" } },
    { header: "名称", width: 24 },
    { header: "类别", width: 8 },
  ];
  ws.getRow(1).font = { bold: true };
  for (const u of units) ws.addRow([u.code, u.name, KIND_WORDS[u.kind] ?? u.kind]);
}

/**
 * The plan template (empty), or a plan written into it as a filled example. `units` lists the codes
 * the city's plans may name, so whoever fills it in need not guess them.
 */
export async function planTemplateWorkbook(options: {
  plan?: PlanFile;
  units: readonly TemplateUnit[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduBureau";
  const rows = options.plan ? planFileRows(options.plan) : undefined;
  const planRows = rows?.get(PLAN_SHEET.name) ?? PLAN_FIELDS.map((f) => [f.header, null, f.hint]);
  addTableSheet(workbook, PLAN_SHEET, planRows);
  for (const sheet of TABLE_SHEETS) addTableSheet(workbook, sheet, rows?.get(sheet.name) ?? []);
  addGuideSheet(workbook);
  addUnitSheet(workbook, options.units);
  return workbookBuffer(workbook);
}
