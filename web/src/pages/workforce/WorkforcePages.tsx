import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { Link, useTitle } from '../../router.tsx';
import { useAsync } from '../../use-async.ts';
import {
  type BottleneckItemT,
  type BottleneckReportT,
  type HydrogenItemT,
  type ReplacementResultT,
  workforceApi,
} from './workforce-api.ts';
import './workforce.css';

export type WorkforceTab = 'overview' | 'bottlenecks' | 'replacement' | 'hydrogen';
/** Sections of the area with pages of their own (Kita/Ganztag forecast, company surveys). */
export type WorkforceSection = WorkforceTab | 'childcare' | 'surveys';

const TABS: { id: WorkforceTab; href: string; key: MessageKey }[] = [
  { id: 'overview', href: '/fachkraefte', key: 'wf.tab.overview' },
  { id: 'bottlenecks', href: '/fachkraefte/engpaesse', key: 'wf.tab.bottlenecks' },
  { id: 'replacement', href: '/fachkraefte/ersatzbedarf', key: 'wf.tab.replacement' },
  { id: 'hydrogen', href: '/fachkraefte/wasserstoff', key: 'wf.tab.hydrogen' },
];

const SECTIONS: { id: WorkforceSection; href: string; key: MessageKey }[] = [
  ...TABS,
  { id: 'childcare', href: '/fachkraefte/kita-ganztag', key: 'wf.tab.childcare' },
  { id: 'surveys', href: '/fachkraefte/befragungen', key: 'wf.tab.surveys' },
];

