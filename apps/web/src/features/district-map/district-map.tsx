import { MapChart, ScatterChart, type MapSeriesOption, type ScatterSeriesOption } from "echarts/charts";
import {
  GeoComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  type GeoComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from "echarts/components";
import * as echarts from "echarts/core";
import type { ComposeOption } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { useMemo } from "react";
import { useEChart } from "../../components/use-echart.ts";
import { t } from "../../app/locale/index.ts";
import { type CityOutlines, toGeoJson } from "./district-outlines.ts";

echarts.use([
  MapChart,
  ScatterChart,
  GeoComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

type DistrictMapOption = ComposeOption<
  | MapSeriesOption
  | ScatterSeriesOption
  | GeoComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | VisualMapComponentOption
>;

/** A figure per district for the choropleth; `text` is how the page prints it (unit included). */
export interface DistrictFigure {
  code: string;
  value: number | null;
  text: string;
}

/** Points drawn on the map, one legend entry per group (e.g. institution type). */
export interface MapPointGroup {
  name: string;
  points: readonly { id: string; name: string; lng: number; lat: number }[];
}

interface DistrictMapProps {
  city: CityOutlines;
  /** What the colours mean, e.g. the indicator's name; shown on the colour scale. */
  figureName?: string;
  figures?: readonly DistrictFigure[];
  /** True when a higher value is worse (the scale then runs from green to red). */
  lowerIsBetter?: boolean;
  groups?: readonly MapPointGroup[];
  height: number;
  onDistrict?: (code: string) => void;
  onPoint?: (id: string) => void;
  testId?: string;
}

/** One distinct colour per group: ECharts' default palette has nine, and there are eleven institution types. */
export const POINT_PALETTE = [
  "#5470c6",
  "#91cc75",
  "#fac858",
  "#ee6666",
  "#73c0de",
  "#3ba272",
  "#fc8452",
  "#9a60b4",
  "#ea7ccc",
  "#8d6e63",
  "#37474f",
];

type PointDatum = [number, number, string, string];

function registeredMap(city: CityOutlines): string {
  const name = `city-${city.cityCode}`;
  if (!echarts.getMap(name)) echarts.registerMap(name, toGeoJson(city));
  return name;
}

function buildOption(props: DistrictMapProps): DistrictMapOption {
  const map = registeredMap(props.city);
  const names = new Map(props.city.districts.map((d) => [d.code, d.name]));
  const figures = new Map((props.figures ?? []).map((f) => [f.code, f]));
  const known = (props.figures ?? []).flatMap((f) => (f.value === null ? [] : [f.value]));
  const symbolSize = (props.groups ?? []).reduce((n, g) => n + g.points.length, 0) > 2000 ? 4 : 7;
  const colours = props.lowerIsBetter ? ["#d9f0d3", "#fdae61", "#d73027"] : ["#fde0dd", "#9ecae1", "#2171b5"];
  const series: (MapSeriesOption | ScatterSeriesOption)[] = [];
  if (props.figures) {
    series.push({
      type: "map",
      geoIndex: 0,
      name: props.figureName,
      data: props.city.districts.map((d) => ({ name: d.code, value: figures.get(d.code)?.value ?? NaN })),
    });
  }
  for (const group of props.groups ?? []) {
    series.push({
      type: "scatter",
      coordinateSystem: "geo",
      name: group.name,
      symbolSize,
      large: group.points.length > 2000,
      data: group.points.map((p): PointDatum => [p.lng, p.lat, p.id, p.name]),
    });
  }
  return {
    color: POINT_PALETTE,
    tooltip: {
      trigger: "item",
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        if (item?.seriesType === "scatter") {
          const [, , , name] = item.data as PointDatum;
          return `${name}<br/>${item.seriesName ?? ""}`;
        }
        const code = String(item?.name ?? "");
        const figure = figures.get(code);
        const label = names.get(code) ?? code;
        return figure ? `${label}<br/>${props.figureName ?? ""}：${figure.text}` : label;
      },
    },
    legend: props.groups?.length ? { top: 0, type: "scroll" } : undefined,
    visualMap:
      props.figures && known.length > 0
        ? {
            type: "continuous",
            min: Math.min(...known),
            max: Math.max(...known) === Math.min(...known) ? Math.min(...known) + 1 : Math.max(...known),
            left: 8,
            bottom: 8,
            calculable: false,
            text: [t.districtMap.high, t.districtMap.low],
            inRange: { color: colours },
            seriesIndex: 0,
          }
        : undefined,
    geo: {
      map,
      nameProperty: "code",
      roam: true,
      top: props.groups?.length ? 40 : 16,
      bottom: 16,
      label: {
        show: true,
        fontSize: 11,
        formatter: (params: { name: string }) => names.get(params.name) ?? "",
      },
      itemStyle: { areaColor: "#f3f5f8", borderColor: "#8c9bb0" },
      emphasis: { itemStyle: { areaColor: "#ffe58f" }, label: { show: true } },
    },
    series,
  };
}

/**
 * Districts as shapes: a choropleth of one figure per district and/or points (institutions) over them.
 * A click on a district or a point hands its code or id to the page.
 */
export function DistrictMap(props: DistrictMapProps) {
  const option = useMemo(() => buildOption(props), [props]);
  const element = useEChart(option, (event) => {
    if (event.seriesType === "scatter") props.onPoint?.((event.data as PointDatum)[2]);
    else if (event.componentType === "geo" || event.seriesType === "map") props.onDistrict?.(event.name);
  });
  return <div ref={element} style={{ width: "100%", height: props.height }} data-testid={props.testId} />;
}
