import { Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from "docx";
import {
  MILESTONE_STATUS_LABELS,
  TARGET_STATUS_LABELS,
  type StatusSummary,
  type TargetStatus,
} from "@edubureau/domain/work-plan";
import type { PlanEvaluation, TargetEvaluationView, TaskEvaluation } from "./plan-evaluation.ts";
import { MILESTONE_FILL, STATUS_FILL } from "./plan-status-colours.ts";
import {
  bodyText,
  chengwenDate,
  gongwenDocument,
  heading1,
  heading2,
  heading3,
  tableRun,
} from "../../platform/documents/gongwen.ts";
import type { AcceptedNarrative } from "./plan-progress.queries.ts";

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
/** Words for a target's comparator, as a 公文 writes them (no ≥ signs). */
const COMPARATOR_TEXT = { ">=": "不少于", "<=": "不超过", "=": "达到" } as const;
/** The next steps look this far ahead. */
const NEXT_STEPS_DAYS = 90;

const chineseOrdinal = (index: number) => CHINESE_NUMBERS[index] ?? String(index + 1);
/** "73.9%": one decimal, no space (GB/T 15835 writes numbers without thousands separators below 10,000). */
const pct = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;
function num(value: number | null): string {
  if (value === null) return "—";
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
  return text;
}
const withUnit = (value: number | null, unit: string) => (value === null ? "—" : `${num(value)}${unit}`);
/** "2019年7月1日" in the text, written like the 成文日期. */
const day = chengwenDate;

function cell(text: string, options: { bold?: boolean; shade?: string; width?: number } = {}): TableCell {
  return new TableCell({
    ...(options.width ? { width: { size: options.width, type: WidthType.PERCENTAGE } } : {}),
    ...(options.shade ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: options.shade } } : {}),
    children: [new Paragraph({ children: [tableRun(text, options.bold ?? false)] })],
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

const statusCell = (status: TargetStatus) =>
  cell(TARGET_STATUS_LABELS[status], { shade: STATUS_FILL[status] });

function countsSentence(summary: StatusSummary, total: number): string {
  const parts = SUMMARY_STATUSES.concat(["not_started"])
    .filter((s) => summary.counts[s] > 0)
    .map((s) => `${TARGET_STATUS_LABELS[s]}${summary.counts[s]}项`);
  return `共${total}项任务，${parts.join("，")}`;
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
  return [
    bodyText(
      `${e.plan.title}共部署${e.focusAreas.length}个重点领域、${e.tasks.length}项任务，` +
        `其中可量化目标${targets.length}项、工作节点${milestones.length}个。截至${day(e.today)}，` +
        `计划整体状态为“${TARGET_STATUS_LABELS[e.summary.status]}”，平均进度${pct(e.summary.progress)}。`,
    ),
    bodyText(`按任务统计：${countsSentence(e.summary, e.tasks.length)}。`),
    bodyText(
      `按目标统计：已完成${counts.completed}项，正常推进${counts.on_track}项，滞后${counts.lagging}项，` +
        `严重滞后${counts.seriously_lagging}项，逾期未完成${counts.overdue}项，未开始${counts.not_started}项；` +
        `工作节点已完成${done}个，逾期未完成${late}个。`,
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
  return withUnit(t.current, t.unit);
}

const targetLine = (t: TargetEvaluationView) =>
  `${COMPARATOR_TEXT[t.comparator]}${withUnit(t.targetValue, t.unit)}`;

function taskSection(
  task: TaskEvaluation,
  index: number,
  narratives: readonly AcceptedNarrative[],
): (Paragraph | Table)[] {
  const parts: (Paragraph | Table)[] = [
    heading3(`${index + 1}. ${task.title}`),
    bodyText(
      `牵头单位：${task.leadUnit.name}` +
        (task.coUnits.length > 0 ? `；配合单位：${task.coUnits.map((u) => u.name).join("、")}` : "") +
        `。任务状态：${TARGET_STATUS_LABELS[task.summary.status]}，进度${pct(task.summary.progress)}。`,
    ),
  ];
  const units = new Map(task.responsibleUnits.map((u) => [u.id, u.name]));
  for (const n of narratives.filter((x) => x.taskId === task.id)) {
    parts.push(bodyText(`${units.get(n.orgUnitId) ?? "责任单位"}报送：${n.narrative}`));
  }
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
          cell(day(m.dueDate)),
          cell(m.completedOn ? day(m.completedOn) : "—"),
          cell(MILESTONE_STATUS_LABELS[m.status], { shade: MILESTONE_FILL[m.status] }),
        ]),
        [52, 16, 16, 16],
      ),
    );
  }
  return parts;
}

