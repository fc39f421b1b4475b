import { TARGET_STATUSES, TARGET_STATUS_LABELS } from "@edubureau/domain/work-plan";
import type { LineSeriesOption } from "echarts/charts";
import { useMemo } from "react";
import { t } from "../../app/locale/index.ts";
import { formatPercent } from "../../app/format.ts";
import { CHART_LEGEND, EChart, type ChartOption } from "../indicators/echart.tsx";
import { STATUS_COLORS } from "./status-colors.ts";
import type { Dashboard, StatusCounts, TargetDetail } from "./work-plan.api.ts";

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** Two stacked bars (tasks, targets) split by the six statuses, in the statuses' colours. */
export function StatusDistributionChart({ tasks, targets }: { tasks: StatusCounts; targets: StatusCounts }) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 72, right: 16, top: 40, bottom: 24 },
      legend: CHART_LEGEND,
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1, name: t.charts.count, nameLocation: "end" },
      yAxis: { type: "category", data: [t.workPlan.statusChartTasks, t.workPlan.statusChartTargets] },
      series: TARGET_STATUSES.map((status) => ({
        type: "bar",
        stack: "all",
        name: TARGET_STATUS_LABELS[status],
        itemStyle: { color: STATUS_COLORS[status].hex },
        barMaxWidth: 28,
        label: {
          show: true,
          formatter: (p: { value: unknown }) =>
            typeof p.value === "number" && p.value > 0 ? String(p.value) : "",
        },
        data: [tasks[status], targets[status]],
      })),
    }),
    [tasks, targets],
  );
  return <EChart option={option} height={180} testId="wp-status-chart" />;
}

/** Progress of each focus area at each month's end, plus the plan overall (bold). */
export function TrendChart({ trend }: { trend: Dashboard["trend"] }) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 48, right: 24, top: 72, bottom: 32 },
      legend: { top: 0, type: "plain" },
      tooltip: { trigger: "axis", valueFormatter: (v) => (typeof v === "number" ? formatPercent(v) : "—") },
      xAxis: { type: "category", name: t.charts.month, data: trend.months.map((m) => m.slice(0, 7)) },
      yAxis: { type: "value", name: t.charts.progress, max: 100, axisLabel: { formatter: "{value}%" } },
      series: [
        ...trend.series.map((s): LineSeriesOption => ({
          type: "line",
          name: s.title.split("、")[0] + "、" + (s.title.split("、")[1] ?? "").slice(0, 4),
          data: s.progress.map(pct),
          symbolSize: 5,
        })),
        {
          type: "line",
          name: t.workPlan.trendOverall,
          data: trend.overall.map(pct),
          lineStyle: { width: 4, color: "#262626" },
          itemStyle: { color: "#262626" },
          symbolSize: 7,
        },
      ],
    }),
    [trend],
  );
  return <EChart option={option} height={340} testId="wp-trend-chart" />;
}

/** The target's value over time (snapshots), with its target value as a dashed line. */
export function ValueHistoryChart({ target }: { target: TargetDetail }) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 56, right: 56, top: 40, bottom: 32 },
      legend: CHART_LEGEND,
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", name: t.charts.date, data: target.history.map((h) => h.date) },
      yAxis: [
        { type: "value", name: t.charts.valueIn(target.unit) },
        { type: "value", name: t.charts.progress, max: 100, axisLabel: { formatter: "{value}%" } },
      ],
      series: [
        {
          type: "line",
          name: t.workPlan.current,
          data: target.history.map((h) => h.value),
          connectNulls: false,
          symbolSize: 6,
        },
        {
          type: "line",
          name: t.workPlan.targetValue,
          data: target.history.map(() => target.targetValue),
          lineStyle: { type: "dashed", color: "#fa8c16" },
          itemStyle: { color: "#fa8c16" },
          symbol: "none",
        },
        {
          type: "bar",
          name: t.workPlan.progressHistory,
          yAxisIndex: 1,
          data: target.history.map((h) => pct(h.progress)),
          itemStyle: { color: "#bae0ff" },
          barMaxWidth: 16,
        },
      ],
    }),
    [target],
  );
  return <EChart option={option} height={320} testId="wp-value-history-chart" />;
}
