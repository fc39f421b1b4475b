import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  type Table,
  TextRun,
} from "docx";

/**
 * 党政机关公文格式 (GB/T 9704-2012) for every report the bureau issues as a Word file: A4, the 版心 156 × 225 mm
 * placed 37 mm from the top and 28 mm from the binding edge (§5.2.1–5.2.2), 3号仿宋 body on 22 lines of 28
 * characters (§5.2.3), 2号小标宋 title (§7.3.1), 黑体/楷体/仿宋 for the first three heading levels (§7.3.3),
 * the issuing body's red mark, 发文字号 and red rule in the 版头 (§7.2), 主送机关 (§7.3.2), the 落款 with the
 * 成文日期 in Arabic numerals 右空四字 (§7.3.5.1 — the 2012 edition's rule; the 1999 edition used Chinese
 * numerals), and page numbers "— 1 —" in 4号宋体, odd pages on the right, even pages on the left (§7.5).
 */

const MM = 1440 / 25.4; // twips per millimetre
const twips = (mm: number) => Math.round(mm * MM);

/** Page and margins in twips; right = 210 − 28 − 156, bottom = 297 − 37 − 225. */
export const GONGWEN_PAGE = {
  width: twips(210),
  height: twips(297),
  top: twips(37),
  bottom: twips(35),
  left: twips(28),
  right: twips(26),
} as const;

/** Faces: Chinese in the 公文 faces, Latin letters and digits in Times New Roman (common practice). */
const face = (eastAsia: string) => ({
  eastAsia,
  ascii: "Times New Roman",
  hAnsi: "Times New Roman",
  cs: "Times New Roman",
});
export const GONGWEN_FONTS = {
  title: face("方正小标宋简体"),
  body: face("仿宋_GB2312"),
  heading1: face("黑体"),
  heading2: face("楷体_GB2312"),
  pageNumber: face("宋体"),
} as const;

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt; 小初 36 pt for the issuing body's mark. */
const SIZE = { mark: 72, title: 44, body: 32, pageNumber: 28, table: 24 } as const;
/** 225 mm ÷ 22 lines: an exact line pitch of 28.95 pt, in twips. */
const LINE = Math.round((225 / 22) * MM);
/** One 三号 character (16 pt) in twips, for 首行缩进二字 and 右空四字. */
const CHAR = 320;
const RED = "FF0000";

const line = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

function run(
  text: string,
  font: keyof typeof GONGWEN_FONTS,
  options: { size?: number; bold?: boolean; color?: string } = {},
) {
  return new TextRun({
    text,
    font: GONGWEN_FONTS[font],
    size: options.size ?? SIZE.body,
    bold: options.bold ?? false,
    ...(options.color ? { color: options.color } : {}),
  });
}

/** 正文 paragraph: 首行缩进二字. */
export function bodyText(text: string): Paragraph {
  return new Paragraph({ spacing: line, indent: { firstLine: CHAR * 2 }, children: [run(text, "body")] });
}

/** 一、 heading in 黑体. */
export function heading1(text: string): Paragraph {
  return new Paragraph({ spacing: line, indent: { firstLine: CHAR * 2 }, children: [run(text, "heading1")] });
}

/** （一） heading in 楷体. */
export function heading2(text: string): Paragraph {
  return new Paragraph({ spacing: line, indent: { firstLine: CHAR * 2 }, children: [run(text, "heading2")] });
}

/** 1. heading in 仿宋, bold. */
export function heading3(text: string): Paragraph {
  return new Paragraph({
    spacing: line,
    indent: { firstLine: CHAR * 2 },
    children: [run(text, "body", { bold: true })],
  });
}

const blank = () => new Paragraph({ spacing: line, children: [] });

/** "2019年12月31日": the 2012 edition's 成文日期, Arabic numerals, no leading zeros (§7.3.5.1). */
export function chengwenDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map((part) => Number.parseInt(part, 10));
  return `${year}年${month}月${day}日`;
}

function pageNumberFooter(side: "odd" | "even"): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === "odd" ? { right: CHAR } : { left: CHAR },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: GONGWEN_FONTS.pageNumber,
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });
}

export interface GongwenOptions {
  /** 发文机关 (e.g. 长沙市教育局): its mark in the 版头 and its name in the 落款. */
  issuer: string;
  /** 发文字号 (e.g. 长教通〔2019〕12号); null leaves 〔year〕 号 for the clerk to fill in. */
  docNumber: string | null;
  year: number;
  title: string;
  /** 主送机关, without the closing colon. */
  recipients: string;
  body: (Paragraph | Table)[];
  /** 成文日期, ISO. */
  signedOn: string;
  /** 附注, printed in parentheses under the date (§7.3.6). */
  note?: string | null;
}

/** The whole 公文 as a .docx file. */
export async function gongwenDocument(o: GongwenOptions): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: LINE },
      children: [run(`${o.issuer}文件`, "title", { size: SIZE.mark, color: RED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: line,
      // 版头中的分隔线: red, as wide as the 版心, 4 mm under the 发文字号 (§7.2.5).
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
      children: [run(o.docNumber ?? `〔${o.year}〕\u3000号`, "body")],
    }),
    blank(),
    blank(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: Math.round(LINE * 1.2), lineRule: LineRuleType.EXACT },
      children: [run(o.title, "title", { size: SIZE.title })],
    }),
    blank(),
    new Paragraph({ spacing: line, children: [run(`${o.recipients}：`, "body")] }),
    ...o.body,
    blank(),
    blank(),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: line,
      indent: { right: CHAR * 4 },
      children: [run(o.issuer, "body")],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: line,
      indent: { right: CHAR * 4 },
      children: [run(chengwenDate(o.signedOn), "body")],
    }),
  ];
  if (o.note) {
    children.push(
      new Paragraph({
        spacing: line,
        indent: { firstLine: CHAR * 2 },
        children: [run(`（${o.note}）`, "body")],
      }),
    );
  }
  const doc = new Document({
    title: o.title,
    creator: o.issuer,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: GONGWEN_FONTS.body, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: GONGWEN_PAGE.width, height: GONGWEN_PAGE.height },
            margin: {
              top: GONGWEN_PAGE.top,
              bottom: GONGWEN_PAGE.bottom,
              left: GONGWEN_PAGE.left,
              right: GONGWEN_PAGE.right,
              // Page numbers sit 7 mm below the 版心 (§7.5).
              footer: GONGWEN_PAGE.bottom - twips(7) - twips(5),
            },
          },
        },
        footers: { default: pageNumberFooter("odd"), even: pageNumberFooter("even") },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Table text in 仿宋 四号 (tables may use a smaller size than the body). */
export function tableRun(text: string, bold = false): TextRun {
  return run(text, "body", { size: SIZE.table, bold });
}
