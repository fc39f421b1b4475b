import { Empty } from "antd";
import { useMemo } from "react";
import { t } from "../../app/locale/index.ts";
import { CHART_LEGEND, EChart, type ChartOption } from "./echart.tsx";
import { formatCount, formatValue } from "./indicator-format.ts";
import type { Breakdown, Series } from "./indicators.api.ts";

const BAR_COLOR = "#1677ff";
const LEAF_COLOR = "#91caff";

function axisLabel(unit: string) {
  return { formatter: unit === "%" ? "{value}%" : "{value}" };
}

/** One bar per child unit; clicking a bar that has children drills into it. */
export function ChildrenBarChart({ data, onDrill }: { data: Breakdown; onDrill: (id: string) => void }) {
  const { unit } = data.indicator;
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 56, right: 72, top: 56, bottom: 72 },
      legend: CHART_LEGEND,
      tooltip: {
        trigger: "axis",
        formatter: (items: unknown) => {
          const index = Array.isArray(items) ? ((items[0] as { dataIndex?: number }).dataIndex ?? 0) : 0;
          const child = data.children[index];
          if (!child) return "";
          const parts = [`${child.name}：${formatValue(child.value, unit)}`];
          if (unit === "%")
            parts.push(t.indicators.fraction(formatCount(child.numerator), formatCount(child.denominator)));
          if (child.childCount > 0) parts.push(t.indicators.clickToDrill);
          return parts.join("<br/>");
        },
      },
      xAxis: {
        type: "category",
        name: t.charts.unitAxis,
        data: data.children.map((c) => c.name),
        axisLabel: {
          rotate: data.children.length > 6 ? 35 : 0,
          interval: 0,
          width: 90,
          overflow: "truncate",
        },
      },
      yAxis: { type: "value", name: t.charts.valueIn(unit), axisLabel: axisLabel(unit) },
      series: [
        {
          type: "bar",
          name: data.indicator.name,
          barMaxWidth: 36,
          data: data.children.map((c) => ({
            value: c.value ?? 0,
            itemStyle: { color: c.childCount > 0 ? BAR_COLOR : LEAF_COLOR },
          })),
          markLine:
            data.orgUnit.value === null || unit !== "%"
              ? undefined
              : {
                  symbol: "none",
                  label: {
                    position: "insideEndTop",
                    formatter: t.indicators.averageLine(
                      data.orgUnit.name,
                      formatValue(data.orgUnit.value, unit),
                    ),
                  },
                  lineStyle: { type: "dashed", color: "#fa8c16" },
                  data: [{ yAxis: Math.round(data.orgUnit.value * 100) / 100 }],
                },
        },
      ],
    }),
    [data, unit],
  );
  if (data.children.length === 0) return <Empty description={t.indicators.noChildren} />;
  return (
    <EChart
      option={option}
      height={320}
      testId="indicator-bar-chart"
      onClick={(index) => {
        const child = data.children[index];
        if (child && child.childCount > 0) onDrill(child.id);
      }}
    />
  );
}

/** The unit's value over the last five periods. */
export function SeriesLineChart({ data }: { data: Series }) {
  const { unit } = data.indicator;
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 56, right: 56, top: 56, bottom: 40 },
      legend: CHART_LEGEND,
      tooltip: {
        trigger: "axis",
        formatter: (items: unknown) => {
          const index = Array.isArray(items) ? ((items[0] as { dataIndex?: number }).dataIndex ?? 0) : 0;
          const point = data.points[index];
          return point ? `${point.label}：${formatValue(point.value, unit)}` : "";
        },
      },
      xAxis: { type: "category", name: t.charts.period, data: data.points.map((p) => p.period) },
      yAxis: { type: "value", name: t.charts.valueIn(unit), axisLabel: axisLabel(unit) },
      series: [
        {
          type: "line",
          name: data.indicator.name,
          data: data.points.map((p) => p.value),
          connectNulls: false,
          symbolSize: 8,
          lineStyle: { width: 2 },
        },
      ],
    }),
    [data, unit],
  );
  return <EChart option={option} height={320} testId="indicator-line-chart" />;
}
