import { useId, useMemo, useState } from 'react';
import { api, type IndicatorSummaryT } from '../api.ts';
import { Failure, Loading } from '../components/Shell.tsx';
import { useI18n } from '../i18n-react.tsx';
import { indicatorName } from '../indicator-text.ts';
import { Link, useTitle } from '../router.tsx';
import { useAsync } from '../use-async.ts';

export function CataloguePage({ regionKey }: { regionKey: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const catalogue = useAsync('indicators', () => api.indicators());
  const [search, setSearch] = useState('');
  useTitle(t('catalogue.title'));
  const [theme, setTheme] = useState('');

  const items = catalogue.state === 'done' ? catalogue.data.items : [];
  const visible = useMemo(() => {
    const needle = search.trim().toLocaleLowerCase('de');
    return items.filter((item) => {
      if (theme && item.definition.theme !== theme) return false;
      if (!needle) return true;
      const d = item.definition;
      const haystack = [d.id, d.nameDe, d.nameEn, ...d.sources.map((s) => s.table ?? '')].join(' ');
      return haystack.toLocaleLowerCase('de').includes(needle);
    });
  }, [items, search, theme]);

  if (catalogue.state === 'loading') return <Loading />;
  if (catalogue.state === 'error') return <Failure error={catalogue.error} />;
  const themes = Object.entries(catalogue.data.themes).sort(([a], [b]) => a.localeCompare(b));

  return (
    <>
      <h1>{t('catalogue.title')}</h1>
      <p className="lead">{t('catalogue.intro')}</p>
      <search className="filters">
        <div>
          <label htmlFor={`${id}-q`}>{t('catalogue.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={search}
            placeholder={t('catalogue.searchPlaceholder')}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-theme`}>{t('catalogue.theme')}</label>
          <select id={`${id}-theme`} value={theme} onChange={(event) => setTheme(event.target.value)}>
            <option value="">{t('catalogue.allThemes')}</option>
            {themes.map(([key, label]) => (
              <option key={key} value={key}>
                {key} · {label[i18n.language]}
              </option>
            ))}
          </select>
        </div>
      </search>
      <p aria-live="polite" className="muted">
        {t('catalogue.count', { count: visible.length, total: items.length })}
      </p>
      {visible.length === 0 ? <p>{t('catalogue.empty')}</p> : null}
      <ul className="catalogue">
        {visible.map((item) => (
          <CatalogueItem key={item.definition.id} item={item} regionKey={regionKey} />
        ))}
      </ul>
    </>
  );
}

function CatalogueItem({ item, regionKey }: { item: IndicatorSummaryT; regionKey: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const d = item.definition;
  const status = item.situation.status;
  const missing = item.situation.missing.map((m) => m.table ?? t('status.withoutCode'));
  return (
    <li className="catalogue-item" data-indicator={d.id}>
      <span className="theme-badge" title={t('indicator.theme', { theme: d.theme })}>
        {d.theme}
      </span>
      <div>
        <h2>
          <Link href={`/indikatoren/${d.id}?region=${regionKey}`}>{indicatorName(d, i18n.language)}</Link>
        </h2>
        <p className="muted">
          <code>{d.id}</code> · {d.unit}
        </p>
        <p>
          <span className={`badge badge-${status === 'computable' ? 'ok' : 'missing'}`}>
            {t(`status.${status}`)}
          </span>
          {status !== 'computable' && missing.length ? (
            <span className="muted">
              {' '}
              {t('status.missingTables', { tables: [...new Set(missing)].join(', ') })}
            </span>
          ) : null}
        </p>
      </div>
    </li>
  );
}
