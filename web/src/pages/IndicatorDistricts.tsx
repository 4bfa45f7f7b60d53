import { type CSSProperties, lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { type DistrictValuesT, type FeatureCollectionT, getJson } from '../api.ts';
import { Failure, Loading } from '../components/Shell.tsx';
import { useI18n } from '../i18n-react.tsx';
import { useAsync } from '../use-async.ts';
import {
  classBreaks,
  classColours,
  classOf,
  defaultPeriod,
  districtPaths,
  NO_VALUE_COLOUR,
  periodsOf,
  type Scope,
  type SortDirection,
  type SortKey,
  sortRows,
} from './indicator-view.ts';

const DistrictMap = lazy(() => import('../charts/DistrictMap.tsx'));

export interface DistrictPanelProps {
  mode: 'karte' | 'tabelle';
  indicatorId: string;
  indicatorName: string;
  unit: string;
  decimals: number;
  region: { key: string; name: string };
  land: string;
  landName: string;
  scope: Scope;
  period: string | null;
  onScope: (scope: Scope) => void;
  onPeriod: (period: string) => void;
  onSelectRegion: (key: string) => void;
}

const HATCH = `repeating-linear-gradient(-45deg, rgba(0,0,0,0.3) 0 1px, ${NO_VALUE_COLOUR} 1px 5px)`;

/** Karte and Tabelle tabs: all Kreise of the Land or of Germany for one period. */
export default function DistrictPanel(props: DistrictPanelProps) {
  const paths = districtPaths(props.indicatorId, props.scope, props.land);
  const values = useAsync(paths.values, () => getJson<DistrictValuesT>(paths.values));
  if (values.state === 'loading') return <Loading />;
  if (values.state === 'error') return <Failure error={values.error} />;
  return <DistrictView {...props} data={values.data} geometriesPath={paths.geometries} />;
}

function DistrictView(props: DistrictPanelProps & { data: DistrictValuesT; geometriesPath: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { data, unit, decimals } = props;
  const periods = useMemo(() => periodsOf(data.series), [data]);
  const period =
    props.period && periods.includes(props.period)
      ? props.period
      : defaultPeriod(data.series, props.region.key);
  const area =
    props.scope === 'de'
      ? t('indicatorTabs.scopeDe')
      : t('indicatorTabs.scopeLand', { land: props.landName });
  const rows = useMemo(
    () =>
      data.series.map((s) => {
        const point = s.values.find((v) => v.period === period);
        return { key: s.region, name: s.name, value: point?.value ?? null, flag: point?.flag ?? null };
      }),
    [data, period],
  );

  return (
    <>
      <div className="toggles district-controls">
        <label>
          {t('indicator.period')}{' '}
          <select value={period ?? ''} onChange={(event) => props.onPeriod(event.target.value)}>
            {[...periods].reverse().map((p) => (
              <option key={p} value={p}>
                {i18n.period(p)}
              </option>
            ))}
          </select>
        </label>{' '}
        <fieldset>
          <legend className="visually-hidden">{t('indicatorTabs.scope')}</legend>
          {(['land', 'de'] as const).map((scope) => (
            <label key={scope}>
              <input
                type="radio"
                name="scope"
                value={scope}
                checked={props.scope === scope}
                onChange={() => props.onScope(scope)}
              />{' '}
              {scope === 'de'
                ? t('indicatorTabs.scopeDe')
                : t('indicatorTabs.scopeLand', { land: props.landName })}
            </label>
          ))}
        </fieldset>
      </div>
      {period === null || rows.every((row) => row.value === null) ? (
        <p className="note">
          {t('indicatorTabs.noDistrictValues', { period: period ? i18n.period(period) : '–' })}
        </p>
      ) : null}
      {props.mode === 'karte' ? (
        <MapView {...props} rows={rows} period={period} area={area} />
      ) : (
        <DistrictTable
          rows={rows}
          unit={unit}
          decimals={decimals}
          own={props.region.key}
          caption={t('indicatorTabs.tableCaption', {
            name: props.indicatorName,
            area,
            period: period ? i18n.period(period) : '–',
          })}
        />
      )}
    </>
  );
}

interface Row {
  key: string;
  name: string;
  value: number | null;
  flag: string | null;
}

function MapView(
  props: DistrictPanelProps & { rows: Row[]; period: string | null; area: string; geometriesPath: string },
) {
  const i18n = useI18n();
  const { t } = i18n;
  const geometries = useAsync(props.geometriesPath, () => getJson<FeatureCollectionT>(props.geometriesPath));
  const { rows, unit, decimals } = props;
  const legend = useMemo(() => {
    const numbers = rows.map((row) => row.value).filter((v): v is number => v !== null);
    const breaks = classBreaks(numbers);
    const colours = classColours(breaks.length + 1);
    const fills = new Map<string, string>();
    for (const row of rows)
      if (row.value !== null) fills.set(row.key, colours[classOf(row.value, breaks)] as string);
    const min = Math.min(...numbers);
    const max = Math.max(...numbers);
    const classes = numbers.length
      ? colours.map((colour, i) => ({
          colour,
          from: i === 0 ? min : (breaks[i - 1] as number),
          to: i === breaks.length ? max : (breaks[i] as number),
        }))
      : [];
    return { fills, classes };
  }, [rows]);
  const byKey = useMemo(() => new Map(rows.map((row) => [row.key, row])), [rows]);
  const describe = useCallback(
    (key: string) => {
      const row = byKey.get(key);
      return row ? `${row.name}: ${i18n.marked(row, unit, decimals)}` : key;
    },
    [byKey, i18n, unit, decimals],
  );
  if (geometries.state === 'loading') return <Loading />;
  if (geometries.state === 'error') return <Failure error={geometries.error} />;
  const number = (value: number) => i18n.number(value, decimals);
  return (
    <figure className="map-figure">
      <Suspense fallback={<Loading />}>
        <DistrictMap
          mapKey={props.scope === 'de' ? 'de' : props.land}
          geometries={geometries.data}
          fills={legend.fills}
          noValueColour={NO_VALUE_COLOUR}
          highlight={props.region.key}
          describe={describe}
          label={t('indicatorTabs.mapLabel', {
            name: props.indicatorName,
            period: props.period ? i18n.period(props.period) : '–',
            area: props.area,
            region: props.region.name,
          })}
          onSelect={props.onSelectRegion}
        />
      </Suspense>
      <figcaption>
        <p className="legend-title">
          <strong>{t('indicatorTabs.legend', { unit })}</strong>
        </p>
        <ul className="map-legend">
          {legend.classes.map((c) => (
            <li key={c.colour}>
              <Swatch style={{ background: c.colour }} />
              {t('indicatorTabs.classRange', { from: number(c.from), to: number(c.to) })}
            </li>
          ))}
          <li>
            <Swatch style={{ backgroundImage: HATCH }} />
            {t('indicatorTabs.noValue')}
          </li>
          <li>
            <Swatch style={{ background: '#fff', border: '3px solid #c2410c' }} />
            {t('indicatorTabs.outlined', { region: props.region.name })}
          </li>
        </ul>
        <p className="muted">{t('indicatorTabs.mapHint')}</p>
        <p className="muted attribution">{geometries.data.attribution}</p>
      </figcaption>
    </figure>
  );
}

function Swatch({ style }: { style: CSSProperties }) {
  return <span aria-hidden="true" className="swatch" style={style} />;
}

function DistrictTable(props: { rows: Row[]; unit: string; decimals: number; own: string; caption: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'ascending',
  });
  const sorted = useMemo(() => sortRows(props.rows, sort.key, sort.direction), [props.rows, sort]);
  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort.key === key;
    return (
      <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? sort.direction : 'none'}>
        <button
          type="button"
          className="sort-button"
          onClick={() =>
            setSort({
              key,
              direction:
                active && sort.direction === 'ascending'
                  ? 'descending'
                  : active
                    ? 'ascending'
                    : key === 'value'
                      ? 'descending'
                      : 'ascending',
            })
          }
        >
          {label}{' '}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <div className="table-scroll">
      <table className="values district-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {header('key', t('indicatorTabs.key'))}
            {header('name', t('indicatorTabs.district'))}
            {header('value', t('indicatorTabs.value'), true)}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.key} data-region={row.key} className={row.key === props.own ? 'own' : undefined}>
              <td>{row.key}</td>
              <th scope="row">{row.name}</th>
              <td className={row.value === null ? 'num marker' : 'num'}>
                {i18n.marked(row, props.unit, props.decimals)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