/** 存在问题: targets seriously lagging or overdue, milestones past due, reports not in. */
function problems(e: PlanEvaluation): Paragraph[] {
  const lines: string[] = [];
  for (const task of e.tasks) {
    for (const t of task.targets.filter((x) => ALARM.includes(x.status))) {
      lines.push(
        `“${task.title}”的目标“${t.name}”${TARGET_STATUS_LABELS[t.status]}：${targetLine(t)}，当前${currentText(t)}（牵头单位：${task.leadUnit.name}）。`,
      );
    }
    for (const m of task.milestones.filter((x) => x.status === "late")) {
      lines.push(`“${task.title}”的工作节点“${m.name}”应于${day(m.dueDate)}完成，尚未完成。`);
    }
  }
  const missing = e.tasks.flatMap((task) =>
    task.reports.filter((r) => r.state === "overdue").map((r) => r.unit.name),
  );
  if (missing.length > 0) {
    lines.push(`${[...new Set(missing)].join("、")}有逾期未报送的进展报告。`);
  }
  if (lines.length === 0) return [bodyText("目前各项目标和工作节点均按计划推进，暂无严重滞后、逾期的事项。")];
  return lines.map((text, i) => bodyText(`${i + 1}. ${text}`));
}

/** 下一步工作: milestones due in the next three months, and what the lagging targets need. */
function nextSteps(e: PlanEvaluation): Paragraph[] {
  const horizon = new Date(Date.parse(`${e.today}T00:00:00Z`) + NEXT_STEPS_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const lines: string[] = [];
  const upcoming = e.tasks
    .flatMap((task) =>
      task.milestones
        .filter((m) => m.status !== "done" && m.dueDate >= e.today && m.dueDate <= horizon)
        .map((m) => ({ task, m })),
    )
    .sort((a, b) => a.m.dueDate.localeCompare(b.m.dueDate));
  for (const { task, m } of upcoming) {
    lines.push(`${task.leadUnit.name}在${day(m.dueDate)}前完成“${m.name}”。`);
  }
  const lagging = e.tasks.filter((task) =>
    task.targets.some((t) => ALARM.includes(t.status) || t.status === "lagging"),
  );
  if (lagging.length > 0) {
    lines.push(
      `对进度滞后的${lagging.length}项任务，由牵头单位分析原因、制定赶进度措施，纳入督办，按季度报送进展。`,
    );
  }
  if (lines.length === 0) return [bodyText("各责任单位继续按计划推进，按季度报送进展。")];
  return lines.map((text, i) => bodyText(`${i + 1}. ${text}`));
}

export const reportTitle = (e: PlanEvaluation) => `${e.plan.year}年工作计划执行情况报告`;

export interface ReportIssue {
  /** 发文字号, e.g. 长教通〔2019〕12号; null leaves the number for the clerk. */
  docNumber: string | null;
  /** 主送机关. */
  recipients: string;
}

export const DEFAULT_RECIPIENTS = "各区县（市）教育局，局机关各处室、直属各单位";

/**
 * 《关于{year}年工作计划执行情况的报告》 as a 公文 (GB/T 9704-2012, platform/documents/gongwen.ts): 总体情况 with
 * a summary table, each focus area's tasks with their units' own reports, targets and milestones, 存在问题 and
 * 下一步工作, signed by the plan's issuer and dated the day the figures stand at.
 */
export async function planReportDocument(
  e: PlanEvaluation,
  narratives: readonly AcceptedNarrative[],
  issue: ReportIssue = { docNumber: null, recipients: DEFAULT_RECIPIENTS },
): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    bodyText(`现将${e.plan.title}截至${day(e.today)}的执行情况报告如下。`),
    heading1("一、总体情况"),
    ...overview(e),
    summaryTable(e),
    heading1("二、各领域推进情况"),
  ];
  e.focusAreas.forEach((area, areaIndex) => {
    // The plan's own titles may carry their numbering ("八、…"); the report numbers them itself.
    body.push(
      heading2(`（${chineseOrdinal(areaIndex)}）${area.title.replace(/^[一二三四五六七八九十]+、/, "")}`),
    );
    body.push(
      bodyText(
        `本领域${area.taskIds.length}项任务，状态“${TARGET_STATUS_LABELS[area.status.status]}”，平均进度${pct(area.status.progress)}。`,
      ),
    );
    e.tasks
      .filter((t) => t.focusAreaId === area.id)
      .forEach((task, i) => body.push(...taskSection(task, i, narratives)));
  });
  body.push(heading1("三、存在问题"), ...problems(e), heading1("四、下一步工作"), ...nextSteps(e));
  return gongwenDocument({
    issuer: e.plan.issuer,
    docNumber: issue.docNumber,
    year: e.plan.year,
    title: `${e.plan.issuer}关于${e.plan.year}年工作计划执行情况的报告`,
    recipients: issue.recipients,
    body,
    signedOn: e.today,
    note: e.plan.demoDataNote,
  });
}
