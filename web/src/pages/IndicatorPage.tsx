import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { api, type IndicatorValuesT, type RegionSeriesT } from '../api.ts';
import { Failure, Loading } from '../components/Shell.tsx';
import { ENGINE_MARKERS, MARKERS, type MessageKey } from '../i18n.ts';
import { useI18n } from '../i18n-react.tsx';
import { allPeriods, indicatorName } from '../indicator-text.ts';
import { useTitle } from '../router.tsx';
import { useAsync } from '../use-async.ts';

const SeriesChart = lazy(() => import('../charts/SeriesChart.tsx'));

type Comparison = 'land' | 'bund' | 'neighbour' | 'peer';
const COMPARISONS: { role: Comparison; label: MessageKey }[] = [
  { role: 'land', label: 'indicator.compareLand' },
  { role: 'bund', label: 'indicator.compareBund' },
  { role: 'neighbour', label: 'indicator.compareNeighbours' },
  { role: 'peer', label: 'indicator.comparePeers' },
];

export function IndicatorPage({ indicatorId, regionKey }: { indicatorId: string; regionKey: string }) {
  const values = useAsync(`values:${indicatorId}:${regionKey}:all`, () =>
    api.values(indicatorId, regionKey, 'land,bund,neighbours,peers'),
  );
  if (values.state === 'loading') return <Loading />;
  if (values.state === 'error') return <Failure error={values.error} />;
  return <IndicatorView data={values.data} />;
}

function IndicatorView({ data }: { data: IndicatorValuesT }) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [shown, setShown] = useState<Record<Comparison, boolean>>({
    land: true,
    bund: true,
    neighbour: false,
    peer: false,
  });
  const d = data.indicator;
  const name = indicatorName(d, i18n.language);
  useTitle(`${name} · ${data.region.name}`);
  // Series without any value would only add empty lines and columns.
  const visible = useMemo(
    () =>
      data.series.filter(
        (s) =>
          (s.role === 'region' || shown[s.role as Comparison]) &&
          (s.role === 'region' || s.values.length > 0),
      ),
    [data, shown],
  );
  const periods = useMemo(() => allPeriods(visible), [visible]);

  return (
    <>
      <p className="muted">{t('indicator.theme', { theme: d.theme })}</p>
      <h1>{name}</h1>
      <p className="lead">
        {data.region.name} · {t('indicator.unit', { unit: d.unit })}
        {data.rank ? (
          <>
            {' '}
            ·{' '}
            {t('indicator.rank', {
              rank: data.rank.rank,
              of: data.rank.of,
              period: i18n.period(data.rank.period),
            })}
          </>
        ) : null}
      </p>
      <p>{d.definitionDe}</p>

      <fieldset className="toggles">
        <legend>{t('indicator.compare')}</legend>
        {COMPARISONS.map(({ role, label }) => (
          <label key={role}>
            <input
              type="checkbox"
              checked={shown[role]}
              onChange={(event) => setShown({ ...shown, [role]: event.target.checked })}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>

      {/* Map, download, permalink and embed tabs will sit beside this section. */}
      <section aria-labelledby={`${id}-chart`} className="panel">
        <h2 id={`${id}-chart`}>{t('indicator.chart')}</h2>
        {visible.some((s) => s.values.some((v) => v.value !== null)) ? (
          <Suspense fallback={<Loading />}>
            <SeriesChart
              series={visible}
              periods={periods}
              unit={d.unit}
              decimals={d.decimals}
              label={t('indicator.chartLabel', { name, region: data.region.name })}
            />
          </Suspense>
        ) : (
          <p className="note">{t('indicator.noValues', { region: data.region.name })}</p>
        )}
      </section>

      <section aria-labelledby={`${id}-table`} className="panel">
        <h2 id={`${id}-table`}>{t('indicator.table')}</h2>
        <ValueTable series={visible} periods={periods} unit={d.unit} decimals={d.decimals} caption={name} />
      </section>

      <Sources data={data} />
      <Markers />
    </>
  );
}

function ValueTable(props: {
  series: RegionSeriesT[];
  periods: string[];
  unit: string;
  decimals: number;
  caption: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="table-scroll">
      <table className="values">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicator.region')}</th>
            {props.periods.map((p) => (
              <th scope="col" key={p} className="num">
                {i18n.period(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.series.map((s) => {
            const byPeriod = new Map(s.values.map((v) => [v.period, v]));
            return (
              <tr key={s.region} data-region={s.region} className={s.role === 'region' ? 'own' : undefined}>
                <th scope="row">{s.name}</th>
                {props.periods.map((p) => {
                  const point = byPeriod.get(p);
                  return (
                    <td key={p} className={point?.value == null ? 'num marker' : 'num'}>
                      {i18n.marked(point, props.unit, props.decimals)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Sources({ data }: { data: IndicatorValuesT }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="sources-heading" className="panel">
      <h2 id="sources-heading">{t('indicator.sources')}</h2>
      {data.sources.length === 0 ? <p>{t('indicator.noSources')}</p> : null}
      <ul className="sources">
        {data.sources.map((source) => (
          <li key={source.id}>
            <p>
              <strong>{source.title}</strong>
            </p>
            <dl>
              <div>
                <dt>{t('indicator.sourceTable')}</dt>
                <dd>
                  <code>{source.table}</code>
                </dd>
              </div>
              <div>
                <dt>{t('indicator.publisher')}</dt>
                <dd>{source.publisher}</dd>
              </div>
              <div>
                <dt>{t('indicator.vintage')}</dt>
                <dd>{source.vintage ? i18n.date(source.vintage) : '–'}</dd>
              </div>
              <div>
                <dt>{t('indicator.licence')}</dt>
                <dd>{source.licence}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Markers() {
  const i18n = useI18n();
  return (
    <section aria-labelledby="markers-heading" className="panel">
      <h2 id="markers-heading">{i18n.t('indicator.markers')}</h2>
      <dl className="markers">
        {MARKERS.map((flag) => (
          <div key={flag}>
            <dt>
              {ENGINE_MARKERS.includes(flag) ? null : <code>{flag}</code>} {i18n.marker(flag)}
            </dt>
            <dd>{i18n.markerLong(flag)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
