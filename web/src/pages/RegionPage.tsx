import { lazy, Suspense } from 'react';
import { api, type IndicatorValuesT, landOf, type RegionDetailT } from '../api.ts';
import { Sparkline } from '../charts/Sparkline.tsx';
import { Failure, Loading } from '../components/Shell.tsx';
import { useI18n } from '../i18n-react.tsx';
import { indicatorName } from '../indicator-text.ts';
import { Link, useTitle } from '../router.tsx';
import { useAsync } from '../use-async.ts';
import { PopulationPanel } from './region/PopulationPanel.tsx';
import { themeSlug } from './themes.ts';

const RegionMap = lazy(() => import('../charts/RegionMap.tsx'));

export function RegionPage({ regionKey }: { regionKey: string }) {
  const { t } = useI18n();
  const detail = useAsync(`region:${regionKey}`, () =>
    Promise.all([api.region(regionKey), api.region(landOf(regionKey))]),
  );
  useTitle(detail.state === 'done' ? detail.data[0].region.name : null);
  if (detail.state === 'loading') return <Loading />;
  if (detail.state === 'error') return <Failure error={detail.error} />;
  const [data, land] = detail.data;
  return (
    <>
      <RegionHeader data={data} landName={land.region.name} />
      <div className="columns">
        <section aria-labelledby="map-heading" className="panel">
          <h2 id="map-heading">{t('region.map')}</h2>
          <MapPanel regionKey={regionKey} name={data.region.name} landName={land.region.name} />
        </section>
        <section aria-labelledby="neighbours-heading" className="panel">
          <h2 id="neighbours-heading">{t('region.neighbours')}</h2>
          {data.neighbours.length ? (
            <ul className="link-list">
              {data.neighbours.map((n) => (
                <li key={n.key}>
                  <Link href={`/regionen/${n.key}`}>{n.name}</Link> <span className="muted">{n.type}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('region.noNeighbours')}</p>
          )}
        </section>
      </div>
      <PopulationPanel regionKey={regionKey} regionName={data.region.name} />
      <KeyFigures regionKey={regionKey} />
    </>
  );
}

function RegionHeader({ data, landName }: { data: RegionDetailT; landName: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const r = data.region;
  return (
    <section aria-labelledby="region-heading">
      <h1 id="region-heading">{r.name}</h1>
      <p className="lead">
        {r.type} · {landName} · {t('region.ags', { key: r.key })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('region.population')}</dt>
          <dd>
            {r.population === null ? i18n.marker('missing') : i18n.number(r.population, 0)}
            {r.populationDate ? (
              <small> ({t('region.asOf', { date: i18n.date(r.populationDate) })})</small>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('region.area')}</dt>
          <dd>{r.areaKm2 === null ? i18n.marker('missing') : i18n.withUnit(r.areaKm2, 'km²', 1)}</dd>
        </div>
        {r.population !== null && r.areaKm2 ? (
          <div>
            <dt>{t('region.density')}</dt>
            <dd>{i18n.number(r.population / r.areaKm2, 0)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="source">{t('region.source')}</p>
    </section>
  );
}

function MapPanel({ regionKey, name, landName }: { regionKey: string; name: string; landName: string }) {
  const { t } = useI18n();
  const land = landOf(regionKey);
  const geometries = useAsync(`geo:${land}`, () => api.geometries(land));
  if (geometries.state === 'loading') return <Loading />;
  if (geometries.state === 'error') return <Failure error={geometries.error} />;
  return (
    <figure className="map-figure">
      <Suspense fallback={<Loading />}>
        <RegionMap
          land={land}
          geometries={geometries.data}
          highlight={regionKey}
          label={t('region.mapLabel', { land: landName, name })}
        />
      </Suspense>
      <figcaption className="source">{geometries.data.attribution}</figcaption>
    </figure>
  );
}

function KeyFigures({ regionKey }: { regionKey: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  // All cards in one request: one answer instead of two dozen competing with the map's chart code.
  // The map's outlines first: the server computes the key figures for a while, and the map is what the
  // reader sees first.
  const loaded = useAsync(`keyFigures:${regionKey}`, async () => {
    await api.geometries(landOf(regionKey)).catch(() => undefined);
    return Promise.all([api.indicators(), api.keyFigures(regionKey)]);
  });
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <Failure error={loaded.error} />;
  const [catalogue, figures] = loaded.data;
  const themes = [...new Set(figures.items.map((item) => item.indicator.theme))].sort();
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('region.keyFigures')}</h2>
      <p className="muted">{t('region.keyFiguresIntro')}</p>
      {themes.map((theme) => {
        const label = catalogue.themes[theme];
        return (
          <section key={theme} aria-labelledby={`theme-${theme}`}>
            <h3 id={`theme-${theme}`}>
              {theme} · {label ? label[i18n.language] : theme}
            </h3>
            {themeSlug(theme) ? (
              <p>
                <Link href={`/themen/${themeSlug(theme)}?region=${regionKey}`}>
                  {t('region.themeDashboard', { theme: label ? label[i18n.language] : theme })}
                </Link>
              </p>
            ) : null}
            <ul className="cards">
              {figures.items
                .filter((item) => item.indicator.theme === theme)
                .map((item) => (
                  <IndicatorCard key={item.indicator.id} values={item} regionKey={regionKey} />
                ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function IndicatorCard({ values, regionKey }: { values: IndicatorValuesT; regionKey: string }) {
  const i18n = useI18n();
  const id = values.indicator.id;
  return (
    <li className="card">
      <h4>
        <Link href={`/indikatoren/${id}?region=${regionKey}`}>
          {indicatorName(values.indicator, i18n.language)}
        </Link>
      </h4>
      <CardBody values={values} />
    </li>
  );
}

export function CardBody({ values }: { values: IndicatorValuesT }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { unit, decimals } = values.indicator;
  const own = values.series.find((s) => s.role === 'region');
  const newest = own?.values.at(-1);
  if (!newest) return <p className="note">{t('card.noData')}</p>;
  // The latest period with a number; a newer period without one is named in a note.
  const latest = own?.values.findLast((v) => v.value !== null) ?? newest;
  const compare = (role: 'land' | 'bund') =>
    values.series.find((s) => s.role === role)?.values.find((v) => v.period === latest.period);
  const land = compare('land');
  const bund = compare('bund');
  const first = own?.values[0];
  return (
    <>
      {own && first && own.values.length > 1 ? (
        <Sparkline
          points={own.values}
          label={t('card.trend', { from: i18n.period(first.period), to: i18n.period(newest.period) })}
        />
      ) : null}
      <p className="card-value">
        {latest.value === null ? (
          <span className="marker">{i18n.marked(latest, unit, decimals)}</span>
        ) : (
          <>
            {i18n.withUnit(latest.value, unit, decimals)}
            {latest.flag ? <small> {i18n.marker(latest.flag)}</small> : null}
          </>
        )}{' '}
        <small>({i18n.period(latest.period)})</small>
      </p>
      <dl className="card-compare">
        <div>
          <dt>{t('card.land')}</dt>
          <dd>{land ? i18n.marked(land, unit, decimals) : t('card.missingComparison')}</dd>
        </div>
        <div>
          <dt>{t('card.bund')}</dt>
          <dd>{bund ? i18n.marked(bund, unit, decimals) : t('card.missingComparison')}</dd>
        </div>
      </dl>
    </>
  );
}
