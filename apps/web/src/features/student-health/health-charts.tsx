import { t } from "../../app/locale/index.ts";
import { formatPercent } from "../../app/format.ts";
import { CHART_LEGEND, EChart, type ChartOption } from "../indicators/echart.tsx";
import type { MonitoringReport } from "./health.api.ts";

const asPct = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;

/** 2030 stage target for a grade (八部门方案): 小学 38%, 初中 60%, 高中 70%. */
function stageTarget(report: MonitoringReport, grade: number): number {
  const { primary, junior, senior } = report.targets.myopia2030;
  return Math.round((grade <= 6 ? primary : grade <= 9 ? junior : senior) * 1000) / 10;
}

const percentAxis = {
  type: "value" as const,
  name: t.charts.rate,
  axisLabel: { formatter: "{value}%" },
  max: 100,
};
const percentTip = (v: unknown) => (typeof v === "number" ? formatPercent(v) : "—");

/** Myopia rate by grade this year, last year, and the 2030 stage targets as a stepped line. */
export function GradeChart({ report }: { report: MonitoringReport }) {
  const lines = report.byGrade.filter((g) => g.sex === "all");
  const option: ChartOption = {
    tooltip: {
      trigger: "axis",
      valueFormatter: percentTip,
    },
    legend: CHART_LEGEND,
    grid: { left: 48, right: 48, top: 56, bottom: 32 },
    xAxis: { type: "category", name: t.charts.grade, data: lines.map((g) => g.gradeLabel) },
    yAxis: percentAxis,
    series: [
      {
        name: report.previousYear,
        type: "bar",
        data: lines.map((g) => asPct(g.previous?.myopiaRate)),
        itemStyle: { color: "#b7c9e2" },
      },
      {
        name: report.schoolYear,
        type: "bar",
        data: lines.map((g) => asPct(g.current.myopiaRate)),
        itemStyle: { color: "#1677ff" },
      },
      {
        name: t.health.target2030,
        type: "line",
        step: "middle",
        symbol: "none",
        lineStyle: { type: "dashed", color: "#cf1322" },
        data: lines.map((g) => stageTarget(report, g.grade)),
      },
    ],
  };
  return <EChart option={option} height={280} testId="health-grade-chart" />;
}

/** Rates over the school years on record. */
export function TrendChart({ report }: { report: MonitoringReport }) {
  const option: ChartOption = {
    tooltip: {
      trigger: "axis",
      valueFormatter: percentTip,
    },
    legend: CHART_LEGEND,
    grid: { left: 48, right: 48, top: 56, bottom: 32 },
    xAxis: { type: "category", name: t.charts.schoolYear, data: report.trend.map((p) => p.schoolYear) },
    yAxis: percentAxis,
    series: [
      { name: t.health.kpi.myopia, type: "line", data: report.trend.map((p) => asPct(p.rates.myopiaRate)) },
      { name: t.health.kpi.good, type: "line", data: report.trend.map((p) => asPct(p.rates.goodRate)) },
      { name: t.health.kpi.obesity, type: "line", data: report.trend.map((p) => asPct(p.rates.obesityRate)) },
    ],
  };
  return <EChart option={option} height={280} testId="health-trend-chart" />;
}
