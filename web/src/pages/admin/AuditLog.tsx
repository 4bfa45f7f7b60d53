import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { type AuditPageT, request } from '../../session.ts';
import { describeChanges } from './audit-diff.ts';

const OPERATIONS = ['insert', 'update', 'delete', 'login', 'login_failed', 'logout'] as const;
const PAGE = 50;

interface Filter {
  table: string;
  actor: string;
  operation: string;
  from: string;
  to: string;
}

function query(filter: Filter, offset: number): string {
  const params = new URLSearchParams({ limit: String(PAGE), offset: String(offset) });
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  return `/api/v1/audit-log?${params}`;
}

export function AuditLog() {
  const { t, language } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<Filter>({ table: '', actor: '', operation: '', from: '', to: '' });
  const [filter, setFilter] = useState<Filter>(draft);
  const [page, setPage] = useState<
    { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: AuditPageT }
  >({ state: 'loading' });
  const [tables, setTables] = useState<string[]>([]);

  const load = useCallback(async (current: Filter, offset: number, previous: AuditPageT['items']) => {
    try {
      const data = await request<AuditPageT>('GET', query(current, offset));
      setTables(data.tables);
      setPage({ state: 'done', data: { ...data, items: [...previous, ...data.items] } });
    } catch (error) {
      setPage({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  }, []);

  useEffect(() => {
    setPage({ state: 'loading' });
    void load(filter, 0, []);
  }, [filter, load]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilter(draft);
  }

  const time = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  const operationLabel = (operation: string) =>
    (OPERATIONS as readonly string[]).includes(operation)
      ? t(`audit.op.${operation}` as MessageKey)
      : operation;

  return (
    <>
      <p className="lead">{t('audit.intro')}</p>
      <form className="filters admin-form" onSubmit={submit} aria-label={t('audit.filter')}>
        <div className="field">
          <label htmlFor={`${id}-table`}>{t('audit.table')}</label>
          <select
            id={`${id}-table`}
            value={draft.table}
            onChange={(e) => setDraft({ ...draft, table: e.target.value })}
          >
            <option value="">{t('audit.allTables')}</option>
            {tables.map((table) => (
              <option key={table} value={table}>
                {table}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-actor`}>{t('audit.actor')}</label>
          <input
            id={`${id}-actor`}
            type="search"
            value={draft.actor}
            onChange={(e) => setDraft({ ...draft, actor: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-operation`}>{t('audit.operation')}</label>
          <select
            id={`${id}-operation`}
            value={draft.operation}
            onChange={(e) => setDraft({ ...draft, operation: e.target.value })}
          >
            <option value="">{t('audit.allOperations')}</option>
            {OPERATIONS.map((operation) => (
              <option key={operation} value={operation}>
                {operationLabel(operation)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('audit.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={draft.from}
            onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('audit.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={draft.to}
            onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          />
        </div>
        <button type="submit">{t('audit.filter')}</button>
      </form>
      {page.state === 'loading' && <Loading />}
      {page.state === 'error' && <Failure error={page.error} />}
      {page.state === 'done' && (
        <>
          <p className="muted" role="status">
            {t('audit.count', { shown: page.data.items.length, total: page.data.total })}
          </p>
          {page.data.items.length === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table className="audit">
                <caption className="visually-hidden">{t('admin.audit')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.at')}</th>
                    <th scope="col">{t('audit.actor')}</th>
                    <th scope="col">{t('audit.operation')}</th>
                    <th scope="col">{t('audit.row')}</th>
                    <th scope="col">{t('audit.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.data.items.map((entry) => (
                    <tr key={entry.id}>
                      <td className="nowrap">{time.format(new Date(entry.at))}</td>
                      <td>{entry.actor}</td>
                      <td>{operationLabel(entry.operation)}</td>
                      <th scope="row">
                        <code>{entry.table}</code>
                        {entry.rowKey ? (
                          <>
                            {' '}
                            <small className="muted">{entry.rowKey}</small>
                          </>
                        ) : null}
                      </th>
                      <td>
                        <ChangeList entry={entry} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {page.data.items.length < page.data.total && (
            <button
              type="button"
              className="secondary"
              onClick={() => void load(filter, page.data.items.length, page.data.items)}
            >
              {t('audit.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}

const SHOWN = 4;

function ChangeItem({ change }: { change: ReturnType<typeof describeChanges>[number] }) {
  return (
    <li>
      <code>{change.field}</code>: {change.before !== null && <del>{change.before}</del>}
      {change.before !== null && change.after !== null && ' → '}
      {change.after !== null && <ins>{change.after}</ins>}
    </li>
  );
}

/** The first fields of a change; the rest behind a disclosure, so that long rows stay readable. */
function ChangeList({ entry }: { entry: AuditPageT['items'][number] }) {
  const { t } = useI18n();
  const changes = describeChanges(entry.before, entry.after);
  const rest = changes.slice(SHOWN);
  return (
    <>
      <ul className="changes">
        {changes.slice(0, SHOWN).map((change) => (
          <ChangeItem key={change.field} change={change} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details>
          <summary>{t('audit.moreFields', { count: rest.length })}</summary>
          <ul className="changes">
            {rest.map((change) => (
              <ChangeItem key={change.field} change={change} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
