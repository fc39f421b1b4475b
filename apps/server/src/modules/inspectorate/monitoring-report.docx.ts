import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { z } from "zod";
import type { monitoringAnalysis } from "./inspectorate.schemas.ts";
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  findCjkFont,
  monitoringChartPng,
  type CjkFont,
} from "./monitoring-charts.ts";

type Analysis = z.output<typeof monitoringAnalysis>;

const BODY_FONT = { ascii: "SimSun", hAnsi: "SimSun", eastAsia: "宋体", cs: "SimSun" };
const HEADING_FONT = { ascii: "SimHei", hAnsi: "SimHei", eastAsia: "黑体", cs: "SimHei" };
const TABLE_SIZE = 21;
const n = (v: number | null, digits = 1) => (v === null ? "—" : v.toFixed(digits));

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: TABLE_SIZE })] })] });

// Shown at 15 cm wide: the page's text width at the default margins.
const CHART_SHOWN_WIDTH = 567;

async function chart(g: Analysis["groups"][number], font: CjkFont | null) {
  const { png } = await monitoringChartPng(g, font);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: "png",
        data: png,
        transformation: {
          width: CHART_SHOWN_WIDTH,
          height: Math.round((CHART_SHOWN_WIDTH * CHART_HEIGHT) / CHART_WIDTH),
        },
        altText: {
          name: `${g.grade}${g.subject}`,
          title: `${g.grade}${g.subject}`,
          description: "区县均值与校际差异系数",
        },
      }),
    ],
  });
}

/**
 * 义务教育质量监测报告 (the report the plan asks the bureau to publish): per subject and grade, the city and
 * national means and each district's mean, gap to the city and inter-school coefficient of variation
 * against the 优质均衡 limit. District aggregates only: no school is named.
 */
export async function monitoringReportDocx(
  a: Analysis,
  font: CjkFont | null = findCjkFont(),
): Promise<Buffer> {
  const title = `长沙市${a.year}年义务教育质量监测报告`;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(title)],
    }),
    new Paragraph({
      children: [
        new TextRun(
          `本报告依据${a.year}年国家义务教育质量监测及市级监测结果，按区县（市）汇总各学科学业表现，` +
            "并以校际差异系数衡量区域内学校间的均衡程度（《县域义务教育优质均衡发展督导评估办法》：小学 ≤ 0.50，初中 ≤ 0.45）。",
        ),
      ],
    }),
  ];
  for (const [i, g] of a.groups.entries()) {
    const below = g.districts.filter((d) => (d.gapToCity ?? 0) < 0).map((d) => d.name);
    const unbalanced = g.districts.filter((d) => d.balanced === false).map((d) => d.name);
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(`${"一二三四五六七八九十"[i] ?? i + 1}、${g.grade}${g.subject}`)],
      }),
      new Paragraph({
        children: [
          new TextRun(
            `全市 ${g.schools} 所学校参测，全市均值 ${n(g.cityMean)} 分，全国均值 ${n(g.nationalMean)} 分。` +
              (below.length > 0 ? `低于全市均值的区县：${below.join("、")}。` : "各区县均不低于全市均值。") +
              (unbalanced.length > 0
                ? `校际差异系数超过 ${g.cvLimit} 的区县：${unbalanced.join("、")}。`
                : ""),
          ),
        ],
      }),
      await chart(g, font),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: TABLE_SIZE,
            text:
              `图 ${i + 1}  上：各区县均值（柱），红色实线为全市均值，灰色虚线为全国均值；` +
              `下：校际差异系数（柱，红色为超标），虚线为限值 ${g.cvLimit}。` +
              (font ? "" : "图中区县以序号标注，序号见下表。"),
          }),
        ],
      }),
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: ["序号", "区县", "学校数", "均值", "与全市差", "校际差异系数", "均衡"].map((h) =>
              cell(h, true),
            ),
          }),
          ...g.districts.map(
            (d, row) =>
              new TableRow({
                children: [
                  cell(String(row + 1)),
                  cell(d.name),
                  cell(String(d.schools)),
                  cell(n(d.mean)),
                  cell(n(d.gapToCity)),
                  cell(n(d.cv, 3)),
                  cell(d.balanced === null ? "—" : d.balanced ? "达标" : "超标"),
                ],
              }),
          ),
        ],
      }),
    );
  }
  const heading = (size: number) => ({ run: { font: HEADING_FONT, size, bold: false, color: "000000" } });
  const doc = new Document({
    creator: "EduBureau",
    title,
    styles: {
      default: {
        document: { run: { font: BODY_FONT, size: 28 } },
        title: { ...heading(44), paragraph: { spacing: { after: 120 } } },
        heading1: { ...heading(32), paragraph: { spacing: { before: 360, after: 120 } } },
      },
    },
    sections: [{ properties: {}, children }],
  });
  return Packer.toBuffer(doc);
}
