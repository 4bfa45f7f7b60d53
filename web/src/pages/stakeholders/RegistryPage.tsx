import { type FormEvent, lazy, Suspense, useCallback, useEffect, useId, useState } from 'react';
import { api, type FeatureCollectionT } from '../../api.ts';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { Link, navigate, useLocation, useTitle } from '../../router.tsx';
import {
  ACTOR_GROUPS,
  get,
  type ImportResultT,
  numberOrNull,
  type OrganisationListT,
  orNull,
  send,
  upload,
} from './api.ts';
import { DemoBadge, DemoNote, ScrollTable, Status, useGroupLabel } from './common.tsx';
import './stakeholders.css';

const OrganisationMap = lazy(() => import('./OrganisationMap.tsx'));

const DISTRICTS = [
  { key: '03353', name: 'Landkreis Harburg' },
  { key: '03359', name: 'Landkreis Stade' },
];

/** /akteure: the register with filters, a map, the import and a form for one organisation. */
export function RegistryPage() {
  const { t } = useI18n();
  useTitle(t('sh.registry.title'));
  const groupLabel = useGroupLabel();
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const group = query.get('gruppe') ?? '';
  const region = query.get('kreis') ?? '';
  const [list, setList] = useState<
    { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: OrganisationListT }
  >({ state: 'loading' });
  const [geometries, setGeometries] = useState<FeatureCollectionT | null>(null);
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (group) params.set('actorGroup', group);
  if (region) params.set('region', region);
  const apiQuery = params.toString();

  const load = useCallback(() => {
    get<OrganisationListT>(`/api/v1/organisations${apiQuery ? `?${apiQuery}` : ''}`).then(
      (data) => setList({ state: 'done', data }),
      (error: Error) => setList({ state: 'error', error }),
    );
  }, [apiQuery]);
  useEffect(load, [load]);
  useEffect(() => {
    api.geometries('03').then(setGeometries, () => setGeometries(null));
  }, []);

  const setFilter = (name: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    const text = next.toString();
    navigate(`/akteure${text ? `?${text}` : ''}`, true);
  };

  const items = list.state === 'done' ? list.data.items : [];
  const located = items.filter((o) => o.latitude !== null).length;
  return (
    <>
      <h1>{t('sh.registry.title')}</h1>
      <p className="lead">{t('sh.registry.intro')}</p>
      <DemoNote show={items.some((o) => o.demo)} />
      <p>
        <Link href="/akteure/netzwerkanalyse">{t('sh.analysisLink')}</Link>
        {' · '}
        <a href={`/api/v1/organisations/export.csv${apiQuery ? `?${apiQuery}` : ''}`} download>
          {t('sh.export')}
        </a>
      </p>
      <search className="filters" aria-label={t('sh.filter.q')}>
        <label>
          {t('sh.filter.q')}
          <input
            type="search"
            defaultValue={q}
            onChange={(e) => setFilter('q', e.currentTarget.value.trim())}
          />
        </label>
        <label>
          {t('sh.filter.group')}
          <select value={group} onChange={(e) => setFilter('gruppe', e.currentTarget.value)}>
            <option value="">{t('sh.filter.all')}</option>
            {ACTOR_GROUPS.map((code) => (
              <option key={code} value={code}>
                {groupLabel(code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sh.filter.region')}
          <select value={region} onChange={(e) => setFilter('kreis', e.currentTarget.value)}>
            <option value="">{t('sh.filter.all')}</option>
            {DISTRICTS.map((d) => (
              <option key={d.key} value={d.key}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      </search>
      {list.state === 'loading' && <Loading />}
      {list.state === 'error' && <Failure error={list.error} />}
      {list.state === 'done' && (
        <div className="registry-columns">
          <section aria-labelledby="registry-table">
            <h2 id="registry-table">{t('sh.count', { count: items.length })}</h2>
            <ScrollTable label={t('sh.registry.title')}>
              <table className="values">
                <thead>
                  <tr>
                    <th scope="col">{t('sh.col.name')}</th>
                    <th scope="col">{t('sh.col.group')}</th>
                    <th scope="col">{t('sh.col.place')}</th>
                    <th scope="col">{t('sh.col.ids')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((o) => (
                    <tr key={o.id}>
                      <td>
                        <Link href={`/akteure/${encodeURIComponent(o.id)}`}>{o.name}</Link>{' '}
                        <DemoBadge demo={o.demo} />
                      </td>
                      <td>{groupLabel(o.actorGroup)}</td>
                      <td>{o.municipalityName ?? o.city ?? ''}</td>
                      <td>
                        {[
                          o.schoolNumber ? t('sh.schoolNumber', { value: o.schoolNumber }) : null,
                          o.municipalityAgs ? t('sh.ags', { value: o.municipalityAgs }) : null,
                        ]
                          .filter(Boolean)
                          .join(', ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </section>
          <section aria-labelledby="registry-map">
            <h2 id="registry-map">{t('sh.map')}</h2>
            {geometries ? (
              <Suspense fallback={<Loading />}>
                <OrganisationMap
                  geometries={geometries}
                  organisations={items}
                  groupLabel={groupLabel}
                  label={t('sh.mapLabel', { count: located })}
                  onSelect={(id) => navigate(`/akteure/${encodeURIComponent(id)}`)}
                />
              </Suspense>
            ) : (
              <Loading />
            )}
            {located < items.length && (
              <p className="muted">{t('sh.mapMissing', { count: items.length - located })}</p>
            )}
          </section>
        </div>
      )}
      <div className="columns">
        <NewOrganisation onCreated={(id) => navigate(`/akteure/${encodeURIComponent(id)}`)} />
        <ImportPanel onImported={load} />
      </div>
    </>
  );
}

function NewOrganisation({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useI18n();
  const groupLabel = useGroupLabel();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const created = await send<{ id: string }>('POST', '/api/v1/organisations', {
        name: String(form.get('name') ?? ''),
        actorGroup: String(form.get('actorGroup') ?? ''),
        municipalityAgs: orNull(form.get('municipalityAgs')),
        schoolNumber: orNull(form.get('schoolNumber')),
        city: orNull(form.get('city')),
        latitude: numberOrNull(form.get('latitude')),
        longitude: numberOrNull(form.get('longitude')),
      });
      onCreated(created.id);
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  return (
    <section className="panel" aria-labelledby="new-org">
      <h2 id="new-org">{t('sh.new.title')}</h2>
      <form className="stack-form" onSubmit={submit}>
        <label>
          {t('sh.new.name')}
          <input name="name" required minLength={2} />
        </label>
        <label>
          {t('sh.col.group')}
          <select name="actorGroup" required defaultValue="">
            <option value="" disabled>
              –
            </option>
            {ACTOR_GROUPS.map((code) => (
              <option key={code} value={code}>
                {groupLabel(code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sh.new.ags')}
          <input name="municipalityAgs" inputMode="numeric" pattern="\d{8}" />
        </label>
        <label>
          {t('sh.new.schoolNumber')}
          <input name="schoolNumber" inputMode="numeric" pattern="\d{5,6}" />
        </label>
        <label>
          {t('sh.new.city')}
          <input name="city" />
        </label>
        <div className="pair">
          <label>
            {t('sh.new.lat')}
            <input name="latitude" inputMode="decimal" />
          </label>
          <label>
            {t('sh.new.lon')}
            <input name="longitude" inputMode="decimal" />
          </label>
        </div>
        <button type="submit">{t('sh.new.submit')}</button>
        <Status message={message} />
      </form>
    </section>
  );
}

function ImportPanel({ onImported }: { onImported: () => void }) {
  const { t } = useI18n();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResultT | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const run = async (commit: boolean) => {
    if (!file) return;
    setMessage(null);
    try {
      const answer = await upload(`/api/v1/organisations/import?commit=${commit}`, file);
      setResult(answer);
      if (commit && answer.committed) {
        setMessage({ kind: 'ok', text: t('sh.import.created', { created: answer.summary.created }) });
        onImported();
      } else if (commit) setMessage({ kind: 'error', text: t('sh.import.blocked') });
    } catch (error) {
      setResult(null);
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('sh.import.title')}</h2>
      <p className="muted">{t('sh.import.help')}</p>
      <form
        className="stack-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(false);
        }}
      >
        <label htmlFor={fileId}>{t('sh.import.file')}</label>
        <input
          id={fileId}
          type="file"
          accept=".csv,.xlsx,text/csv"
          onChange={(e) => {
            setFile(e.currentTarget.files?.[0] ?? null);
            setResult(null);
          }}
        />
        <div className="buttons">
          <button type="submit" disabled={!file}>
            {t('sh.import.preview')}
          </button>
          <button
            type="button"
            disabled={!result || result.committed || result.summary.error > 0 || result.summary.new === 0}
            onClick={() => void run(true)}
          >
            {t('sh.import.commit')}
          </button>
        </div>
      </form>
      <Status message={message} />
      {result && (
        <>
          <p>
            {t('sh.import.summary', {
              new: result.summary.new,
              duplicate: result.summary.duplicate,
              error: result.summary.error,
            })}
          </p>
          <ScrollTable label={t('sh.import.title')}>
            <table className="values">
              <thead>
                <tr>
                  <th scope="col">{t('sh.import.line')}</th>
                  <th scope="col">{t('sh.col.name')}</th>
                  <th scope="col">{t('sh.import.status')}</th>
                  <th scope="col">{t('sh.import.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {result.lines.map((line) => (
                  <tr key={line.line} className={`import-${line.status}`}>
                    <td className="num">{line.line}</td>
                    <td>{line.name ?? ''}</td>
                    <td>{t(`sh.import.${line.status}` as MessageKey)}</td>
                    <td>
                      {line.errors.join(' ')}
                      {line.duplicateOf &&
                        t('sh.import.dupOf', {
                          name: line.duplicateOf.name,
                          reason: t(`sh.import.reason.${line.duplicateOf.reason}` as MessageKey),
                        })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
    </section>
  );
}
