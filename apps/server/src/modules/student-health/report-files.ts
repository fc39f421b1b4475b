import { Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import ExcelJS from "exceljs";
import type { HealthRates } from "./health-rates.ts";
import type { ChildLine, MonitoringReport } from "./monitoring-report.ts";
import { workbookBuffer } from "../../platform/export-cells.ts";
import { bodyText, gongwenDocument, heading1, tableRun } from "../../platform/documents/gongwen.ts";

/** 学生体质健康监测报告 as an editable Word document and an Excel workbook, from the same figures. */
const pct = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? "—" : `${(rate * 100).toFixed(1)}%`;
const pts = (delta: number | null | undefined) =>
  delta === null || delta === undefined ? "—" : `${delta >= 0 ? "+" : ""}${(delta * 100).toFixed(1)}`;
const diff = (a: number | null, b: number | null | undefined) =>
  a === null || b === null || b === undefined ? null : a - b;

const SEX_TEXT = { all: "合计", male: "男", female: "女" } as const;

export const RATE_COLUMNS = [
  { key: "myopiaRate", label: "近视率" },
  { key: "poorVisionRate", label: "视力不良率" },
  { key: "passRate", label: "体测及格率" },
  { key: "goodRate", label: "体测优良率" },
  { key: "overweightRate", label: "超重率" },
  { key: "obesityRate", label: "肥胖率" },
] as const satisfies readonly { key: keyof HealthRates; label: string }[];

function rateCells(current: HealthRates, previous: HealthRates | null): string[] {
  return RATE_COLUMNS.flatMap(({ key }) => [pct(current[key]), pts(diff(current[key], previous?.[key]))]);
}

const RATE_HEADERS = RATE_COLUMNS.flatMap(({ label }) => [label, "同比(百分点)"]);

interface Sheet {
  title: string;
  headers: string[];
  rows: string[][];
}

function sheets(report: MonitoringReport): Sheet[] {
  const overallRows = [
    [
      report.schoolYear,
      String(report.overall.current.screened),
      String(report.overall.current.tested),
      ...rateCells(report.overall.current, report.overall.previous),
    ],
  ];
  const result: Sheet[] = [
    { title: "总体情况", headers: ["学年", "视力筛查人数", "体测人数", ...RATE_HEADERS], rows: overallRows },
    {
      title: "分年级分性别",
      headers: ["年级", "性别", "视力筛查人数", "体测人数", ...RATE_HEADERS],
      rows: [
        ...report.bySex.map((s) => [
          "全部年级",
          SEX_TEXT[s.sex],
          String(s.current.screened),
          String(s.current.tested),
          ...rateCells(s.current, s.previous),
        ]),
        ...report.byGrade.map((g) => [
          g.gradeLabel,
          SEX_TEXT[g.sex],
          String(g.current.screened),
          String(g.current.tested),
          ...rateCells(g.current, g.previous),
        ]),
      ],
    },
  ];
  if (report.childKind) {
    result.push({
      title: report.childKind === "district" ? "各区县" : "各学校",
      headers: [
        report.childKind === "district" ? "区县" : "学校",
        "视力筛查人数",
        "体测人数",
        ...RATE_HEADERS,
      ],
      rows: report.children.map((c) => [
        c.name,
        String(c.current.screened),
        String(c.current.tested),
        ...rateCells(c.current, c.previous),
      ]),
    });
  }
  const changeRows = (
    lines: ChildLine[],
    pick: (l: ChildLine) => number | null,
    key: "myopiaRate" | "goodRate",
  ) =>
    lines.map((l, i) => [String(i + 1), l.name, pct(l.previous?.[key]), pct(l.current[key]), pts(pick(l))]);
  if (report.largestChanges.myopia.length > 0 || report.largestChanges.goodRate.length > 0) {
    result.push({
      title: "变化最大的学校",
      headers: ["序号", "学校", `${report.previousYear}`, `${report.schoolYear}`, "变化(百分点)"],
      rows: [
        ["近视率", "", "", "", ""],
        ...changeRows(report.largestChanges.myopia, (l) => l.myopiaChange, "myopiaRate"),
        ["体测优良率", "", "", "", ""],
        ...changeRows(report.largestChanges.goodRate, (l) => l.goodRateChange, "goodRate"),
      ],
    });
  }
  result.push({
    title: "历年趋势",
    headers: ["学年", "视力筛查人数", "体测人数", ...RATE_COLUMNS.map((c) => c.label)],
    rows: report.trend.map((t) => [
      t.schoolYear,
      String(t.rates.screened),
      String(t.rates.tested),
      ...RATE_COLUMNS.map((c) => pct(t.rates[c.key])),
    ]),
  });
  return result;
}

export function reportTitle(report: MonitoringReport): string {
  return `${report.unit.name}${report.schoolYear}学年学生体质健康监测报告`;
}

function targetsText(report: MonitoringReport): string[] {
  const t = report.targets;
  const lines = [
    `近视防控目标（教育部等八部门《综合防控儿童青少年近视实施方案》，2018年）：总体近视率在2018年基础上每年至少降低0.5个百分点；到2030年小学生低于${pct(t.myopia2030.primary)}、初中生低于${pct(t.myopia2030.junior)}、高中阶段低于${pct(t.myopia2030.senior)}。`,
  ];
  if (t.myopiaThisYear !== null) {
    lines.push(
      `本学年近视率目标上限 ${pct(t.myopiaThisYear)}（2018学年基线 ${pct(t.myopiaBaseline)}），实际 ${pct(report.overall.current.myopiaRate)}。`,
    );
  }
  lines.push(
    `体质健康目标（健康中国行动）：国家学生体质健康标准达标优良率到2022年达到${pct(t.goodRate2022)}及以上、到2030年达到${pct(t.goodRate2030)}及以上；本学年优良率 ${pct(report.overall.current.goodRate)}。`,
  );
  return lines;
}

function docTable(sheet: Sheet): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [tableRun(text, bold)] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: sheet.headers.map((h) => cell(h, true)) }),
      ...sheet.rows.map((row) => new TableRow({ children: row.map((v) => cell(v)) })),
    ],
  });
}

