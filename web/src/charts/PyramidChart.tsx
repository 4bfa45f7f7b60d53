import { useMemo } from 'react';
import type { PopulationStructureT } from '../api.ts';
import { useI18n } from '../i18n-react.tsx';
import { useChart } from './use-chart.ts';

type Structure = NonNullable<PopulationStructureT['structure']>;

const MALE = '#0b5cad';
const FEMALE = '#c2410c';

/**
 * Population pyramid: shares of the whole population per age group, men to the left and women to the
 * right; the Land (or Germany) as an outline for comparison. Shares, not counts, so that a Kreis and
 * its Land fit one scale.
 */
export default function PyramidChart({
  structure,
  label,
  ageLabels,
}: {
  structure: Structure;
  label: string;
  ageLabels: string[];
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const option = useMemo(() => {
    const [own, ...others] = structure.pyramids;
    const comparison = others[0];
    const share = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
    const negative = (value: number | null) => (value === null ? null : -value);
    const percent = (value: number) => `${i18n.number(Math.abs(value), 1)} %`;
    const series: object[] = [
      {
        type: 'bar',
        name: t('pyramid.male'),
        stack: 'own',
        data: own?.groups.map((g) => negative(share(g.male.share))) ?? [],
        itemStyle: { color: MALE },
        barCategoryGap: '15%',
      },
      {
        type: 'bar',
        name: t('pyramid.female'),
        stack: 'own',
        data: own?.groups.map((g) => share(g.female.share)) ?? [],
        itemStyle: { color: FEMALE },
      },
    ];
    if (comparison) {
      const name = t('pyramid.comparison', { name: comparison.name });
      for (const side of ['male', 'female'] as const) {
        series.push({
          type: 'line',
          name,
          data: comparison.groups.map((g) =>
            side === 'male' ? negative(share(g.male.share)) : share(g.female.share),
          ),
          step: 'middle',
          symbol: 'none',
          connectNulls: false,
          lineStyle: { color: '#111827', width: 1.5, type: 'dashed' },
          itemStyle: { color: '#111827' },
          z: 5,
        });
      }
    }
    return {
      animation: false,
      grid: { left: 120, right: 24, top: 16, bottom: 64 },
      legend: { bottom: 0 },
      tooltip: {
        trigger: 'axis' as const,
        axisPointer: { type: 'shadow' as const },
        valueFormatter: (value: unknown) => (typeof value === 'number' ? percent(value) : '–'),
      },
      xAxis: {
        type: 'value' as const,
        axisLabel: { formatter: (value: number) => percent(value) },
      },
      yAxis: { type: 'category' as const, data: ageLabels, axisTick: { show: false } },
      series,
    };
  }, [structure, ageLabels, i18n, t]);
  const ref = useChart(option as Parameters<typeof useChart>[0]);
  return <div ref={ref} className="chart pyramid" role="img" aria-label={label} />;
}
