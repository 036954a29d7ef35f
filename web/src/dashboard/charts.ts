/**
 * Apache ECharts, tree-shaken to what the dashboard draws: line sparklines and a bar chart with a target line, drawn
 * as SVG (sharp in print and screenshots, no canvas to read back).
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { formatPercent, SUPPRESSED_TEXT } from '../shared/format.ts';

echarts.use([LineChart, BarChart, GridComponent, MarkLineComponent, SVGRenderer]);

export type Chart = echarts.ECharts;

/** Colours with at least 4.5:1 against white, as the page's text. */
export const CHART_COLOURS = { line: '#1d4f91', bar: '#2f6db5', target: '#a4262c', axis: '#4a4a4a' } as const;

/** A chart in an element, resized with it, disposed with it. */
export function mountChart(element: HTMLElement): { chart: Chart; dispose(): void } {
  const chart = echarts.init(element, null, { renderer: 'svg', locale: 'EN' });
  const observer = new ResizeObserver(() => {
    chart.resize();
  });
  observer.observe(element);
  return {
    chart,
    dispose: () => {
      observer.disconnect();
      chart.dispose();
    },
  };
}

export interface SparkPoint {
  asOf: string;
  value: number | null;
}

/**
 * A sparkline: the series' points in date order, no axes; a suppressed or missing point is a gap. A share (`percent`)
 * is drawn on a fixed 0–100 axis, so a line from 2 % to 3 % does not look like a climb from nothing to everything.
 */
export function sparklineOption(points: readonly SparkPoint[], percent = false): echarts.EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: 'category', show: false, data: points.map((point) => point.asOf), boundaryGap: false },
    yAxis: { type: 'value', show: false, scale: false, min: 0, ...(percent ? { max: 100 } : {}) },
    series: [
      {
        type: 'line',
        data: points.map((point) => point.value),
        showSymbol: false,
        connectNulls: false,
        lineStyle: { width: 2, color: CHART_COLOURS.line },
        areaStyle: { color: 'rgba(29, 79, 145, 0.12)' },
        silent: true,
      },
    ],
  };
}

export interface CoverageBar {
  name: string;
  value: number | null;
  /** Hidden as a small count of people: the bar's place reads «скрыто», not an empty gap. */
  suppressed?: boolean;
}

/** Coverage per territory as horizontal bars, names readable, with the target as a vertical line. */
export function coverageOption(bars: readonly CoverageBar[], target: number | null): echarts.EChartsCoreOption {
  const label = (value: number) => formatPercent(value);
  return {
    animation: false,
    grid: { left: 8, right: 48, top: 24, bottom: 24, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { formatter: label, color: CHART_COLOURS.axis },
      splitLine: { lineStyle: { color: '#d9d9d9' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => bar.name),
      axisLabel: { color: CHART_COLOURS.axis, fontSize: 12 },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        data: bars.map((bar) =>
          bar.suppressed === true && bar.value === null
            ? { value: 0, label: { show: true, position: 'right', formatter: SUPPRESSED_TEXT } }
            : bar.value,
        ),
        barMaxWidth: 16,
        itemStyle: { color: CHART_COLOURS.bar },
        label: {
          show: true,
          position: 'right',
          color: CHART_COLOURS.axis,
          formatter: ({ value }: { value: unknown }) => (typeof value === 'number' ? label(value) : ''),
        },
        markLine:
          target === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { color: CHART_COLOURS.target, width: 2, type: 'dashed' },
                label: { formatter: `цель ${label(target)}`, color: CHART_COLOURS.target, position: 'end' },
                data: [{ xAxis: target }],
              },
      },
    ],
  };
}
