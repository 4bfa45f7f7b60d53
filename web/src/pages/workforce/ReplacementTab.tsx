import { type FormEvent, useEffect, useId, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { useAsync } from '../../use-async.ts';
import { type ReplacementResultT, workforceApi } from './workforce-api.ts';
import { AreaSelect, ScrollRegion } from './workforce-ui.tsx';

export function Replacement({ regionKey }: { regionKey: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const parameters = useAsync('replacement-parameters', () => workforceApi.replacementParameters());
  const [area, setArea] = useState(regionKey.length === 5 ? regionKey : 'DG');
  const [segmentBy, setSegmentBy] = useState<'' | 'occupation' | 'sector'>('');
  const [values, setValues] = useState<Record<string, string>>({});
  const [result, setResult] = useState<
    | { state: 'idle' }
    | { state: 'loading' }
    | { state: 'error'; error: Error }
    | { state: 'done'; data: ReplacementResultT }
  >({ state: 'idle' });
  const segmentId = useId();
  const defaults = parameters.state === 'done' ? parameters.data : [];

  const run = async (params: Record<string, string>) => {
    setResult({ state: 'loading' });
    const body: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(params)) {
      if (value === '') continue;
      body[key] = key === 'supplyBasis' ? value : Number(value.replace(',', '.'));
    }
    try {
      setResult({ state: 'done', data: await workforceApi.replacement(area, segmentBy || undefined, body) });
    } catch (error) {
      setResult({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: recompute when the area or breakdown changes
  useEffect(() => {
    if (parameters.state === 'done') void run(values);
  }, [parameters.state, area, segmentBy]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(values);
  };
  return (
    <>
      <p className="lead">{t('wf.rep.intro')}</p>
      {parameters.state === 'loading' && <Loading />}
      {parameters.state === 'error' && <Failure error={parameters.error} />}
      {parameters.state === 'done' && (
        <form onSubmit={submit} aria-labelledby="wf-params-heading">
          <h2 id="wf-params-heading">{t('wf.rep.params')}</h2>
          <div className="filters">
            <AreaSelect regionKey={regionKey} area={area} onChange={setArea} />
            <div>
              <label htmlFor={segmentId}>{t('wf.rep.segmentBy')}</label>{' '}
              <select
                id={segmentId}
                value={segmentBy}
                onChange={(e) => setSegmentBy(e.target.value as typeof segmentBy)}
              >
                <option value="">–</option>
                <option value="occupation">{t('wf.rep.byOccupation')}</option>
                <option value="sector">{t('wf.rep.bySector')}</option>
              </select>
            </div>
          </div>
          <div className="wf-params">
            {defaults.map((parameter) => (
              <ParameterInput
                key={parameter.key}
                parameter={parameter}
                value={
                  values[parameter.key] ??
                  (i18n.language === 'de'
                    ? String(parameter.default).replace('.', ',')
                    : String(parameter.default))
                }
                onChange={(value) => setValues({ ...values, [parameter.key]: value })}
              />
            ))}
          </div>
          <div className="wf-actions">
            <button type="submit">{t('wf.rep.compute')}</button>
            <button
              type="button"
              onClick={() => {
                setValues({});
                void run({});
              }}
            >
              {t('wf.rep.reset')}
            </button>
          </div>
        </form>
      )}
      <div aria-live="polite">
        {result.state === 'loading' && <Loading />}
        {result.state === 'error' && <Failure error={result.error} />}
        {result.state === 'done' && <ReplacementResultView result={result.data} />}
      </div>
    </>
  );
}

function ParameterInput({
  parameter,
  value,
  onChange,
}: {
  parameter: {
    key: string;
    label: string;
    help: string;
    unit: string;
    min: number | null;
    max: number | null;
  };
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div>
      <label htmlFor={id}>{t(`wf.param.${parameter.key}` as MessageKey)}</label>
      {parameter.key === 'supplyBasis' ? (
        <select id={id} aria-describedby={helpId} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="school">{t('wf.rep.school')}</option>
          <option value="vocational">{t('wf.rep.vocational')}</option>
        </select>
      ) : (
        <input
          id={id}
          aria-describedby={helpId}
          inputMode="decimal"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <p className="help" id={helpId}>
        {t(`wf.param.${parameter.key}.help` as MessageKey)}
      </p>
    </div>
  );
}

function ReplacementResultView({ result }: { result: ReplacementResultT }) {
  const i18n = useI18n();
  const { t } = i18n;
  const n = (value: number) => i18n.number(Math.round(value), 0);
  const employees = result.horizons[0]?.total.employees ?? 0;
  return (
    <>
      <p>
        {t('wf.rep.base', {
          employees: n(employees),
          period: result.employeesPeriod ? i18n.period(result.employeesPeriod) : '–',
          school: result.base.schoolLeaversPerYear === null ? '–' : n(result.base.schoolLeaversPerYear),
          vocational:
            result.base.vocationalGraduatesPerYear === null ? '–' : n(result.base.vocationalGraduatesPerYear),
        })}
      </p>
      <ul className="note">
        {result.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      {result.horizons.map((horizon) => (
        <section key={horizon.horizon} aria-labelledby={`wf-h-${horizon.horizon}`}>
          <h2 id={`wf-h-${horizon.horizon}`}>{t('wf.rep.horizon', { years: horizon.horizon })}</h2>
          <p>
            {t('wf.rep.summary', {
              demand: n(horizon.total.newDemand),
              retirement: n(horizon.total.retirement),
              other: n(horizon.total.otherExits),
              expansion: n(horizon.total.expansion),
              supply: n(horizon.supply.workplace),
              gap: n(horizon.total.gap),
              share: horizon.total.gapShare === null ? '–' : i18n.number(horizon.total.gapShare * 100, 1),
            })}
          </p>
          <ScrollRegion>
            <table className="values">
              <caption className="visually-hidden">
                {t('wf.rep.caption', {
                  years: horizon.horizon,
                  area: result.areaName,
                  segment: t(result.segmentBy === 'occupation' ? 'wf.rep.byOccupation' : 'wf.rep.bySector'),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('wf.rep.col.segment')}</th>
                  {(
                    [
                      'employees',
                      'share55',
                      'retirement',
                      'other',
                      'expansion',
                      'demand',
                      'supply',
                      'gap',
                    ] as const
                  ).map((column) => (
                    <th scope="col" className="num" key={column}>
                      {t(`wf.rep.col.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...horizon.segments, horizon.total].map((segment) => (
                  <tr key={segment.key} className={segment.key === 'total' ? 'own' : undefined}>
                    <th scope="row">{segment.label}</th>
                    <td className="num">{n(segment.employees)}</td>
                    <td className="num">{i18n.number(segment.share55plus * 100, 1)} %</td>
                    <td className="num">{n(segment.retirement)}</td>
                    <td className="num">{n(segment.otherExits)}</td>
                    <td className="num">{n(segment.expansion)}</td>
                    <td className="num">{n(segment.newDemand)}</td>
                    <td className="num">{n(segment.supply)}</td>
                    <td className="num">{n(segment.gap)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      ))}
      <p className="source">{result.sources.join('; ')}</p>
    </>
  );
}
