import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import type { ComposeOption } from "echarts/core";
import type { BarSeriesOption, LineSeriesOption } from "echarts/charts";
import type {
  GridComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { useEChart } from "../../components/use-echart.ts";

// Only what the explorer draws, so the echarts chunk stays small.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | MarkLineComponentOption
>;

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
