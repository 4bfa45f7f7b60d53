import { useMemo } from 'react';
import type { RegionSeriesT } from '../api.ts';
import { periodPosition } from '../format.ts';
import { useI18n } from '../i18n-react.tsx';
import { useChart } from './use-chart.ts';

export interface SeriesChartProps {
  series: RegionSeriesT[];
  periods: string[];
  unit: string;
  decimals: number;
  label: string;
  /** Smaller, for dashboards: less margin, no axis name. */
  compact?: boolean;
}

const COLOURS: Record<RegionSeriesT['role'], string> = {
  region: '#0b5cad',
  land: '#c2410c',
  bund: '#374151',
  neighbour: '#7c9cbf',
  peer: '#a3a3a3',
  district: '#a3a3a3',
};

/** Line chart over time; gaps where a value is missing or confidential (null, never 0). */
export default function SeriesChart({ series, periods, unit, decimals, label, compact }: SeriesChartProps) {
  const i18n = useI18n();
  const option = useMemo(() => {
    const labels = new Map(periods.map((p) => [periodPosition(p), i18n.period(p)]));
    // Whole years around the data; one period alone gets a year either side instead of ECharts' guess.
    const positions = periods.map(periodPosition).filter((p): p is number => p !== null);
    let min = Math.floor(Math.min(...positions));
    let max = Math.ceil(Math.max(...positions));
    if (min === max) {
      min -= 1;
      max += 1;
    }
    return {
      animation: false,
      grid: compact
        ? { left: 56, right: 16, top: 16, bottom: 56 }
        : { left: 64, right: 32, top: 32, bottom: 72 },
      tooltip: {
        trigger: 'axis' as const,
        formatter: (params: unknown) => tooltip(params, labels, (v) => i18n.withUnit(v, unit, decimals)),
      },
      legend: { bottom: 0, type: 'scroll' as const },
      // A value axis in years keeps the real spacing between periods.
      xAxis: {
        type: 'value' as const,
        min,
        max,
        minInterval: 1,
        splitLine: { show: false },
        axisLabel: { formatter: (value: number) => (Number.isInteger(value) ? String(value) : '') },
      },
      yAxis: {
        type: 'value' as const,
        scale: true,
        name: compact ? '' : unit,
        nameTextStyle: { align: 'right' as const },
        axisLabel: { formatter: (value: number) => i18n.number(value) },
      },
      series: series.map((s) => {
        const main = s.role === 'region' || s.role === 'land' || s.role === 'bund';
        return {
          type: 'line' as const,
          name: s.name,
          // A marker (null) breaks the line: a gap, never a drop to 0.
          data: s.values.map((v) => [periodPosition(v.period), v.value]),
          connectNulls: false,
          symbolSize: main ? 7 : 4,
          lineStyle: {
            width: s.role === 'region' ? 3 : main ? 2 : 1,
            type: main ? ('solid' as const) : ('dashed' as const),
          },
          itemStyle: { color: COLOURS[s.role] },
          z: s.role === 'region' ? 10 : 1,
        };
      }),
    };
  }, [series, periods, unit, decimals, i18n, compact]);
  const ref = useChart(option);
  return <div ref={ref} className={compact ? 'chart compact' : 'chart'} role="img" aria-label={label} />;
}

interface TooltipItem {
  seriesName?: string;
  marker?: string;
  value?: unknown;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** "31.12.2023" and one line per region; ECharts renders the string as HTML, so names are escaped. */
function tooltip(
  params: unknown,
  labels: Map<number | null, string>,
  format: (value: number) => string,
): string {
  const items = (Array.isArray(params) ? params : [params]) as TooltipItem[];
  const first = items[0]?.value;
  const position = Array.isArray(first) && typeof first[0] === 'number' ? first[0] : null;
  const lines = items.map((item) => {
    const value = Array.isArray(item.value) ? item.value[1] : null;
    const text = typeof value === 'number' ? format(value) : '–';
    return `${item.marker ?? ''}${escapeHtml(item.seriesName ?? '')}: <b>${escapeHtml(text)}</b>`;
  });
  return [escapeHtml(labels.get(position) ?? ''), ...lines].join('<br>');
}
