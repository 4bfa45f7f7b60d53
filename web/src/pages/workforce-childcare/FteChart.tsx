import { useMemo } from 'react';
import { useChart } from '../../charts/use-chart.ts';
import { useI18n } from '../../i18n-react.tsx';
import type { ForecastYearT } from './api.ts';

/** Required (Kita, Kita + Ganztag) against available full-time equivalents per year. */
export default function FteChart({ years, label }: { years: ForecastYearT[]; label: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const option = useMemo(
    () => ({
      animation: false,
      grid: { left: 64, right: 32, top: 32, bottom: 64 },
      tooltip: {
        trigger: 'axis' as const,
        valueFormatter: (value: unknown) => (typeof value === 'number' ? i18n.number(value, 1) : '–'),
      },
      legend: { bottom: 0 },
      xAxis: { type: 'category' as const, data: years.map((row) => String(row.year)) },
      yAxis: {
        type: 'value' as const,
        name: t('childcare.chart.unit'),
        axisLabel: { formatter: (value: number) => i18n.number(value) },
      },
      series: [
        {
          type: 'line' as const,
          name: t('childcare.chart.required'),
          data: years.map((row) => row.requiredFte),
          lineStyle: { width: 3 },
          itemStyle: { color: '#b91c1c' },
        },
        {
          type: 'line' as const,
          name: t('childcare.chart.kita'),
          data: years.map((row) => row.fteKita),
          lineStyle: { type: 'dashed' as const },
          itemStyle: { color: '#c2410c' },
        },
        {
          type: 'line' as const,
          name: t('childcare.chart.available'),
          data: years.map((row) => row.availableFte),
          lineStyle: { width: 3 },
          itemStyle: { color: '#0b5cad' },
        },
      ],
    }),
    [years, i18n, t],
  );
  const ref = useChart(option);
  return <div ref={ref} className="chart" role="img" aria-label={label} />;
}