/** The area's sub-navigation, on every page of the Fachkräfte area. */
export function WorkforceSubnav({ current }: { current: WorkforceSection }) {
  const { t } = useI18n();
  return (
    <nav className="wf-subnav" aria-label={t('wf.subnav')}>
      <ul>
        {SECTIONS.map((entry) => (
          <li key={entry.id}>
            <Link href={entry.href} aria-current={entry.id === current ? 'page' : undefined}>
              {t(entry.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function tabForPath(path: string): WorkforceTab | null {
  const clean = path.replace(/\/$/, '');
  return TABS.find((tab) => tab.href === clean)?.id ?? null;
}

/** The Fachkräfte area: sub-navigation and the page of the current tab. */
export function WorkforcePage({ tab, regionKey }: { tab: WorkforceTab; regionKey: string }) {
  const { t } = useI18n();
  const current = TABS.find((entry) => entry.id === tab)!;
  useTitle(tab === 'overview' ? t('wf.title') : `${t(current.key)} – ${t('wf.title')}`);
  return (
    <>
      <h1>{tab === 'overview' ? t('wf.title') : `${t('wf.title')}: ${t(current.key)}`}</h1>
      <WorkforceSubnav current={tab} />
      {tab === 'overview' && <Overview />}
      {tab === 'bottlenecks' && <Bottlenecks regionKey={regionKey} />}
      {tab === 'replacement' && <Replacement regionKey={regionKey} />}
      {tab === 'hydrogen' && <Hydrogen regionKey={regionKey} />}
    </>
  );
}

function Overview() {
  const { t } = useI18n();
  return (
    <>
      <p className="lead">{t('wf.intro')}</p>
      <div className="cards">
        {(
          [
            ['/fachkraefte/engpaesse', 'wf.tab.bottlenecks', 'wf.card.bottlenecks'],
            ['/fachkraefte/ersatzbedarf', 'wf.tab.replacement', 'wf.card.replacement'],
            ['/fachkraefte/wasserstoff', 'wf.tab.hydrogen', 'wf.card.hydrogen'],
            ['/fachkraefte/kita-ganztag', 'wf.tab.childcare', 'wf.card.childcare'],
            ['/fachkraefte/befragungen', 'wf.tab.surveys', 'wf.card.surveys'],
          ] as const
        ).map(([href, title, text]) => (
          <section className="card" key={href}>
            <h2>
              <Link href={href}>{t(title)}</Link>
            </h2>
            <p>{t(text)}</p>
          </section>
        ))}
      </div>
    </>
  );
}

function AreaSelect({
  regionKey,
  area,
  onChange,
}: {
  regionKey: string;
  area: string;
  onChange: (area: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const options: [string, string][] = [['DG', t('wf.area.germany')]];
  if (regionKey.length >= 2 && regionKey !== 'DG')
    options.push([regionKey.slice(0, 2), t('wf.area.land', { key: regionKey.slice(0, 2) })]);
  if (regionKey.length === 5) options.push([regionKey, t('wf.area.home', { key: regionKey })]);
  return (
    <div>
      <label htmlFor={id}>{t('wf.area')}</label>{' '}
      <select id={id} value={area} onChange={(event) => onChange(event.target.value)}>
        {options.map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A horizontally scrolling table wrapper that keyboard users can reach and scroll (WCAG 2.1.1). */
function ScrollRegion({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll it by keyboard
    <section className="table-scroll" tabIndex={0} aria-label={t('wf.scrollTable')}>
      {children}
    </section>
  );
}

export function CategoryBadge({ category }: { category: string }) {
  const { t } = useI18n();
  return <span className={`wf-category ${category}`}>{t(`wf.cat.${category}` as MessageKey)}</span>;
}

const PAGE = 150;

function Bottlenecks({ regionKey }: { regionKey: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [area, setArea] = useState(regionKey.length === 5 ? regionKey : 'DG');
  const report = useAsync(`bottlenecks:${area}`, () => workforceApi.bottlenecks(area));
  const [q, setQ] = useState('');
  const [category, setCategory] = useState('');
  const [shown, setShown] = useState(PAGE);
  const searchId = useId();
  const categoryId = useId();
  const items = useMemo(() => {
    if (report.state !== 'done') return [];
    const needle = q.trim().toLowerCase();
    return report.data.items.filter(
      (item) =>
        (!needle || item.name.toLowerCase().includes(needle) || item.kldb.startsWith(needle)) &&
        (!category || item.computedCategory === category),
    );
  }, [report, q, category]);
  return (
    <>
      <div className="filters">
        <AreaSelect
          regionKey={regionKey}
          area={area}
          onChange={(next) => {
            setArea(next);
            setShown(PAGE);
          }}
        />
        <div>
          <label htmlFor={searchId}>{t('wf.search')}</label>{' '}
          <input
            id={searchId}
            type="search"
            value={q}
            placeholder={t('wf.searchPlaceholder')}
            onChange={(e) => setQ(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={categoryId}>{t('wf.category')}</label>{' '}
          <select id={categoryId} value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">{t('wf.allCategories')}</option>
            {['engpass', 'beobachtung', 'kein_engpass', 'nicht_bewertet'].map((c) => (
              <option key={c} value={c}>
                {t(`wf.cat.${c}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {report.state === 'loading' && <Loading />}
      {report.state === 'error' && <Failure error={report.error} />}
      {report.state === 'done' && (
        <>
          <p>
            <strong>{t('wf.edition', { edition: report.data.edition })}</strong> –{' '}
            {t('wf.method', { method: report.data.method })}
          </p>
          {report.data.proxyRegion && (
            <p className="note">
              {t('wf.proxy', { name: report.data.proxyRegionName ?? '', key: report.data.proxyRegion })}
            </p>
          )}
          {report.data.reproduction.rate !== null && (
            <p className="note">
              {t('wf.reproduction', {
                matches: i18n.number(report.data.reproduction.matches, 0),
                rows: i18n.number(report.data.reproduction.rows, 0),
                rate: i18n.number(report.data.reproduction.rate * 100, 1),
              })}
            </p>
          )}
          <p className="muted" role="status">
            {t('wf.count', {
              count: i18n.number(items.length, 0),
              total: i18n.number(report.data.items.length, 0),
            })}
          </p>
          <BottleneckTable report={report.data} items={items.slice(0, shown)} />
          {items.length > shown && (
            <button type="button" onClick={() => setShown(shown + PAGE)}>
              {t('wf.more', { count: Math.min(PAGE, items.length - shown) })}
            </button>
          )}
          <CutPoints report={report.data} />
          <p className="source">
            {t('wf.source', {
              sources: report.data.sources.map((s) => `${s.title} (${s.publisher})`).join('; '),
            })}
          </p>
        </>
      )}
    </>
  );
}

function score(i18n: ReturnType<typeof useI18n>, value: number | null): string {
  return value === null ? '–' : i18n.number(value, 2);
}

function BottleneckTable({ report, items }: { report: BottleneckReportT; items: BottleneckItemT[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <ScrollRegion>
      <table className="values">
        <caption className="visually-hidden">
          {t('wf.tableCaption', { edition: report.edition, area: report.areaName, count: items.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('wf.col.kldb')}</th>
            <th scope="col">{t('wf.col.name')}</th>
            <th scope="col">{t('wf.col.level')}</th>
            <th scope="col" className="num">
              {t('wf.col.published')}
            </th>
            <th scope="col" className="num">
              {t('wf.col.computed')}
            </th>
            <th scope="col">{t('wf.col.publishedCategory')}</th>
            <th scope="col">{t('wf.col.computedCategory')}</th>
            <th scope="col">{t('wf.col.basis')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.kldb}-${item.requirementLevel}-${item.method}`}>
              <td>{item.kldb}</td>
              <th scope="row">
                <IndicatorDetails item={item} report={report} />
              </th>
              <td>{item.requirementLevelName}</td>
              <td className="num">{score(i18n, item.publishedScore)}</td>
              <td className="num">{score(i18n, item.computedScore)}</td>
              <td>
                <CategoryBadge category={item.publishedCategory} />
              </td>
              <td>
                <CategoryBadge category={item.computedCategory} />
              </td>
              <td>{t(`wf.basis.${item.method}` as MessageKey, { region: item.sourceRegion })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The occupation's name; where indicator values exist, they open with their points below it. */
function IndicatorDetails({ item, report }: { item: BottleneckItemT; report: BottleneckReportT }) {
  const i18n = useI18n();
  const { t } = i18n;
  const indicators = report.cutPoints?.indicators ?? [];
  if (Object.keys(item.values).length === 0) return <>{item.name}</>;
  const points = (value: number | null | undefined) =>
    value === null || value === undefined ? '–' : String(value);
  return (
    <details className="wf-indicators">
      <summary>{item.name}</summary>
      <ul>
        {indicators.map((indicator) => {
          const value = item.values[indicator.code];
          return (
            <li key={indicator.code}>
              {t('wf.indicatorLine', {
                label: indicator.label,
                value: value === null || value === undefined ? '–' : i18n.number(value, 2),
                points: points(item.points[indicator.code]),
                published: points(item.publishedPoints[indicator.code]),
              })}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

function CutPoints({ report }: { report: BottleneckReportT }) {
  const i18n = useI18n();
  const { t } = i18n;
  const rules = report.cutPoints;
  if (!rules) return null;
  const levels: [string, string][] = [
    ['2', 'Fachkraft'],
    ['3', 'Spezialist'],
    ['4', 'Experte'],
  ];
  return (
    <details>
      <summary>{t('wf.cutPoints', { edition: rules.edition })}</summary>
      <p>
        {t('wf.cutPointsIntro', { min: rules.minAssessed, employees: i18n.number(rules.minEmployees, 0) })}
      </p>
      <ScrollRegion>
        <table className="values">
          <caption className="visually-hidden">{t('wf.cutPoints', { edition: rules.edition })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wf.col.indicator')}</th>
              {levels.map(([code, label]) => (
                <th scope="col" key={code}>
                  {label}: {t('wf.col.cuts')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rules.indicators.map((indicator) => (
              <tr key={indicator.code}>
                <th scope="row">
                  {indicator.label}
                  <br />
                  <small className="muted">
                    {t(`wf.shortageWhen.${indicator.levels['2']?.shortageWhen ?? 'high'}` as MessageKey)}
                  </small>
                </th>
                {levels.map(([code]) => (
                  <td key={code}>
                    {indicator.levels[code]?.cuts.map((cut) => i18n.number(cut)).join(' / ')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="source">{rules.source}</p>
    </details>
  );
}

function Replacement({ regionKey }: { regionKey: string }) {
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

const FIELDS = ['erzeugung', 'infrastruktur', 'anwendung', 'querschnitt'] as const;

function Hydrogen({ regionKey }: { regionKey: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const area = regionKey || 'DG';
  const [version, setVersion] = useState(0);
  const dashboard = useAsync(`hydrogen:${area}:${version}`, () => workforceApi.hydrogenDashboard(area));
  const [form, setForm] = useState({ code: '', field: 'anwendung', reasoning: '', sources: '' });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const ids = { code: useId(), field: useId(), reasoning: useId(), sources: useId() };
  const pct = (value: number | null) => (value === null ? '–' : `${i18n.number(value * 100, 1)} %`);
  const num = (value: number | null, digits = 1) => (value === null ? '–' : i18n.number(value, digits));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await workforceApi.saveHydrogen(form.code.trim(), {
        field: form.field,
        reasoning: form.reasoning,
        sources: form.sources,
      });
      setMessage({ kind: 'ok', text: t('wf.h2.saved', { code: form.code.trim() }) });
      setVersion(version + 1);
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  const edit = (item: HydrogenItemT) => {
    setForm({ code: item.kldb, field: item.field, reasoning: item.reasoning, sources: item.sources });
    document.getElementById(ids.code)?.focus();
  };
  const remove = async (item: HydrogenItemT) => {
    if (!window.confirm(t('wf.h2.removeConfirm', { code: item.kldb }))) return;
    try {
      await workforceApi.removeHydrogen(item.kldb);
      setVersion(version + 1);
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <h2>{t('wf.h2.title')}</h2>
      <p className="lead">{t('wf.h2.intro')}</p>
      {dashboard.state === 'loading' && <Loading />}
      {dashboard.state === 'error' && <Failure error={dashboard.error} />}
      {dashboard.state === 'done' && (
        <>
          {dashboard.data.warnings.map((warning) => (
            <p className="note" key={warning}>
              {warning}
            </p>
          ))}
          <ScrollRegion>
            <table className="values">
              <caption className="visually-hidden">
                {t('wf.h2.caption', { count: dashboard.data.items.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('wf.col.kldb')}</th>
                  <th scope="col">{t('wf.col.name')}</th>
                  <th scope="col">{t('wf.h2.col.field')}</th>
                  <th scope="col">{t('wf.h2.col.germany')}</th>
                  <th scope="col">{t('wf.h2.col.regional')}</th>
                  <th scope="col" className="num">
                    {t('wf.h2.col.age')}
                  </th>
                  <th scope="col" className="num">
                    {t('wf.h2.col.ageChange')}
                  </th>
                  <th scope="col" className="num">
                    {t('wf.h2.col.graduates')}
                  </th>
                  <th scope="col" className="num">
                    {t('wf.h2.col.unfilled')}
                  </th>
                  <th scope="col">{t('wf.h2.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {dashboard.data.items.map((item) => (
                  <tr key={item.kldb}>
                    <td>{item.kldb}</td>
                    <th scope="row">{item.title}</th>
                    <td>{t(`wf.h2.field.${item.field}` as MessageKey)}</td>
                    <td>
                      {item.germany ? (
                        <>
                          <CategoryBadge category={item.germany.category} /> {num(item.germany.score, 2)}
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td>
                      {item.regional ? (
                        <>
                          <CategoryBadge category={item.regional.category} /> {num(item.regional.score, 2)}
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                    <td className="num">{pct(item.share55plus)}</td>
                    <td className="num">{num(item.olderShareChange, 2)}</td>
                    <td className="num">{num(item.graduateEmployeeRatio, 2)}</td>
                    <td className="num">
                      {item.unfilledTrainingShare === null ? '–' : `${num(item.unfilledTrainingShare, 1)} %`}
                    </td>
                    <td>
                      <button
                        type="button"
                        onClick={() => edit(item)}
                        aria-label={t('wf.h2.edit', { code: item.kldb })}
                      >
                        ✎
                      </button>{' '}
                      <button
                        type="button"
                        onClick={() => void remove(item)}
                        aria-label={t('wf.h2.remove', { code: item.kldb })}
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <h3>{t('wf.h2.col.reasoning')}</h3>
          <dl className="wf-reasoning">
            {dashboard.data.items.map((item) => (
              <div key={item.kldb}>
                <dt>
                  {item.kldb} {item.title}
                </dt>
                <dd>
                  {item.reasoning}
                  {item.sources && <small>{item.sources}</small>}
                </dd>
              </div>
            ))}
          </dl>
          {dashboard.data.agePeriod && (
            <p className="source">
              {t('wf.h2.ageSource', { period: i18n.period(dashboard.data.agePeriod) })}
            </p>
          )}
        </>
      )}
      <form className="wf-form" onSubmit={save} aria-labelledby="wf-h2-form">
        <h2 id="wf-h2-form">{t('wf.h2.form')}</h2>
        <div>
          <label htmlFor={ids.code}>{t('wf.h2.code')}</label>
          <input
            id={ids.code}
            required
            pattern="\d{5}"
            inputMode="numeric"
            value={form.code}
            onChange={(e) => setForm({ ...form, code: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={ids.field}>{t('wf.h2.col.field')}</label>
          <select
            id={ids.field}
            value={form.field}
            onChange={(e) => setForm({ ...form, field: e.target.value })}
          >
            {FIELDS.map((field) => (
              <option key={field} value={field}>
                {t(`wf.h2.field.${field}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.reasoning}>{t('wf.h2.reasoning')}</label>
          <textarea
            id={ids.reasoning}
            required
            rows={3}
            value={form.reasoning}
            onChange={(e) => setForm({ ...form, reasoning: e.target.value })}
          />
        </div>
        <div>
          <label htmlFor={ids.sources}>{t('wf.h2.sources')}</label>
          <textarea
            id={ids.sources}
            rows={2}
            value={form.sources}
            onChange={(e) => setForm({ ...form, sources: e.target.value })}
          />
        </div>
        <div>
          <button type="submit">{t('wf.h2.save')}</button>
        </div>
        {message && (
          <p
            className={message.kind === 'error' ? 'error' : 'note'}
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
      </form>
    </>
  );
}
