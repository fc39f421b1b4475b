import { HeatmapChart } from "echarts/charts";
import { GridComponent, TooltipComponent, VisualMapComponent } from "echarts/components";
import * as echarts from "echarts/core";
import type { ComposeOption } from "echarts/core";
import type { HeatmapSeriesOption } from "echarts/charts";
import type {
  GridComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { useEChart } from "../../components/use-echart.ts";

echarts.use([HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export type HeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

/** One ECharts heat map; a click reports the row (y index) clicked. */
export function Heatmap({
  option,
  height,
  onRowClick,
}: {
  option: HeatmapOption;
  height: number;
  onRowClick?: (row: number) => void;
}) {
  const element = useEChart(option, (event) => {
    const value = event.value as unknown;
    if (Array.isArray(value) && typeof value[1] === "number") onRowClick?.(value[1]);
  });
  return <div ref={element} style={{ width: "100%", height }} data-testid="insp-heatmap" />;
}
