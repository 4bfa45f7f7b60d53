import { useMemo } from 'react';
import type { PopulationStructureT } from '../api.ts';
import { useI18n } from '../i18n-react.tsx';
import { useChart } from './use-chart.ts';

type Structure = NonNullable<PopulationStructureT['structure']>;

const MALE = '#0b5cad';
/** "75 and over" is drawn as 15 years wide (75 to under 90). */
const OPEN_GROUP_YEARS = 15;
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
    // Groups span 2 to 10 years: bars show the share per year of age so that their areas compare.
    const width = (g: { from: number; to: number | null }) => (g.to ?? g.from + OPEN_GROUP_YEARS) - g.from;
    const perYear = (value: number | null, g: { from: number; to: number | null }) =>
      value === null ? null : Math.round((value / width(g)) * 1000) / 1000;
    const negative = (value: number | null) => (value === null ? null : -value);
    const percent = (value: number) => `${i18n.number(Math.abs(value), 2)} %`;
    const all = structure.pyramids.flatMap((p) =>
      p.groups.flatMap((g) => [perYear(g.male.share, g), perYear(g.female.share, g)]),
    );
    const largest = Math.max(0, ...all.filter((v): v is number => v !== null));
    // A round limit (0,9 % rather than 0,84 %) gives round tick labels.
    const limit = Math.ceil(largest * 10) / 10 || 1;
    const series: object[] = [
      {
        type: 'bar',
        name: t('pyramid.male'),
        stack: 'own',
        data: own?.groups.map((g) => negative(perYear(g.male.share, g))) ?? [],
        itemStyle: { color: MALE },
        barCategoryGap: '15%',
      },
      {
        type: 'bar',
        name: t('pyramid.female'),
        stack: 'own',
        data: own?.groups.map((g) => perYear(g.female.share, g)) ?? [],
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
            side === 'male' ? negative(perYear(g.male.share, g)) : perYear(g.female.share, g),
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
        // Symmetric, so that men and women are read on the same scale.
        min: -limit,
        max: limit,
        axisLabel: { formatter: (value: number) => percent(value) },
      },
      yAxis: { type: 'category' as const, data: ageLabels, axisTick: { show: false } },
      series,
    };
  }, [structure, ageLabels, i18n, t]);
  const ref = useChart(option as Parameters<typeof useChart>[0]);
  return <div ref={ref} className="chart pyramid" role="img" aria-label={label} />;
}
