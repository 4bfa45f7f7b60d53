import { type KeyboardEvent, lazy, Suspense, useId, useMemo, useRef, useState } from 'react';
import {
  api,
  type DistrictValuesT,
  getJson,
  type IndicatorValuesT,
  indicatorWorkbookUrl,
  landOf,
  type RegionSeriesT,
} from '../api.ts';
import { Failure, Loading } from '../components/Shell.tsx';
import { ENGINE_MARKERS, MARKERS, type MessageKey } from '../i18n.ts';
import { useI18n } from '../i18n-react.tsx';
import { allPeriods, indicatorName } from '../indicator-text.ts';
import { navigate, useLocation, useTitle } from '../router.tsx';
import { useAsync } from '../use-async.ts';
import { embedSnippet } from './embed.ts';
import {
  buildCsv,
  type Comparison,
  type CsvRow,
  defaultPeriod,
  districtPaths,
  readView,
  relativeChange,
  TABS,
  type Tab,
  type ViewState,
  viewQuery,
} from './indicator-view.ts';
import './indicator-tabs.css';

const SeriesChart = lazy(() => import('../charts/SeriesChart.tsx'));
const DistrictPanel = lazy(() => import('./IndicatorDistricts.tsx'));

const COMPARISONS: { role: Comparison; label: MessageKey }[] = [
  { role: 'land', label: 'indicator.compareLand' },
  { role: 'bund', label: 'indicator.compareBund' },
  { role: 'neighbour', label: 'indicator.compareNeighbours' },
  { role: 'peer', label: 'indicator.comparePeers' },
];

const TAB_LABELS: Record<Tab, MessageKey> = {
  verlauf: 'indicator.chart',
  karte: 'indicatorTabs.map',
  tabelle: 'indicator.table',
  quellen: 'indicator.sources',
};

export function IndicatorPage({ indicatorId, regionKey }: { indicatorId: string; regionKey: string }) {
  const values = useAsync(`values:${indicatorId}:${regionKey}:all`, () =>
    api.values(indicatorId, regionKey, 'land,bund,neighbours,peers'),
  );
  if (values.state === 'loading') return <Loading />;
  if (values.state === 'error') return <Failure error={values.error} />;
  return <IndicatorView indicatorId={indicatorId} data={values.data} />;
}

