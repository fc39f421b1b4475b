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
import type { z } from "zod";
import type { board, evaluationDetail, evaluationList } from "./inspectorate.schemas.ts";

type Detail = z.output<typeof evaluationDetail>;

// 公文 habit, as the plan report: 宋体 body, 黑体 headings; 五号 in tables.
const BODY_FONT = { ascii: "SimSun", hAnsi: "SimSun", eastAsia: "宋体", cs: "SimSun" };
const HEADING_FONT = { ascii: "SimHei", hAnsi: "SimHei", eastAsia: "黑体", cs: "SimHei" };
const TABLE_SIZE = 21;
const WEAK_FILL = "FDE2E1";

const score = (n: number | null) => (n === null ? "—" : String(+n.toFixed(1)));

function cell(text: string, options: { bold?: boolean; shade?: string } = {}): TableCell {
  return new TableCell({
    ...(options.shade ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: options.shade } } : {}),
    children: [
      new Paragraph({ children: [new TextRun({ text, bold: options.bold ?? false, size: TABLE_SIZE })] }),
    ],
  });
}

/** 履行教育职责评价报告 of one district: total and rank, the score table, weaknesses and their rectification. */
export async function evaluationReportDocx(d: Detail): Promise<Buffer> {
  const title = `${d.year}年${d.district.name}人民政府履行教育职责评价报告`;
  const headers = ["指标", "分值", "自评", "核查", "核查意见"];
  const rows = d.items.map((i) => {
    const shade = i.weakness ? WEAK_FILL : undefined;
    const heading = i.level === 1;
    const opts = { bold: heading, ...(shade ? { shade } : {}) };
    return new TableRow({
      children: [
        cell(heading ? i.name : `\u3000${i.name}`, opts),
        cell(score(i.maxScore), opts),
        cell(heading ? "" : score(i.selfScore), opts),
        cell(heading ? score(i.finalScore) : score(i.verifiedScore), opts),
        cell(i.verifyComment, opts),
      ],
    });
  });
  const weak = d.items.filter((i) => i.weakness);
  const children = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(title)],
    }),
    new Paragraph({
      children: [
        new TextRun(
          `依据《${d.frameworkName}》，${d.district.name}经自评、市级实地核查，评价状态为“${d.statusLabel}”，` +
            `总分 ${score(d.total)} 分，在 ${d.districtCount} 个区县（市）中列第 ${d.rank} 位；` +
            `已评 ${d.scored}/${d.leafCount} 项。`,
        ),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("一、指标得分")] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, { bold: true })) }),
        ...rows,
      ],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("二、主要问题与整改要求")] }),
    ...(weak.length === 0
      ? [new Paragraph({ children: [new TextRun("各项指标得分均达到六成以上，未发现薄弱项。")] })]
      : weak.map(
          (i, n) =>
            new Paragraph({
              children: [
                new TextRun(
                  `${n + 1}. ${i.name}：得分 ${score(i.finalScore)}/${score(i.maxScore)}。${i.verifyComment}` +
                    "请按整改通知书要求限期整改，整改情况报市政府教育督导室。",
                ),
              ],
            }),
        )),
  ];
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

type List = z.output<typeof evaluationList>;
type BoardData = z.output<typeof board>;

/** City summary: the ranking with last year's totals, and each indicator's average share of points earned. */
export async function evaluationSummaryDocx(list: List, boardData: BoardData): Promise<Buffer> {
  const title = `${list.year}年长沙市区县（市）人民政府履行教育职责评价结果汇总`;
  const ranking = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: ["排名", "区县（市）", "状态", "总分", "上年总分", "薄弱项"].map((h) =>
          cell(h, { bold: true }),
        ),
      }),
      ...list.items.map(
        (r) =>
          new TableRow({
            children: [
              cell(String(r.rank)),
              cell(r.district.name),
              cell(r.statusLabel),
              cell(score(r.total)),
              cell(score(r.previousTotal)),
              cell(String(r.weaknessCount)),
            ],
          }),
      ),
    ],
  });
  const averages = boardData.indicators.map((indicator, i) => {
    const rates = boardData.districts
      .map((d) => d.scores[i])
      .filter((s): s is number => s !== null && s !== undefined)
      .map((s) => s / indicator.maxScore);
    const mean = rates.length === 0 ? null : rates.reduce((a, b) => a + b, 0) / rates.length;
    return { indicator, mean };
  });
  const indicatorTable = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: ["指标", "分值", "平均得分率"].map((h) => cell(h, { bold: true })),
      }),
      ...averages.map(
        ({ indicator, mean }) =>
          new TableRow({
            children: [
              cell(
                `${indicator.name}${indicator.computed ? "（系统计算）" : ""}`,
                mean !== null && mean < 0.6 ? { shade: WEAK_FILL } : {},
              ),
              cell(score(indicator.maxScore)),
              cell(mean === null ? "—" : `${(mean * 100).toFixed(1)}%`),
            ],
          }),
      ),
    ],
  });
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
    sections: [
      {
        properties: {},
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun(title)],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun("一、总分与排名")] }),
          ranking,
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun("二、各项指标平均得分率")],
          }),
          indicatorTable,
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
