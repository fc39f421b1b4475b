import * as echarts from "echarts/core";
import type { ECElementEvent, EChartsCoreOption } from "echarts/core";
import { useEffect, useRef } from "react";

/**
 * One ECharts instance for the life of the element the returned ref is put on: options are replaced, not
 * merged; the chart follows the element's size; a click hands the clicked item's event to `onClick`.
 * The caller registers the chart types it draws (`echarts.use`), so each page's chunk stays small.
 */
export function useEChart(option: EChartsCoreOption, onClick?: (event: ECElementEvent) => void) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);

  useEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current);
    chart.current = instance;
    instance.on("click", (event) => clickRef.current?.(event));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return element;
}
