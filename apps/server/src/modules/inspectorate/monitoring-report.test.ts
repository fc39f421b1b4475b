import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { findCjkFont, monitoringChartSvg } from "./monitoring-charts.ts";
import { monitoringReportDocx } from "./monitoring-report.docx.ts";

const district = (name: string, mean: number, cv: number, balanced: boolean) => ({
  id: name,
  name,
  schools: 12,
  mean,
  gapToCity: mean - 503,
  cv,
  balanced,
});

const analysis = {
  year: 2019,
  groups: [
    {
      subject: "数学",
      grade: "四年级",
      schools: 36,
      cityMean: 503,
      nationalMean: 500,
      cvLimit: 0.5,
      districts: [
        district("芙蓉区", 520, 0.12, true),
        district("岳麓区", 498, 0.31, true),
        district("宁乡市", 471, 0.56, false),
      ],
    },
    {
      subject: "语文",
      grade: "八年级",
      schools: 30,
      cityMean: 511,
      nationalMean: null,
      cvLimit: 0.45,
      districts: [district("芙蓉区", 515, 0.2, true), district("宁乡市", 480, 0.5, false)],
    },
  ],
};

const PNG = [0x89, 0x50, 0x4e, 0x47];

function parts(docx: Buffer) {
  const files = unzipSync(new Uint8Array(docx));
  const document = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  const images = Object.entries(files).filter(([name]) => /^word\/media\/.+\.png$/.test(name));
  return { document, images, text: document.replace(/<[^>]+>/g, "") };
}

describe("义务教育质量监测报告 with charts", () => {
  it("embeds one PNG chart per subject and grade beside its table", { timeout: 120_000 }, async () => {
    const { document, images, text } = parts(await monitoringReportDocx(analysis));
    expect(images).toHaveLength(2);
    for (const [, data] of images) expect([...data.subarray(0, 4)]).toEqual(PNG);
    expect(document.match(/<w:drawing>/g)).toHaveLength(2);
    expect(document.match(/<w:tbl>/g)).toHaveLength(2);
    expect(text).toContain("一、四年级数学");
    expect(text).toContain("宁乡市");
    expect(text).toContain("图 1");
  });

  it(
    "draws the district names when a CJK font is found, numbers otherwise, and says so in the caption",
    { timeout: 120_000 },
    async () => {
      const group = analysis.groups[0];
      if (!group) throw new Error("fixture");
      expect(await monitoringChartSvg(group, true)).toContain("宁乡市");
      const plain = await monitoringChartSvg(group, false);
      expect(plain).not.toMatch(/[\u4e00-\u9fff]/);
      expect(plain).toContain(">3<");
      const { images, text } = parts(await monitoringReportDocx(analysis, null));
      expect(images).toHaveLength(2);
      expect(text).toContain("图中区县以序号标注");
      expect(findCjkFont([{ file: "/nonexistent/font.ttc", family: "None" }])).toBeNull();
    },
  );
});
