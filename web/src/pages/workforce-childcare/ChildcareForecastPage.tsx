import { type FormEvent, lazy, Suspense, useCallback, useEffect, useId, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { Link, useTitle } from '../../router.tsx';
import {
  type ComparisonT,
  download,
  type ForecastT,
  type ParameterInfoT,
  type ParamValues,
  requestJson,
  type ScenarioListT,
  type ScenarioT,
} from './api.ts';
import './childcare.css';

const FteChart = lazy(() => import('./FteChart.tsx'));

const GROUPS = ['population', 'kita', 'staff', 'ganztag'] as const;
const BASE = '/api/v1/workforce/childcare';

/** Kita and Ganztag staff forecast for one Kreis: parameters, chart, table, scenarios (issue 6, item 5). */
export function ChildcareForecastPage({ regionKey }: { regionKey: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('childcare.title'));
  const [horizon, setHorizon] = useState(2035);
  const [baseYear, setBaseYear] = useState<number | undefined>(undefined);
  const [values, setValues] = useState<ParamValues>({});
  const [forecast, setForecast] = useState<ForecastT | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const [scenarios, setScenarios] = useState<ScenarioT[]>([]);
  const [message, setMessage] = useState('');

  const run = useCallback(
    async (params: ParamValues, horizonYear: number, base?: number) => {
      setBusy(true);
      try {
        const result = await requestJson<ForecastT>('POST', `${BASE}/forecast`, {
          region: regionKey,
          horizonYear,
          ...(base === undefined ? {} : { baseYear: base }),
          params,
        });
        setForecast(result);
        setError(null);
      } catch (caught) {
        setError(caught instanceof Error ? caught : new Error(String(caught)));
      } finally {
        setBusy(false);
      }
    },
    [regionKey],
  );

  const loadScenarios = useCallback(async () => {
    try {
      const list = await requestJson<ScenarioListT>('GET', `${BASE}/scenarios?region=${regionKey}`);
      setScenarios(list.items);
    } catch (caught) {
      setMessage(caught instanceof Error ? caught.message : String(caught));
    }
  }, [regionKey]);

  useEffect(() => {
    void run({}, 2035);
    void loadScenarios();
  }, [run, loadScenarios]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(values, horizon, baseYear);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/fachkraefte/befragungen?region=${regionKey}`}>{t('childcare.toSurveys')}</Link>
      </p>
      <h1>{t('childcare.title')}</h1>
      <p className="lead">{t('childcare.intro', { region: forecast?.region.name ?? regionKey })}</p>
      <Method />
      {error && <Failure error={error} />}
      {!forecast && !error && <Loading />}
      {forecast && (
        <>
          <BaseInfo forecast={forecast} />
          <form className="childcare-form" onSubmit={submit} aria-labelledby="params-heading">
            <h2 id="params-heading">{t('childcare.parameters')}</h2>
            <div className="field">
              <label htmlFor="horizon">{t('childcare.horizon')}</label>
              <input
                id="horizon"
                type="number"
                min={2025}
                max={2045}
                value={horizon}
                onChange={(event) => setHorizon(Number(event.target.value))}
              />
            </div>
            <div className="field">
              <label htmlFor="base-year">{t('childcare.baseYear')}</label>
              <select
                id="base-year"
                value={baseYear ?? ''}
                onChange={(event) =>
                  setBaseYear(event.target.value === '' ? undefined : Number(event.target.value))
                }
              >
                <option value="">{t('childcare.baseYear.latest')}</option>
                {forecast.base.availablePeriods.map((period) => (
                  <option key={period} value={Number(period.slice(0, 4))}>
                    {i18n.date(period)}
                  </option>
                ))}
              </select>
            </div>
            {GROUPS.map((group) => (
              <fieldset key={group}>
                <legend>{t(`childcare.group.${group}` as MessageKey)}</legend>
                {forecast.parameters
                  .filter((parameter) => parameter.group === group)
                  .map((parameter) => (
                    <ParameterField
                      key={parameter.key}
                      parameter={parameter}
                      value={parameter.key in values ? values[parameter.key]! : parameter.value}
                      onChange={(value) => setValues((current) => ({ ...current, [parameter.key]: value }))}
                    />
                  ))}
              </fieldset>
            ))}
            <div className="cc-actions">
              <button type="submit" disabled={busy}>
                {t('childcare.compute')}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  const next = { ...values, ratioU3: 3, ratioUe3: 7.5 };
                  setValues(next);
                  void run(next, horizon, baseYear);
                }}
              >
                {t('childcare.recommended')}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setValues({});
                  setHorizon(2035);
                  setBaseYear(undefined);
                  void run({}, 2035);
                }}
              >
                {t('childcare.reset')}
              </button>
            </div>
          </form>
          <Result forecast={forecast} />
          <Exports regionKey={regionKey} values={values} horizon={horizon} baseYear={baseYear} />
          <SaveScenario
            regionKey={regionKey}
            values={values}
            horizon={horizon}
            baseYear={baseYear}
            onSaved={(note) => {
              setMessage(note);
              void loadScenarios();
            }}
          />
          <Scenarios
            scenarios={scenarios}
            onLoad={(scenario) => {
              const base = scenario.baseYear ?? undefined;
              setValues(scenario.params as ParamValues);
              setHorizon(scenario.horizonYear);
              setBaseYear(base);
              void run(scenario.params as ParamValues, scenario.horizonYear, base);
            }}
            onDeleted={() => void loadScenarios()}
          />
          <p role="status" className="muted">
            {message}
          </p>
        </>
      )}
    </>
  );
}

function Method() {
  const { t } = useI18n();
  return (
    <details className="method">
      <summary>{t('childcare.method.title')}</summary>
      <ol>
        <li>{t('childcare.method.population')}</li>
        <li>{t('childcare.method.kita')}</li>
        <li>{t('childcare.method.ganztag')}</li>
        <li>{t('childcare.method.staff')}</li>
        <li>{t('childcare.method.gap')}</li>
      </ol>
      <p className="note small">{t('childcare.method.limits')}</p>
    </details>
  );
}

function BaseInfo({ forecast }: { forecast: ForecastT }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { base } = forecast;
  return (
    <section aria-labelledby="base-heading" className="panel">
      <h2 id="base-heading">{t('childcare.base')}</h2>
      <dl className="facts">
        <dt>{t('childcare.base.under3')}</dt>
        <dd>{i18n.number(base.under3)}</dd>
        <dt>{t('childcare.base.age3to5')}</dt>
        <dd>{i18n.number(base.age3to5)}</dd>
        <dt>{t('childcare.base.age6to9')}</dt>
        <dd>{i18n.number(base.age6to9)}</dd>
      </dl>
      <p className="source">
        {t('childcare.base.source', {
          table: base.source.table,
          title: base.source.title,
          publisher: base.source.publisher,
          date: i18n.date(base.source.period),
          vintage: base.source.vintage ? i18n.date(base.source.vintage) : '–',
        })}
      </p>
      {forecast.staffPersonsDerived && <p className="note">{t('childcare.base.staffDerived')}</p>}
    </section>
  );
}

function ParameterField({
  parameter,
  value,
  onChange,
}: {
  parameter: ParameterInfoT;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const nullable = parameter.key === 'staffPersons';
  return (
    <div className="param">
      <label htmlFor={id}>
        {t(`childcare.param.${parameter.key}` as MessageKey)} <span className="unit">({parameter.unit})</span>
      </label>
      <input
        id={id}
        type="number"
        step="any"
        min={parameter.min}
        max={parameter.max}
        value={value === null ? '' : value}
        placeholder={nullable ? t('childcare.derived') : undefined}
        aria-describedby={`${id}-source`}
        onChange={(event) =>
          onChange(
            event.target.value === ''
              ? nullable
                ? null
                : parameter.defaultValue
              : Number(event.target.value),
          )
        }
      />
      <small id={`${id}-source`} className="param-source">
        {t('childcare.default', {
          value:
            parameter.defaultValue === null ? t('childcare.derived') : i18n.number(parameter.defaultValue),
        })}{' '}
        {parameter.source}
      </small>
    </div>
  );
}

function Result({ forecast }: { forecast: ForecastT }) {
  const i18n = useI18n();
  const { t } = i18n;
  const n = (value: number) => i18n.number(value, 1);
  const last = forecast.years[forecast.years.length - 1]!;
  return (
    <section aria-labelledby="result-heading">
      <h2 id="result-heading">{t('childcare.result')}</h2>
      <p>
        {t('childcare.summary', {
          year: last.year,
          required: n(last.requiredFte),
          available: n(last.availableFte),
          gap: n(last.gapFte),
          persons: i18n.number(Math.round(last.gapPersons)),
        })}
      </p>
      <Suspense fallback={<Loading />}>
        <FteChart
          years={forecast.years}
          label={t('childcare.chart.label', { region: forecast.region.name })}
        />
      </Suspense>
      <div className="table-scroll">
        <table className="values">
          <caption className="visually-hidden">{t('childcare.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('childcare.col.year')}</th>
              <th scope="col" className="num">
                {t('childcare.col.childrenU3')}
              </th>
              <th scope="col" className="num">
                {t('childcare.col.childrenUe3')}
              </th>
              <th scope="col" className="num">
                {t('childcare.col.fteKita')}
              </th>
              <th scope="col">{t('childcare.col.grades')}</th>
              <th scope="col" className="num">
                {t('childcare.col.fteGanztag')}
              </th>
              <th scope="col" className="num">
                {t('childcare.col.required')}
              </th>
              <th scope="col" className="num">
                {t('childcare.col.staff')}
              </th>
              <th scope="col" className="num">
                {t('childcare.col.available')}
              </th>
              <th scope="col" className="num">
                {t('childcare.col.gap')}
              </th>
            </tr>
          </thead>
          <tbody>
            {forecast.years.map((row) => (
              <tr key={row.year}>
                <th scope="row">
                  {row.year} <span className="muted">({row.schoolYear})</span>
                </th>
                <td className="num">{i18n.number(Math.round(row.childrenU3))}</td>
                <td className="num">{i18n.number(Math.round(row.childrenUe3))}</td>
                <td className="num">{n(row.fteKita)}</td>
                <td>{row.entitledGrades === 0 ? '–' : t('childcare.grades', { to: row.entitledGrades })}</td>
                <td className="num">{n(row.fteGanztag)}</td>
                <td className="num">{n(row.requiredFte)}</td>
                <td className="num">{i18n.number(Math.round(row.staffPersons))}</td>
                <td className="num">{n(row.availableFte)}</td>
                <td className={`num ${row.gapFte > 0 ? 'gap' : ''}`}>{n(row.gapFte)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Exports({
  regionKey,
  values,
  horizon,
  baseYear,
}: {
  regionKey: string;
  values: ParamValues;
  horizon: number;
  baseYear: number | undefined;
}) {
  const { t } = useI18n();
  const [error, setError] = useState('');
  const save = (format: 'csv' | 'xlsx') =>
    download(`${BASE}/forecast/export?format=${format}`, `kita-ganztag-prognose-${regionKey}.${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ region: regionKey, horizonYear: horizon, baseYear, params: values }),
    }).then(
      () => setError(''),
      (caught: Error) => setError(caught.message),
    );
  return (
    <div className="cc-actions">
      <button type="button" className="secondary" onClick={() => void save('csv')}>
        {t('childcare.export.csv')}
      </button>
      <button type="button" className="secondary" onClick={() => void save('xlsx')}>
        {t('childcare.export.xlsx')}
      </button>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

function SaveScenario({
  regionKey,
  values,
  horizon,
  baseYear,
  onSaved,
}: {
  regionKey: string;
  values: ParamValues;
  horizon: number;
  baseYear: number | undefined;
  onSaved: (message: string) => void;
}) {
  const { t } = useI18n();
  const [label, setLabel] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await requestJson('POST', `${BASE}/scenarios`, {
        region: regionKey,
        label,
        horizonYear: horizon,
        baseYear,
        params: values,
      });
      setError('');
      onSaved(t('childcare.saved', { label }));
      setLabel('');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <form className="childcare-form inline" onSubmit={submit} aria-labelledby="save-heading">
      <h2 id="save-heading">{t('childcare.save')}</h2>
      <div className="field">
        <label htmlFor="scenario-label">{t('childcare.save.label')}</label>
        <input
          id="scenario-label"
          required
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
      </div>
      <button type="submit">{t('childcare.save.button')}</button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function Scenarios({
  scenarios,
  onLoad,
  onDeleted,
}: {
  scenarios: ScenarioT[];
  onLoad: (scenario: ScenarioT) => void;
  onDeleted: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [selected, setSelected] = useState<number[]>([]);
  const [comparison, setComparison] = useState<ComparisonT | null>(null);
  const [error, setError] = useState('');
  const ids = selected.filter((id) => scenarios.some((s) => s.id === id));
  const compare = async () => {
    try {
      setComparison(await requestJson<ComparisonT>('GET', `${BASE}/scenarios/compare?ids=${ids.join(',')}`));
      setError('');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const remove = async (scenario: ScenarioT) => {
    if (!window.confirm(t('childcare.scenarios.confirmDelete', { label: scenario.label }))) return;
    await requestJson('DELETE', `${BASE}/scenarios/${scenario.id}`).catch((caught: Error) =>
      setError(caught.message),
    );
    onDeleted();
  };
  return (
    <section aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">{t('childcare.scenarios')}</h2>
      {scenarios.length === 0 ? (
        <p className="muted">{t('childcare.scenarios.none')}</p>
      ) : (
        <ul className="scenario-list">
          {scenarios.map((scenario) => (
            <li key={scenario.id}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(scenario.id)}
                  onChange={(event) =>
                    setSelected((current) =>
                      event.target.checked
                        ? [...current, scenario.id]
                        : current.filter((id) => id !== scenario.id),
                    )
                  }
                />{' '}
                {scenario.label}{' '}
                <span className="muted">
                  (
                  {t('childcare.scenarios.meta', {
                    year: scenario.horizonYear,
                    count: Object.keys(scenario.params).length,
                  })}
                  )
                </span>
              </label>{' '}
              <button type="button" className="link" onClick={() => onLoad(scenario)}>
                {t('childcare.scenarios.load', { label: scenario.label })}
              </button>{' '}
              <button type="button" className="link danger" onClick={() => void remove(scenario)}>
                {t('childcare.scenarios.delete', { label: scenario.label })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="cc-actions">
        <button type="button" disabled={ids.length === 0} onClick={() => void compare()}>
          {t('childcare.scenarios.compare')}
        </button>
        {ids.length > 0 && (
          <>
            <a
              className="button secondary"
              href={`${BASE}/scenarios/export?ids=${ids.join(',')}&format=csv`}
              download
            >
              {t('childcare.export.csv')}
            </a>
            <a
              className="button secondary"
              href={`${BASE}/scenarios/export?ids=${ids.join(',')}&format=xlsx`}
              download
            >
              {t('childcare.export.xlsx')}
            </a>
          </>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {comparison && <ComparisonTable comparison={comparison} />}
    </section>
  );
}

function ComparisonTable({ comparison }: { comparison: ComparisonT }) {
  const i18n = useI18n();
  const { t } = i18n;
  const years = [
    ...new Set(comparison.items.flatMap((item) => item.forecast.years.map((row) => row.year))),
  ].sort();
  const n = (value: number | undefined) => (value === undefined ? '–' : i18n.number(value, 1));
  return (
    <div className="table-scroll">
      <table className="values compare">
        <caption>{t('childcare.compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('childcare.col.year')}
            </th>
            {comparison.items.map((item) => (
              <th key={item.scenario.id} scope="colgroup" colSpan={3}>
                {item.scenario.label}
              </th>
            ))}
          </tr>
          <tr>
            {comparison.items.flatMap((item) => [
              <th key={`${item.scenario.id}-r`} scope="col" className="num">
                {t('childcare.col.required')}
              </th>,
              <th key={`${item.scenario.id}-a`} scope="col" className="num">
                {t('childcare.col.available')}
              </th>,
              <th key={`${item.scenario.id}-g`} scope="col" className="num">
                {t('childcare.col.gap')}
              </th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {comparison.items.flatMap((item) => {
                const row = item.forecast.years.find((entry) => entry.year === year);
                return [
                  <td key={`${item.scenario.id}-r`} className="num">
                    {n(row?.requiredFte)}
                  </td>,
                  <td key={`${item.scenario.id}-a`} className="num">
                    {n(row?.availableFte)}
                  </td>,
                  <td key={`${item.scenario.id}-g`} className="num">
                    {n(row?.gapFte)}
                  </td>,
                ];
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
