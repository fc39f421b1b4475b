import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import type { ComposeOption } from "echarts/core";
import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { useEChart } from "../../components/use-echart.ts";

// Only what the charts draw, so the echarts chunk stays small. Every chart names its series in a legend.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

/** The legend every chart shows above its plot. */
export const CHART_LEGEND = { top: 0, type: "scroll", itemWidth: 14, itemHeight: 10 } as const;

interface EChartProps {
  option: ChartOption;
  height: number;
  /** Index of the clicked data item (a bar or a point). */
  onClick?: (dataIndex: number) => void;
  testId?: string;
}

/** A chart of the explorer; a click hands the clicked bar's or point's index to `onClick`. */
export function EChart({ option, height, onClick, testId }: EChartProps) {
  const element = useEChart(option, onClick && ((event) => onClick(event.dataIndex)));
  return <div ref={element} style={{ width: "100%", height }} data-testid={testId} />;
}
