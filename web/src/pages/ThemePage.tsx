import { lazy, Suspense } from 'react';
import { api, type IndicatorValuesT } from '../api.ts';
import { Failure, Loading } from '../components/Shell.tsx';
import type { MessageKey } from '../i18n.ts';
import { useI18n } from '../i18n-react.tsx';
import { allPeriods, indicatorName } from '../indicator-text.ts';
import { Link, useTitle } from '../router.tsx';
import { useAsync } from '../use-async.ts';
import { CardBody } from './RegionPage.tsx';
import { PopulationPanel } from './region/PopulationPanel.tsx';
import { THEME_DASHBOARDS, type ThemeDashboard } from './themes.ts';

const SeriesChart = lazy(() => import('../charts/SeriesChart.tsx'));

/**
 * A thematic dashboard: every indicator of one theme for the region, each with its development next to
 * the Land and Germany, and what is missing to compute the others.
 */
export function ThemePage({ dashboard, regionKey }: { dashboard: ThemeDashboard; regionKey: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useAsync(`theme:${dashboard.theme}:${regionKey}`, () =>
    Promise.all([api.indicators(), api.region(regionKey), api.keyFigures(regionKey, dashboard.theme)]),
  );
  const themeName = loaded.state === 'done' ? loaded.data[0].themes[dashboard.theme]?.[i18n.language] : null;
  useTitle(loaded.state === 'done' && themeName ? `${themeName} · ${loaded.data[1].region.name}` : null);
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <Failure error={loaded.error} />;
  const [catalogue, region, figures] = loaded.data;
  const items = catalogue.items.filter((item) => item.definition.theme === dashboard.theme);
  const computable = items.filter((item) => item.situation.status === 'computable');
  const waiting = items.filter((item) => item.situation.status !== 'computable');
  return (
    <>
      <nav aria-label={t('theme.others')} className="theme-nav">
        <ul>
          {THEME_DASHBOARDS.map((other) => (
            <li key={other.slug}>
              <Link
                href={`/themen/${other.slug}?region=${regionKey}`}
                aria-current={other.slug === dashboard.slug ? 'page' : undefined}
              >
                {catalogue.themes[other.theme]?.[i18n.language] ?? other.theme}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="muted">{t('indicator.theme', { theme: dashboard.theme })}</p>
      <h1>{themeName}</h1>
      <p className="lead">
        <Link href={`/regionen/${regionKey}`}>{region.region.name}</Link> ·{' '}
        {t('theme.summary', { computable: computable.length, total: items.length })}
      </p>
      <p>{t(`theme.intro.${dashboard.theme}` as MessageKey)}</p>
      {dashboard.theme === 'A' ? (
        <PopulationPanel regionKey={regionKey} regionName={region.region.name} />
      ) : null}
      {computable.length ? (
        <ul className="dashboard">
          {figures.items.map((values) => (
            <DashboardTile key={values.indicator.id} values={values} regionKey={regionKey} />
          ))}
        </ul>
      ) : (
        <p className="note">{t('theme.nothingComputable')}</p>
      )}
      {waiting.length ? (
        <section aria-labelledby="theme-waiting" className="panel">
          <h2 id="theme-waiting">{t('theme.waiting')}</h2>
          <p className="muted">
            {t('theme.waitingIntro')} <Link href="/daten">{t('nav.data')}</Link>
          </p>
          <ul className="link-list">
            {waiting.map((item) => {
              const tables = [...new Set(item.situation.missing.map((m) => m.table ?? m.title))];
              return (
                <li key={item.definition.id}>
                  <Link href={`/indikatoren/${item.definition.id}?region=${regionKey}`}>
                    {indicatorName(item.definition, i18n.language)}
                  </Link>{' '}
                  <span className="muted">
                    {item.situation.status === 'no_formula'
                      ? t('status.no_formula')
                      : t('status.missingTables', { tables: tables.join(', ') })}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function DashboardTile({ values, regionKey }: { values: IndicatorValuesT; regionKey: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = values.indicator.id;
  const name = indicatorName(values.indicator, i18n.language);
  return (
    <li className="tile">
      <h2>
        <Link href={`/indikatoren/${id}?region=${regionKey}`}>{name}</Link>
      </h2>
      <CardBody values={values} />
      {values.series.some((s) => s.values.filter((v) => v.value !== null).length > 1) ? (
        <Suspense fallback={<Loading />}>
          <SeriesChart
            series={values.series.filter((s) => s.values.length > 0)}
            periods={allPeriods(values.series)}
            unit={values.indicator.unit}
            decimals={values.indicator.decimals}
            compact
            label={t('indicator.chartLabel', { name, region: values.region.name })}
          />
        </Suspense>
      ) : null}
      <p className="source">
        {values.sources.map((source) => `${source.publisher}: ${source.table}`).join(' · ')}
      </p>
    </li>
  );
}
