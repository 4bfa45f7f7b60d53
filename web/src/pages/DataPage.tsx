import { Fragment, useCallback, useEffect, useId, useState } from 'react';
import { Failure, Loading } from '../components/Shell.tsx';
import { useI18n } from '../i18n-react.tsx';
import { Link, useTitle } from '../router.tsx';
import { useSession } from '../session.ts';
import { ImportForm } from './data/ImportForm.tsx';
import { type DatasetT, describePeriods, errorMessage, sortDatasets } from './data/import-job.ts';
import './data/data.css';

/** The data area: stored datasets and the import of a file in the browser (issue 4, item 6). */
export function DataPage() {
  const { t } = useI18n();
  useTitle(t('data.title'));
  const session = useSession();
  const canImport =
    session.state === 'done' && (session.me.user?.role === 'admin' || session.me.user?.role === 'editor');
  const [datasets, setDatasets] = useState<
    { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; items: DatasetT[] }
  >({ state: 'loading' });

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const response = await fetch('/api/v1/datasets', { headers: { accept: 'application/json' }, signal });
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) throw new Error(errorMessage(body, response.status));
      setDatasets({ state: 'done', items: sortDatasets((body as { items: DatasetT[] }).items) });
    } catch (error) {
      if (signal?.aborted) return;
      setDatasets({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  return (
    <>
      <h1>{t('data.title')}</h1>
      <p className="lead">{t('data.intro')}</p>
      {canImport ? (
        <ImportForm onImported={() => void load()} />
      ) : session.state === 'done' && !session.me.user ? (
        <p className="note">
          {t('auth.importLogin')} <Link href="/anmelden?weiter=/daten">{t('auth.login')}</Link>
        </p>
      ) : null}
      <section aria-labelledby="datasets-heading">
        <h2 id="datasets-heading">{t('data.datasets')}</h2>
        {datasets.state === 'loading' && <Loading />}
        {datasets.state === 'error' && <Failure error={datasets.error} />}
        {datasets.state === 'done' && <DatasetTable items={datasets.items} />}
      </section>
    </>
  );
}

function DatasetTable({ items }: { items: DatasetT[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const id = useId();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (datasetId: number) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(datasetId)) next.add(datasetId);
      return next;
    });
  if (items.length === 0) return <p>{t('data.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="values datasets">
        <caption className="visually-hidden">{t('data.datasetsCaption', { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.table')}</th>
            <th scope="col">{t('data.titleColumn')}</th>
            <th scope="col">{t('data.publisher')}</th>
            <th scope="col">{t('data.vintage')}</th>
            <th scope="col" className="num">
              {t('data.values')}
            </th>
            <th scope="col" className="num">
              {t('data.regions')}
            </th>
            <th scope="col">{t('data.periods')}</th>
            <th scope="col">{t('data.current')}</th>
            <th scope="col">{t('data.details')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((dataset) => {
            const expanded = open.has(dataset.id);
            const detailsId = `${id}-${dataset.id}`;
            return (
              <Fragment key={dataset.id}>
                <tr data-table={dataset.table}>
                  <th scope="row">
                    <code>{dataset.table}</code>
                  </th>
                  <td>{dataset.title}</td>
                  <td>{dataset.publisher}</td>
                  <td className="nowrap">
                    {dataset.vintage ? i18n.date(dataset.vintage) : t('data.noVintage')}
                  </td>
                  <td className="num">{i18n.number(dataset.rows)}</td>
                  <td className="num">{i18n.number(dataset.regions)}</td>
                  <td>{describePeriods(dataset.periods, i18n.period)}</td>
                  <td>{dataset.current ? t('data.yes') : t('data.no')}</td>
                  <td>
                    <button
                      type="button"
                      className="disclosure"
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      onClick={() => toggle(dataset.id)}
                    >
                      {expanded ? t('data.less') : t('data.more')}
                      <span className="visually-hidden"> {dataset.table}</span>
                    </button>
                  </td>
                </tr>
                <tr id={detailsId} className="dataset-details" hidden={!expanded}>
                  <td colSpan={9}>
                    <dl className="markers">
                      <div>
                        <dt>{t('data.licence')}</dt>
                        <dd>{dataset.licence}</dd>
                      </div>
                      <div>
                        <dt>{t('data.file')}</dt>
                        <dd>
                          {dataset.fileName} ({dataset.format})
                        </dd>
                      </div>
                      <div>
                        <dt>{t('data.importedAt')}</dt>
                        <dd>{i18n.date(dataset.importedAt.slice(0, 10))}</dd>
                      </div>
                      {dataset.notes.length > 0 && (
                        <div>
                          <dt>{t('data.notes')}</dt>
                          <dd>{dataset.notes.join(' ')}</dd>
                        </div>
                      )}
                    </dl>
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
