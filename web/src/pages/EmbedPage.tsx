import { lazy, Suspense } from 'react';
import { api } from '../api.ts';
import { Failure, Loading } from '../components/Shell.tsx';
import { useI18n } from '../i18n-react.tsx';
import { allPeriods, indicatorName } from '../indicator-text.ts';
import { useTitle } from '../router.tsx';
import { useAsync } from '../use-async.ts';
import { COMPARISON_ROLES } from './indicator-view.ts';

const SeriesChart = lazy(() => import('../charts/SeriesChart.tsx'));

const API_COMPARE: Record<string, string> = {
  land: 'land',
  bund: 'bund',
  neighbour: 'neighbours',
  peer: 'peers',
};

/**
 * An indicator chart for other sites (an iframe): no navigation, the chart with its sources and a link
 * to the full page. Comparisons as on the indicator page (`compare=land,bund,…`).
 */
export function EmbedPage({
  indicatorId,
  regionKey,
  compare,
}: {
  indicatorId: string;
  regionKey: string;
  compare: string | null;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const roles = (compare ?? 'land,bund')
    .split(',')
    .filter((role) => (COMPARISON_ROLES as readonly string[]).includes(role));
  const apiCompare = roles.map((role) => API_COMPARE[role]).join(',');
  const values = useAsync(`values:${indicatorId}:${regionKey}:${apiCompare}`, () =>
    api.values(indicatorId, regionKey, apiCompare),
  );
  const name = values.state === 'done' ? indicatorName(values.data.indicator, i18n.language) : null;
  useTitle(name && values.state === 'done' ? `${name} · ${values.data.region.name}` : null);
  const full = `/indikatoren/${encodeURIComponent(indicatorId)}?region=${encodeURIComponent(regionKey)}`;
  return (
    <main id="main" className="embed-page">
      {values.state === 'loading' ? <Loading /> : null}
      {values.state === 'error' ? <Failure error={values.error} /> : null}
      {values.state === 'done' && name ? (
        <>
          <h1>{name}</h1>
          <p className="muted">
            {values.data.region.name} · {t('indicator.unit', { unit: values.data.indicator.unit })}
          </p>
          {values.data.series.some((s) => s.values.some((v) => v.value !== null)) ? (
            <Suspense fallback={<Loading />}>
              <SeriesChart
                series={values.data.series.filter((s) => s.role === 'region' || s.values.length > 0)}
                periods={allPeriods(values.data.series)}
                unit={values.data.indicator.unit}
                decimals={values.data.indicator.decimals}
                compact
                label={t('indicator.chartLabel', { name, region: values.data.region.name })}
              />
            </Suspense>
          ) : (
            <p className="note">{t('indicator.noValues', { region: values.data.region.name })}</p>
          )}
          <p className="source">
            {values.data.sources
              .map((source) => `${source.publisher}: ${source.title} (${source.table}), ${source.licence}`)
              .join(' · ')}
          </p>
          <p>
            <a href={full} target="_blank" rel="noopener">
              {t('monitoring.embedOpen')}
            </a>
          </p>
        </>
      ) : null}
    </main>
  );
}