function IndicatorView({ indicatorId, data }: { indicatorId: string; data: IndicatorValuesT }) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const { path, query } = useLocation();
  const view = readView(query);
  const setView = (patch: Partial<ViewState>, region = data.region.key) =>
    navigate(`${path}?${viewQuery(region, { ...view, ...patch })}`, region === data.region.key);
  const panel = useRef<HTMLDivElement | null>(null);
  const [status, setStatus] = useState('');
  const d = data.indicator;
  const name = indicatorName(d, i18n.language);
  useTitle(`${name} · ${data.region.name}`);
  const compare = view.compare.join(',');
  // Series without any value would only add empty lines and columns.
  const visible = useMemo(
    () =>
      data.series.filter(
        (s) =>
          (s.role === 'region' || compare.split(',').includes(s.role)) &&
          (s.role === 'region' || s.values.length > 0),
      ),
    [data, compare],
  );
  const periods = useMemo(() => allPeriods(visible), [visible]);
  const relative = view.measure === 'relative';
  const changes = useMemo(
    () => (relative ? visible.map((s) => relativeChange(s)) : null),
    [visible, relative],
  );
  const charted = changes ?? visible;
  const chartBase = changes?.find((s) => s.role === 'region')?.base;
  const land = landOf(data.region.key);
  const landName = data.series.find((s) => s.role === 'land')?.name ?? land;

  const selectTab = (tab: Tab, focus = false) => {
    setView({ tab });
    if (focus) document.getElementById(`${id}-tab-${tab}`)?.focus();
  };
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(view.tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index - 1 + TABS.length) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    selectTab(next, true);
  };

  const fileBase = `${d.id}_${data.region.key}`;
  const downloadCsv = async () => {
    const { download } = await import('../charts/export.ts');
    let rows: CsvRow[];
    let suffix = 'verlauf';
    if (view.tab === 'karte' || view.tab === 'tabelle') {
      const districts = await getJson<DistrictValuesT>(districtPaths(indicatorId, view.scope, land).values);
      const period = view.period ?? defaultPeriod(districts.series, data.region.key);
      suffix = `${view.scope === 'de' ? 'de' : land}_${period ?? ''}`;
      rows = districts.series.map((s) => {
        const point = s.values.find((v) => v.period === period);
        return {
          region: s.region,
          name: s.name,
          period: period ?? '',
          value: point?.value ?? null,
          flag: point?.flag ?? null,
        };
      });
    } else {
      rows = visible.flatMap((s) =>
        s.values.map((v) => ({
          region: s.region,
          name: s.name,
          period: v.period,
          value: v.value,
          flag: v.flag,
        })),
      );
    }
    const csv = buildCsv({
      header: [
        t('indicatorTabs.key'),
        t('indicatorTabs.name'),
        t('indicator.period'),
        t('indicatorTabs.value'),
        t('indicatorTabs.marker'),
        t('indicatorTabs.unit'),
      ],
      rows,
      unit: d.unit,
      decimals: d.decimals,
      sources: [
        name,
        ...data.sources.map((source) =>
          t('indicatorTabs.csvSource', {
            title: source.title,
            table: source.table,
            publisher: source.publisher,
            vintage: source.vintage ? i18n.date(source.vintage) : '–',
            licence: source.licence,
          }),
        ),
      ],
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    download(url, `${fileBase}_${suffix}.csv`);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const downloadImage = async (type: 'png' | 'svg') => {
    const element = panel.current?.querySelector('.chart, .map');
    if (!element) return;
    const { exportChart } = await import('../charts/export.ts');
    // Title, the map's legend and the attribution travel with the file.
    const legend = [...(panel.current?.querySelectorAll('.map-legend li') ?? [])].map((item) => {
      const swatch = item.querySelector('.swatch');
      const style = swatch ? getComputedStyle(swatch) : null;
      const colour = style?.backgroundColor ?? '';
      return {
        colour: !colour || colour === 'rgba(0, 0, 0, 0)' ? '#d9d9d9' : colour,
        label: item.textContent ?? '',
        ...(style && style.borderTopWidth !== '1px' ? { stroke: style.borderTopColor } : {}),
      };
    });
    const attribution = panel.current?.querySelector('.attribution')?.textContent;
    const period = panel.current?.querySelector('select')?.selectedOptions[0]?.textContent;
    await exportChart(element, type, `${fileBase}_${view.tab}.${type}`, {
      title: [`${name} (${d.unit})`, data.region.name, period].filter(Boolean).join(' · '),
      legend,
      footer: [
        ...data.sources.map(
          (source) => `${source.publisher}: ${source.title} (${source.table}), ${source.licence}`,
        ),
        ...(attribution ? [attribution] : []),
      ],
    });
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus(t('indicatorTabs.copied'));
    } catch {
      setStatus(t('indicatorTabs.copyFailed'));
    }
  };
  const hasImage = view.tab === 'verlauf' || view.tab === 'karte';

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
      <p>{i18n.language === 'en' ? (d.definitionEn ?? d.definitionDe) : d.definitionDe}</p>

      <div role="tablist" aria-label={t('indicatorTabs.label')} className="tabs">
        {TABS.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`${id}-tab-${tab}`}
            aria-selected={view.tab === tab}
            aria-controls={`${id}-panel`}
            tabIndex={view.tab === tab ? 0 : -1}
            onClick={() => selectTab(tab)}
            onKeyDown={onTabKey}
          >
            {t(TAB_LABELS[tab])}
          </button>
        ))}
      </div>

      <div className="actions">
        <span className="muted">{t('indicatorTabs.downloads')}:</span>
        <button type="button" onClick={() => void downloadCsv()}>
          {t('indicatorTabs.csv')}
        </button>
        <a
          className="button"
          href={indicatorWorkbookUrl(d.id, data.region.key, 'land,bund,neighbours,peers')}
          download
        >
          {t('monitoring.xlsx')}
        </a>
        {hasImage ? (
          <>
            <button type="button" onClick={() => void downloadImage('png')}>
              {t('indicatorTabs.png')}
            </button>
            <button type="button" onClick={() => void downloadImage('svg')}>
              {t('indicatorTabs.svg')}
            </button>
          </>
        ) : null}
        <button type="button" onClick={() => void copyLink()}>
          {t('indicatorTabs.copyLink')}
        </button>
        <span role="status" className="muted">
          {status}
        </span>
      </div>

      <EmbedCode indicatorId={d.id} regionKey={data.region.key} compare={view.compare} title={name} />

      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${view.tab}`}
        className="tab-panel"
        ref={panel}
      >
        {view.tab === 'verlauf' ? (
          <>
            <fieldset className="toggles">
              <legend>{t('indicator.compare')}</legend>
              {COMPARISONS.map(({ role, label }) => (
                <label key={role}>
                  <input
                    type="checkbox"
                    checked={view.compare.includes(role)}
                    onChange={(event) =>
                      setView({
                        compare: event.target.checked
                          ? [...view.compare, role]
                          : view.compare.filter((r) => r !== role),
                      })
                    }
                  />{' '}
                  {t(label)}
                </label>
              ))}
            </fieldset>
            {periods.length > 1 ? (
              <fieldset className="toggles">
                <legend>{t('monitoring.measure')}</legend>
                <label>
                  <input
                    type="radio"
                    name={`${id}-measure`}
                    checked={!relative}
                    onChange={() => setView({ measure: 'absolute' })}
                  />{' '}
                  {t('monitoring.absolute', { unit: d.unit })}
                </label>
                <label>
                  <input
                    type="radio"
                    name={`${id}-measure`}
                    checked={relative}
                    onChange={() => setView({ measure: 'relative' })}
                  />{' '}
                  {t('monitoring.relative')}
                </label>
              </fieldset>
            ) : null}
            <section aria-labelledby={`${id}-chart`} className="panel">
              <h2 id={`${id}-chart`}>{t('indicator.chart')}</h2>
              {chartBase ? (
                <p className="muted">{t('monitoring.relativeNote', { period: i18n.period(chartBase) })}</p>
              ) : null}
              {visible.some((s) => s.values.some((v) => v.value !== null)) ? (
                <Suspense fallback={<Loading />}>
                  <SeriesChart
                    series={charted}
                    periods={periods}
                    unit={relative ? '%' : d.unit}
                    decimals={relative ? 1 : d.decimals}
                    label={t(relative ? 'monitoring.relativeChartLabel' : 'indicator.chartLabel', {
                      name,
                      region: data.region.name,
                    })}
                  />
                </Suspense>
              ) : (
                <p className="note">{t('indicator.noValues', { region: data.region.name })}</p>
              )}
            </section>
            <section aria-labelledby={`${id}-table`} className="panel">
              <h2 id={`${id}-table`}>{t('indicator.table')}</h2>
              <ValueTable
                series={charted}
                periods={periods}
                unit={relative ? '%' : d.unit}
                decimals={relative ? 1 : d.decimals}
                caption={relative ? t('monitoring.relativeCaption', { name }) : name}
              />
            </section>
          </>
        ) : null}
        {view.tab === 'karte' || view.tab === 'tabelle' ? (
          <section className="panel">
            <Suspense fallback={<Loading />}>
              <DistrictPanel
                mode={view.tab}
                indicatorId={indicatorId}
                indicatorName={name}
                unit={d.unit}
                decimals={d.decimals}
                region={data.region}
                land={land}
                landName={landName}
                scope={view.scope}
                period={view.period}
                onScope={(scope) => setView({ scope, period: null })}
                onPeriod={(period) => setView({ period })}
                onSelectRegion={(key) => setView({}, key)}
              />
            </Suspense>
          </section>
        ) : null}
        {view.tab === 'quellen' ? (
          <>
            <Sources data={data} />
            <Markers />
          </>
        ) : null}
      </div>
    </>
  );
}

function EmbedCode(props: { indicatorId: string; regionKey: string; compare: string[]; title: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const id = useId();
  const code = embedSnippet({ origin: window.location.origin, ...props });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(t('monitoring.embedCopied'));
    } catch {
      setStatus(t('indicatorTabs.copyFailed'));
    }
  };
  return (
    <details className="embed">
      <summary>{t('monitoring.embed')}</summary>
      <p className="muted">{t('monitoring.embedIntro')}</p>
      <label htmlFor={`${id}-code`}>{t('monitoring.embedCode')}</label>
      <textarea id={`${id}-code`} readOnly rows={3} value={code} onFocus={(event) => event.target.select()} />
      <button type="button" onClick={() => void copy()}>
        {t('monitoring.embedCopy')}
      </button>{' '}
      <span role="status" className="muted">
        {status}
      </span>
    </details>
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
