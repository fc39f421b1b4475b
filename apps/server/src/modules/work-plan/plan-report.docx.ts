import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import {
  MILESTONE_STATUS_LABELS,
  TARGET_STATUS_LABELS,
  type StatusSummary,
  type TargetStatus,
} from "@edubureau/domain/work-plan";
import type { PlanEvaluation, TargetEvaluationView, TaskEvaluation } from "./plan-evaluation.ts";
import { MILESTONE_FILL, STATUS_FILL } from "./plan-status-colours.ts";
import { COMPARATOR_WORDS } from "./plan-workbook-sheets.ts";

// 公文 habit: 宋体 body, 黑体 headings; Latin digits in the same faces so numbers line up.
const BODY_FONT = { ascii: "SimSun", hAnsi: "SimSun", eastAsia: "宋体", cs: "SimSun" };
const HEADING_FONT = { ascii: "SimHei", hAnsi: "SimHei", eastAsia: "黑体", cs: "SimHei" };
/** Half-points: 四号 14 pt body, 五号 10.5 pt in tables. */
const BODY_SIZE = 28;
const TABLE_SIZE = 21;

/** Counted columns of the summary table, in the order a reader scans them: done first, worst last. */
const SUMMARY_STATUSES: readonly TargetStatus[] = [
  "completed",
  "on_track",
  "lagging",
  "seriously_lagging",
  "overdue",
];
const SUMMARY_HEADERS: Record<string, string> = { overdue: "逾期" };
const ALARM: readonly TargetStatus[] = ["seriously_lagging", "overdue"];
const CHINESE_NUMBERS = "一二三四五六七八九十";

const pct = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
const num = (value: number | null) => (value === null ? "—" : value.toLocaleString("zh-CN"));

function cell(text: string, options: { bold?: boolean; shade?: string; width?: number } = {}): TableCell {
  return new TableCell({
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    ...(options.shade ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: options.shade } } : {}),
    children: [
      new Paragraph({
        children: [new TextRun({ text, bold: options.bold ?? false, size: TABLE_SIZE })],
      }),
    ],
  });
}

function table(headers: readonly string[], rows: readonly TableCell[][], widths?: readonly number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: headers.map((h, i) =>
          cell(h, { bold: true, shade: "D9E1F2", ...(widths?.[i] ? { width: widths[i] } : {}) }),
        ),
      }),
      ...rows.map((children) => new TableRow({ children })),
    ],
  });
}

const body = (text: string) =>
  new Paragraph({
    spacing: { after: 120, line: 360 },
    indent: { firstLine: 560 },
    children: [new TextRun(text)],
  });

const statusCell = (status: TargetStatus) =>
  cell(TARGET_STATUS_LABELS[status], { shade: STATUS_FILL[status] });

function countsSentence(summary: StatusSummary, total: number): string {
  const parts = SUMMARY_STATUSES.concat(["not_started"])
    .filter((s) => summary.counts[s] > 0)
    .map((s) => `${TARGET_STATUS_LABELS[s]} ${summary.counts[s]} 项`);
  return `共 ${total} 项任务，${parts.join("，")}`;
}

function targetCounts(targets: readonly TargetEvaluationView[]): Record<TargetStatus, number> {
  const counts = { not_started: 0, on_track: 0, lagging: 0, seriously_lagging: 0, completed: 0, overdue: 0 };
  for (const t of targets) counts[t.status] += 1;
  return counts;
}

function overview(e: PlanEvaluation): Paragraph[] {
  const targets = e.tasks.flatMap((t) => t.targets);
  const milestones = e.tasks.flatMap((t) => t.milestones);
  const counts = targetCounts(targets);
  const done = milestones.filter((m) => m.status === "done").length;
  const late = milestones.filter((m) => m.status === "late").length;
  const alarm = counts.seriously_lagging + counts.overdue;
  return [
    body(
      `${e.plan.title}共部署 ${e.focusAreas.length} 个重点领域、${e.tasks.length} 项任务，` +
        `其中可量化目标 ${targets.length} 项、工作节点 ${milestones.length} 个。截至 ${e.today}，` +
        `计划整体状态为“${TARGET_STATUS_LABELS[e.summary.status]}”，平均进度 ${pct(e.summary.progress)}。`,
    ),
    body(`按任务统计：${countsSentence(e.summary, e.tasks.length)}。`),
    body(
      `按目标统计：已完成 ${counts.completed} 项，正常推进 ${counts.on_track} 项，滞后 ${counts.lagging} 项，` +
        `严重滞后 ${counts.seriously_lagging} 项，逾期未完成 ${counts.overdue} 项，未开始 ${counts.not_started} 项；` +
        `工作节点已完成 ${done} 个，逾期未完成 ${late} 个。` +
        (alarm > 0
          ? `严重滞后和逾期的 ${alarm} 项目标列于文末，请责任单位加快推进。`
          : "暂无严重滞后或逾期的目标。"),
    ),
  ];
}

