import fs from "node:fs";
import type { z } from "zod";
import type { monitoringAnalysis } from "./inspectorate.schemas.ts";

type Group = z.output<typeof monitoringAnalysis>["groups"][number];

/** Common places of a CJK font on Linux, Windows and macOS; the first one found draws the chart's text. */
const CJK_FONTS: readonly CjkFont[] = [
  { file: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", family: "Noto Sans CJK SC" },
  { file: "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", family: "Noto Sans CJK SC" },
  { file: "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", family: "Noto Sans CJK SC" },
  { file: "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", family: "WenQuanYi Micro Hei" },
  { file: "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc", family: "WenQuanYi Micro Hei" },
  { file: "C:\\Windows\\Fonts\\msyh.ttc", family: "Microsoft YaHei" },
  { file: "C:\\Windows\\Fonts\\simsun.ttc", family: "SimSun" },
  { file: "/System/Library/Fonts/PingFang.ttc", family: "PingFang SC" },
  { file: "/System/Library/Fonts/STHeiti Light.ttc", family: "Heiti SC" },
];

export interface CjkFont {
  file: string;
  family: string;
}

let cjkFont: CjkFont | null | undefined;
/** The first CJK font on this machine, or null (then the charts carry numbers only). */
export function findCjkFont(candidates: readonly CjkFont[] = CJK_FONTS): CjkFont | null {
  if (candidates === CJK_FONTS && cjkFont !== undefined) return cjkFont;
  const found = candidates.find((font) => fs.existsSync(font.file)) ?? null;
  if (candidates === CJK_FONTS) cjkFont = found;
  return found;
}

export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 640;

/**
 * One image per subject and grade: above, each district's mean as a bar against the city mean (solid) and
 * the national mean (dashed); below, each district's inter-school CV against the 优质均衡 limit. Without a
 * CJK font the districts are numbered 1…n, the numbers of the table beside the chart, and no Chinese is drawn.
 */
export async function monitoringChartSvg(g: Group, withCjk: boolean): Promise<string> {
  // Loaded on the first report, not at server start.
  const echarts = await import("echarts");
  const names = g.districts.map((d, i) => (withCjk ? d.name : String(i + 1)));
  const label = (cjk: string, plain: string) => (withCjk ? cjk : plain);
  // City above its line, national below: the two means are often close.
  const line = (value: number | null, name: string, dashed: boolean, color: string, below = false) =>
    value === null
      ? []
      : [
          {
            yAxis: value,
            name,
            lineStyle: { type: dashed ? "dashed" : "solid", color, width: 2 },
            label: {
              formatter: name ? `${name} {c}` : "{c}",
              color,
              backgroundColor: "#ffffff",
              padding: [1, 3],
              position: below ? "insideEndBottom" : "insideEndTop",
            },
          },
        ];
  const chart = echarts.init(null, null, {
    renderer: "svg",
    ssr: true,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
  });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: "#ffffff",
      textStyle: { fontFamily: withCjk ? "sans-serif" : "DejaVu Sans, sans-serif" },
      title: [
        {
          text: label("各区县均值与全市、全国均值", ""),
          left: "center",
          top: 4,
          textStyle: { fontSize: 15 },
        },
        {
          text: label(`校际差异系数（限值 ${g.cvLimit}）`, ""),
          left: "center",
          top: 330,
          textStyle: { fontSize: 15 },
        },
      ],
      grid: [
        { left: 56, right: 24, top: 40, height: 240 },
        { left: 56, right: 24, top: 366, height: 220 },
      ],
      xAxis: [
        {
          type: "category",
          gridIndex: 0,
          data: names,
          axisLabel: { interval: 0, rotate: names.length > 12 ? 30 : 0 },
        },
        {
          type: "category",
          gridIndex: 1,
          data: names,
          axisLabel: { interval: 0, rotate: names.length > 12 ? 30 : 0 },
        },
      ],
      yAxis: [
        // Scores sit far from 0: start the axis below the lowest bar so every district shows a bar.
        {
          type: "value",
          gridIndex: 0,
          min: (v: { min: number; max: number }) =>
            Math.max(0, Math.floor((v.min - Math.max(10, (v.max - v.min) * 0.3)) / 10) * 10),
        },
        { type: "value", gridIndex: 1, min: 0 },
      ],
      series: [
        {
          type: "bar",
          xAxisIndex: 0,
          yAxisIndex: 0,
          data: g.districts.map((d) => d.mean),
          itemStyle: { color: "#4472c4" },
          markLine: {
            symbol: "none",
            silent: true,
            data: [
              ...line(g.cityMean, label("全市", ""), false, "#c00000"),
              ...line(g.nationalMean, label("全国", ""), true, "#7f7f7f", true),
            ],
          },
        },
        {
          type: "bar",
          xAxisIndex: 1,
          yAxisIndex: 1,
          data: g.districts.map((d) => ({
            value: d.cv,
            itemStyle: { color: d.balanced === false ? "#c00000" : "#70ad47" },
          })),
          markLine: {
            symbol: "none",
            silent: true,
            data: line(g.cvLimit, label("限值", ""), true, "#c00000"),
          },
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG at twice its size (sharp when printed), drawn with the CJK font when there is one. */
export async function monitoringChartPng(
  g: Group,
  font = findCjkFont(),
): Promise<{ png: Buffer; withCjk: boolean }> {
  const { Resvg } = await import("@resvg/resvg-js");
  const svg = await monitoringChartSvg(g, font !== null);
  const resvg = new Resvg(svg, {
    background: "#ffffff",
    fitTo: { mode: "width", value: CHART_WIDTH * 2 },
    font: font
      ? {
          loadSystemFonts: false,
          fontFiles: [font.file],
          defaultFontFamily: font.family,
          sansSerifFamily: font.family,
        }
      : { loadSystemFonts: true },
  });
  return { png: resvg.render().asPng(), withCjk: font !== null };
}
