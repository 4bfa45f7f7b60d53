import { useId, useMemo, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { useAsync } from '../../use-async.ts';
import { type BottleneckItemT, type BottleneckReportT, workforceApi } from './workforce-api.ts';
import { AreaSelect, CategoryBadge, ScrollRegion } from './workforce-ui.tsx';

const PAGE = 150;

export function Bottlenecks({ regionKey }: { regionKey: string }) {
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
