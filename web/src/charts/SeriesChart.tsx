import { useMemo } from 'react';
import type { RegionSeriesT } from '../api.ts';
import { useI18n } from '../i18n-react.tsx';
import { useChart } from './use-chart.ts';

export interface SeriesChartProps {
  series: RegionSeriesT[];
  periods: string[];
  unit: string;
  decimals: number;
  label: string;
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
export default function SeriesChart({ series, periods, unit, decimals, label }: SeriesChartProps) {
  const i18n = useI18n();
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 64, right: 24, top: 24, bottom: 72 },
      tooltip: {
        trigger: 'axis' as const,
        valueFormatter: (value: unknown) =>
          typeof value === 'number' ? i18n.withUnit(value, unit, decimals) : i18n.marker('missing'),
      },
      legend: { bottom: 0, type: 'scroll' as const },
      xAxis: { type: 'category' as const, data: periods.map((p) => i18n.period(p)), boundaryGap: false },
      yAxis: {
        type: 'value' as const,
        scale: true,
        name: unit,
        nameTextStyle: { align: 'right' as const },
        axisLabel: { formatter: (value: number) => i18n.number(value) },
      },
      series: series.map((s) => {
        const byPeriod = new Map(s.values.map((v) => [v.period, v.value]));
        const main = s.role === 'region' || s.role === 'land' || s.role === 'bund';
        return {
          type: 'line' as const,
          name: s.name,
          data: periods.map((p) => byPeriod.get(p) ?? null),
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
    }),
    [series, periods, unit, decimals, i18n],
  );
  const ref = useChart(option);
  return <div ref={ref} className="chart" role="img" aria-label={label} />;
}