function summaryTable(e: PlanEvaluation): Table {
  const rows = e.focusAreas.map((area) => {
    const tasks = e.tasks.filter((t) => t.focusAreaId === area.id);
    const counts = targetCounts(tasks.flatMap((t) => t.targets));
    return [
      cell(area.title),
      cell(String(tasks.length)),
      cell(String(tasks.reduce((n, t) => n + t.targets.length, 0))),
      ...SUMMARY_STATUSES.map((s) => cell(String(counts[s]))),
      cell(pct(area.status.progress)),
    ];
  });
  const all = e.tasks.flatMap((t) => t.targets);
  const totals = targetCounts(all);
  rows.push([
    cell("合计", { bold: true }),
    cell(String(e.tasks.length), { bold: true }),
    cell(String(all.length), { bold: true }),
    ...SUMMARY_STATUSES.map((s) => cell(String(totals[s]), { bold: true })),
    cell(pct(e.summary.progress), { bold: true }),
  ]);
  const headers = [
    "重点领域",
    "任务",
    "目标",
    ...SUMMARY_STATUSES.map((s) => SUMMARY_HEADERS[s] ?? TARGET_STATUS_LABELS[s]),
    "平均进度",
  ];
  return table(headers, rows, [31, 7, 7, 9, 10, 7, 10, 7, 12]);
}

/** A bound target without a figure has no data yet; a reported one has not been reported. */
function currentText(t: TargetEvaluationView): string {
  if (t.current === null) return t.bound ? "暂无数据" : "未报";
  return `${num(t.current)} ${t.unit}`;
}

function targetLine(t: TargetEvaluationView): string {
  return `${COMPARATOR_WORDS[t.comparator]} ${num(t.targetValue)} ${t.unit}`;
}

function taskSection(task: TaskEvaluation, index: number): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      children: [new TextRun(`（${CHINESE_NUMBERS[index] ?? index + 1}）${task.title}`)],
    }),
    body(
      `牵头单位：${task.leadUnit.name}` +
        (task.coUnits.length > 0 ? `；配合单位：${task.coUnits.map((u) => u.name).join("、")}` : "") +
        `。任务状态：${TARGET_STATUS_LABELS[task.summary.status]}，进度 ${pct(task.summary.progress)}。`,
    ),
  ];
  if (task.targets.length > 0) {
    parts.push(
      table(
        ["目标", "目标值", "当前值", "进度", "状态"],
        task.targets.map((t) => [
          cell(t.name),
          cell(targetLine(t)),
          cell(currentText(t)),
          cell(pct(t.progress)),
          statusCell(t.status),
        ]),
        [40, 16, 16, 12, 16],
      ),
    );
  }
  if (task.milestones.length > 0) {
    parts.push(
      table(
        ["工作节点", "完成期限", "完成日期", "状态"],
        task.milestones.map((m) => [
          cell(m.name),
          cell(m.dueDate),
          cell(m.completedOn ?? "—"),
          cell(MILESTONE_STATUS_LABELS[m.status], { shade: MILESTONE_FILL[m.status] }),
        ]),
        [52, 16, 16, 16],
      ),
    );
  }
  return parts;
}

function alarmSection(e: PlanEvaluation): (Paragraph | Table)[] {
  const rows = e.tasks.flatMap((task) =>
    task.targets.filter((t) => ALARM.includes(t.status)).map((t) => ({ task, t })),
  );
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    children: [new TextRun("附：严重滞后和逾期未完成的目标")],
  });
  if (rows.length === 0) return [heading, body("无。")];
  return [
    heading,
    table(
      ["任务", "目标", "牵头单位", "目标值", "当前值", "进度", "状态"],
      rows.map(({ task, t }) => [
        cell(`${task.code} ${task.title}`),
        cell(t.name),
        cell(task.leadUnit.name),
        cell(targetLine(t)),
        cell(currentText(t)),
        cell(pct(t.progress)),
        statusCell(t.status),
      ]),
      [20, 24, 14, 12, 10, 10, 10],
    ),
  ];
}

export const reportTitle = (e: PlanEvaluation) => `${e.plan.year}年工作计划执行情况报告`;

/**
 * 《{year}年工作计划执行情况报告》 as an editable Word file: overview, a summary table by focus area,
 * every task with its targets and milestones, and the targets that need the leaders' attention.
 */
export async function planReportDocument(e: PlanEvaluation): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(reportTitle(e))],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: `${e.plan.issuer} · 数据截至 ${e.today}`, size: 24 })],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("总体情况")] }),
    ...overview(e),
    summaryTable(e),
  ];
  e.focusAreas.forEach((area) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(area.title)] }));
    children.push(
      body(
        `本领域 ${area.taskIds.length} 项任务，状态“${TARGET_STATUS_LABELS[area.status.status]}”，平均进度 ${pct(area.status.progress)}。`,
      ),
    );
    e.tasks
      .filter((t) => t.focusAreaId === area.id)
      .forEach((task, i) => children.push(...taskSection(task, i)));
  });
  children.push(...alarmSection(e));
  if (e.plan.demoDataNote) {
    children.push(
      new Paragraph({
        spacing: { before: 240 },
        children: [new TextRun({ text: `说明：${e.plan.demoDataNote}`, size: TABLE_SIZE, italics: true })],
      }),
    );
  }
  const heading = (size: number) => ({ run: { font: HEADING_FONT, size, bold: false, color: "000000" } });
  const doc = new Document({
    creator: "EduBureau",
    title: reportTitle(e),
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: BODY_SIZE } },
        title: { ...heading(44), paragraph: { spacing: { after: 120 } } },
        heading1: { ...heading(32), paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { ...heading(28), paragraph: { spacing: { before: 240, after: 80 } } },
      },
    },
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(doc);
}