/**
 * 体质健康监测报告 as a 公文 (GB/T 9704-2012, platform/documents/gongwen.ts), issued by the unit's education
 * bureau (长沙市教育局 for the city, 芙蓉区教育局 for a district) and dated the day it is made.
 */
export async function reportDocx(report: MonitoringReport, signedOn: string): Promise<Buffer> {
  const issuer = `${report.unit.name}教育局`;
  const body: (Paragraph | Table)[] = [
    bodyText(
      `依据《国家学生体质健康标准（2014年修订）》、WS/T 663-2020《中小学生屈光不正筛查规范》和WS/T 586-2018《学龄儿童青少年超重与肥胖筛查》，现将${report.schoolYear}学年视力筛查${report.overall.current.screened}人、体质测试${report.overall.current.tested}人的监测结果，与${report.previousYear}学年比较报告如下。`,
    ),
    ...targetsText(report).map((text) => bodyText(text)),
    ...sheets(report).flatMap((sheet, i) => [
      heading1(`${"一二三四五六七八"[i] ?? ""}、${sheet.title}`),
      docTable(sheet),
    ]),
  ];
  return gongwenDocument({
    issuer,
    docNumber: null,
    year: Number.parseInt(report.schoolYear.slice(5, 9), 10) || Number.parseInt(signedOn.slice(0, 4), 10),
    title: `${issuer}关于${report.schoolYear}学年学生体质健康监测情况的报告`,
    recipients: "各区县（市）教育局，各学校",
    body,
    signedOn,
  });
}

export async function reportXlsx(report: MonitoringReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EduBureau";
  for (const sheet of sheets(report)) {
    const ws = workbook.addWorksheet(sheet.title);
    ws.addRow([reportTitle(report)]).font = { bold: true, size: 14 };
    const header = ws.addRow(sheet.headers);
    header.font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row);
    ws.columns.forEach((column, i) => (column.width = i === 0 ? 18 : 12));
  }
  const targets = workbook.addWorksheet("目标");
  for (const line of targetsText(report)) targets.addRow([line]);
  targets.getColumn(1).width = 120;
  return workbookBuffer(workbook);
}
