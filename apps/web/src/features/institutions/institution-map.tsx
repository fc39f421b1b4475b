import { INSTITUTION_TYPE_LABELS, INSTITUTION_TYPES } from "@edubureau/domain/registry";
import { ScatterChart, type ScatterSeriesOption } from "echarts/charts";
import {
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type DataZoomComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from "echarts/components";
import * as echarts from "echarts/core";
import type { ComposeOption } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useMemo } from "react";
import { useEChart } from "../../components/use-echart.ts";
import { t } from "../../app/locale/index.ts";
import { POINT_PALETTE } from "../district-map/district-map.tsx";
import type { MapPoint } from "./institutions.api.ts";

// A scatter on plain longitude/latitude axes: the network is closed, so there are no map tiles.
echarts.use([
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

type MapOption = ComposeOption<
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DataZoomComponentOption
>;

/** [lng, lat, id, name] per point, one series per institution type so the legend filters by type. */
type Datum = [number, number, string, string];

function buildOption(points: readonly MapPoint[]): MapOption {
  // Smaller dots when a whole city is on screen, so clusters stay readable.
  const symbolSize = points.length > 2000 ? 4 : 8;
  const series: ScatterSeriesOption[] = INSTITUTION_TYPES.flatMap((type) => {
    const data: Datum[] = points.filter((p) => p.type === type).map((p) => [p.lng, p.lat, p.id, p.name]);
    return data.length === 0
      ? []
      : [
          {
            type: "scatter",
            name: INSTITUTION_TYPE_LABELS[type],
            data,
            symbolSize,
            large: data.length > 2000,
          },
        ];
  });
  return {
    // One distinct colour per type: ECharts' default palette has nine, and there are eleven types.
    color: POINT_PALETTE,
    legend: { top: 0, type: "scroll" },
    grid: { left: 56, right: 24, top: 40, bottom: 56 },
    tooltip: {
      trigger: "item",
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        const [lng, lat, , name] = (item?.data ?? []) as Datum;
        return `${name}<br/>${item?.seriesName ?? ""}<br/>${lng.toFixed(4)}, ${lat.toFixed(4)}`;
      },
    },
    xAxis: {
      type: "value",
      name: t.institutions.longitude,
      scale: true,
      axisLabel: { formatter: "{value}°" },
    },
    yAxis: {
      type: "value",
      name: t.institutions.latitude,
      scale: true,
      axisLabel: { formatter: "{value}°" },
    },
    dataZoom: [
      { type: "inside", xAxisIndex: 0 },
      { type: "inside", yAxisIndex: 0 },
    ],
    series,
  };
}

interface InstitutionMapProps {
  points: readonly MapPoint[];
  height: number;
  onOpen: (id: string) => void;
}

/** Institutions as points by their coordinates, coloured by type; a click opens the institution. */
export function InstitutionMap({ points, height, onOpen }: InstitutionMapProps) {
  const option = useMemo(() => buildOption(points), [points]);
  const element = useEChart(option, (event) => {
    const datum = event.data as Datum | undefined;
    if (datum) onOpen(datum[2]);
  });
  return <div ref={element} style={{ width: "100%", height }} data-testid="institution-map" />;
}
