import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { CASE_OUTCOME_LABELS } from "@edubureau/domain/services-hall";
import type { CaseRow } from "./service-cases.queries.ts";

const BODY_FONT = { ascii: "SimSun", hAnsi: "SimSun", eastAsia: "宋体", cs: "SimSun" };
const HEADING_FONT = { ascii: "SimHei", hAnsi: "SimHei", eastAsia: "黑体", cs: "SimHei" };

const line = (text: string, bold = false) =>
  new Paragraph({
    spacing: { after: 160 },
    children: [new TextRun({ text, font: BODY_FONT, size: 28, bold })],
  });

/**
 * The electronic result (电子结果): the decision on the case with its verification code and the public page
 * that confirms it is genuine and not revoked.
 */
export async function resultDocx(input: {
  c: CaseRow;
  title: string;
  code: string;
  verifyUrl: string;
  notes: readonly string[];
}): Promise<Buffer> {
  const { c } = input;
  const doc = new Document({
    creator: c.handlingUnitName,
    title: input.title,
    sections: [
      {
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 400 },
            children: [new TextRun({ text: input.title, font: HEADING_FONT, size: 36, bold: true })],
          }),
          line(`办件编号：${c.caseNo}`),
          line(`申请人：${c.applicantName}`),
          line(`办理事项：${c.itemName}`),
          line(`办理结果：${c.outcome ? CASE_OUTCOME_LABELS[c.outcome] : "—"}`),
          ...(c.outcome === "refused" && c.reason ? [line(`理由：${c.reason}`)] : []),
          ...input.notes.map((n) => line(n)),
          line(`办结日期：${c.concludedOn ?? "—"}`),
          line(`办理单位：${c.handlingUnitName}`),
          line(`验证码：${input.code}`, true),
          line(`真伪查验：${input.verifyUrl}`),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
