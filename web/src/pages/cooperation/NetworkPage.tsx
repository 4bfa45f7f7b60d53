import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { Link, useTitle } from '../../router.tsx';
import {
  ACTOR_GROUPS,
  get,
  type MeetingT,
  type NetworkDetailT,
  type OrganisationListT,
  orNull,
  send,
} from '../stakeholders/api.ts';
import { DemoBadge, DemoNote, ScrollTable, Status, useGroupLabel } from '../stakeholders/common.tsx';
import { useSaveForm } from '../stakeholders/use-save-form.ts';
import '../stakeholders/stakeholders.css';

type Message = { kind: 'ok' | 'error'; text: string } | null;

const TASK_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;

/** /netzwerke/{id}: members, gap analysis against the expected composition, meetings and documents. */
export function NetworkPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const groupLabel = useGroupLabel();
  const [detail, setDetail] = useState<
    { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: NetworkDetailT }
  >({
    state: 'loading',
  });
  const load = useCallback(() => {
    get<NetworkDetailT>(`/api/v1/networks/${encodeURIComponent(id)}`).then(
      (data) => setDetail({ state: 'done', data }),
      (error: Error) => setDetail({ state: 'error', error }),
    );
  }, [id]);
  useEffect(load, [load]);
  useTitle(detail.state === 'done' ? detail.data.network.name : null);
  if (detail.state === 'loading') return <Loading />;
  if (detail.state === 'error') return <Failure error={detail.error} />;
  const { network, members, gaps, documents, foundedBy } = detail.data;
  const date = (iso: string | null) => (iso ? i18n.date(iso) : '');
  const list = (groups: string[]) => groups.map(groupLabel).join(', ');
  return (
    <>
      <p>
        <Link href="/netzwerke">{t('co.network.back')}</Link>
      </p>
      <h1>
        {network.name} <DemoBadge demo={network.demo} />
      </h1>
      <p className="lead">
        {t(`co.kind.${network.kind}` as MessageKey)}
        {network.topic ? ` · ${network.topic}` : ''}
      </p>
      {network.description && <p>{network.description}</p>}
      <DemoNote show={network.demo} />
      {foundedBy.length > 0 && (
        <p>
          {t('co.foundedBy')}:{' '}
          {foundedBy.map((a, i) => (
            <span key={a.id}>
              {i > 0 ? ', ' : ''}
              <Link href={`/vereinbarungen/${encodeURIComponent(a.id)}`}>{a.title}</Link>
            </span>
          ))}
        </p>
      )}
      <p>
        <Link href={`/akteure/netzwerkanalyse?network=${encodeURIComponent(network.id)}`}>
          {t('sh.graph.title')}
        </Link>
      </p>

      <section aria-labelledby="gaps">
        <h2 id="gaps">{t('co.gaps.title')}</h2>
        <p className="muted">{t('co.gaps.intro')}</p>
        {gaps.groups.length === 0 ? (
          <p>{t('co.gaps.none')}</p>
        ) : (
          <>
            <div className="gap-summary" role="status">
              {gaps.missing.length > 0 && (
                <p className="gap-missing">{t('co.gaps.missing', { groups: list(gaps.missing) })}</p>
              )}
              {gaps.underRepresented.length > 0 && (
                <p className="gap-under">{t('co.gaps.under', { groups: list(gaps.underRepresented) })}</p>
              )}
              {gaps.missing.length === 0 && gaps.underRepresented.length === 0 && (
                <p>{t('co.gaps.complete')}</p>
              )}
              {gaps.additional.length > 0 && (
                <p className="muted">{t('co.gaps.additional', { groups: list(gaps.additional) })}</p>
              )}
            </div>
            <ScrollTable label={t('co.gaps.title')}>
              <table className="values">
                <thead>
                  <tr>
                    <th scope="col">{t('sh.col.group')}</th>
                    <th scope="col" className="num">
                      {t('co.gaps.expected')}
                    </th>
                    <th scope="col" className="num">
                      {t('co.gaps.actual')}
                    </th>
                    <th scope="col">{t('co.gaps.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {gaps.groups.map((g) => (
                    <tr key={g.actorGroup} className={`gap-row-${g.status}`}>
                      <td>{groupLabel(g.actorGroup)}</td>
                      <td className="num">{g.expected}</td>
                      <td className="num">{g.actual}</td>
                      <td>
                        <span className={`badge badge-gap-${g.status}`}>
                          {t(`co.gaps.status.${g.status}` as MessageKey)}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          </>
        )}
      </section>

      <ExpectedEditor networkId={network.id} expected={detail.data.expected} onSaved={load} />

      <section aria-labelledby="members">
        <h2 id="members">{t('co.members.title')}</h2>
        {members.length === 0 ? (
          <p className="muted">{t('co.members.none')}</p>
        ) : (
          <ScrollTable label={t('co.members.title')}>
            <table className="values">
              <thead>
                <tr>
                  <th scope="col">{t('co.members.organisation')}</th>
                  <th scope="col">{t('sh.col.group')}</th>
                  <th scope="col">{t('co.members.position')}</th>
                  <th scope="col">{t('co.members.joined')}</th>
                  <th scope="col">{t('co.members.left')}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr key={m.id} className={m.active ? '' : 'inactive'}>
                    <td>
                      <Link href={`/akteure/${encodeURIComponent(m.organisationId)}`}>
                        {m.organisationName}
                      </Link>
                      {m.personName ? ` (${m.personName})` : ''}
                    </td>
                    <td>{groupLabel(m.actorGroup)}</td>
                    <td>{m.position ?? ''}</td>
                    <td>{date(m.joinedOn)}</td>
                    <td>
                      {m.leftOn ? (
                        date(m.leftOn)
                      ) : (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() =>
                            void send(
                              'PATCH',
                              `/api/v1/networks/${encodeURIComponent(network.id)}/members/${encodeURIComponent(m.id)}`,
                              {
                                leftOn: new Date().toISOString().slice(0, 10),
                              },
                            ).then(load)
                          }
                        >
                          {t('co.members.leave', { name: m.organisationName })}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
        <AddMember networkId={network.id} onSaved={load} />
      </section>

      <Meetings networkId={network.id} detail={detail.data} onSaved={load} />

      <section aria-labelledby="documents">
        <h2 id="documents">{t('co.docs.title')}</h2>
        {documents.length === 0 ? (
          <p className="muted">{t('co.docs.none')}</p>
        ) : (
          <ul>
            {documents.map((d) => (
              <li key={d.id}>
                {d.url ? <a href={d.url}>{d.title}</a> : d.title} ({date(d.addedOn)})
              </li>
            ))}
          </ul>
        )}
        <AddDocument networkId={network.id} onSaved={load} />
      </section>
    </>
  );
}

function AddMember({ networkId, onSaved }: { networkId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const groupLabel = useGroupLabel();
  const [options, setOptions] = useState<OrganisationListT['items']>([]);
  useEffect(() => {
    get<OrganisationListT>('/api/v1/organisations').then((d) => setOptions(d.items));
  }, []);
  const { submit, message } = useSaveForm(async (data) => {
    await send('POST', `/api/v1/networks/${encodeURIComponent(networkId)}/members`, {
      organisationId: String(data.get('organisationId')),
      position: orNull(data.get('position')),
      joinedOn: orNull(data.get('joinedOn')),
    });
  }, onSaved);
  return (
    <form className="inline-form panel" onSubmit={submit} aria-labelledby="add-member">
      <h3 id="add-member">{t('co.members.add')}</h3>
      <label>
        {t('co.members.organisation')}
        <select name="organisationId" required>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} – {groupLabel(o.actorGroup)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('co.members.position')}
        <input name="position" />
      </label>
      <label>
        {t('co.members.joined')}
        <input type="date" name="joinedOn" />
      </label>
      <button type="submit">{t('co.add')}</button>
      <Status message={message} />
    </form>
  );
}

function Meetings({
  networkId,
  detail,
  onSaved,
}: {
  networkId: string;
  detail: NetworkDetailT;
  onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState<MeetingT | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const activeMembers = detail.members.filter((m) => m.active);
  const show = async (id: string) => {
    setOpen(await get<MeetingT>(`/api/v1/meetings/${encodeURIComponent(id)}`));
  };
  const setStatus = async (taskId: string, status: string) => {
    if (!open) return;
    try {
      await send(
        'PATCH',
        `/api/v1/meetings/${encodeURIComponent(open.id)}/tasks/${encodeURIComponent(taskId)}`,
        { status },
      );
      await show(open.id);
      onSaved();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    try {
      await send('POST', `/api/v1/networks/${encodeURIComponent(networkId)}/meetings`, {
        heldOn: String(data.get('heldOn')),
        title: String(data.get('title') ?? ''),
        agenda: orNull(data.get('agenda')),
        minutes: orNull(data.get('minutes')),
        attendance: data
          .getAll('attendance')
          .map((organisationId) => ({ organisationId: String(organisationId) })),
        decisions: String(data.get('decisions') ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length >= 2),
      });
      form.reset();
      setMessage({ kind: 'ok', text: t('sh.saved') });
      onSaved();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  return (
    <section aria-labelledby="meetings">
      <h2 id="meetings">{t('co.meetings.title')}</h2>
      {detail.meetings.length === 0 ? (
        <p className="muted">{t('co.meetings.none')}</p>
      ) : (
        <ul className="link-list">
          {detail.meetings.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                className="link-button"
                aria-expanded={open?.id === m.id}
                onClick={() => void show(m.id)}
              >
                {i18n.date(m.heldOn)} – {m.title}
              </button>{' '}
              <span className="muted">
                {t('co.meetings.attending', { count: m.attendingOrganisations })},{' '}
                {t('co.meetings.openTasks', { count: m.openTasks })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {open && (
        <article className="panel meeting" aria-label={open.title}>
          <h3>
            {i18n.date(open.heldOn)} – {open.title}
          </h3>
          {open.agenda && (
            <>
              <h4>{t('co.meetings.agenda')}</h4>
              <p className="pre">{open.agenda}</p>
            </>
          )}
          <h4>{t('co.meetings.attendance')}</h4>
          <p>
            {open.attendance
              .map((a) => a.organisationName + (a.personName ? ` (${a.personName})` : ''))
              .join(', ')}
          </p>
          {open.minutes && (
            <>
              <h4>{t('co.meetings.minutes')}</h4>
              <p className="pre">{open.minutes}</p>
            </>
          )}
          {open.decisions.length > 0 && (
            <>
              <h4>{t('co.meetings.decisionsTitle')}</h4>
              <ul>
                {open.decisions.map((d) => (
                  <li key={d.id}>{d.text}</li>
                ))}
              </ul>
            </>
          )}
          {open.tasks.length > 0 && (
            <>
              <h4>{t('co.meetings.tasks')}</h4>
              <ul>
                {open.tasks.map((task) => (
                  <li key={task.id}>
                    {task.title}
                    {task.ownerOrganisationName ? ` – ${task.ownerOrganisationName}` : ''}
                    {task.dueOn ? `, ${t('co.task.due', { date: i18n.date(task.dueOn) })}` : ''}{' '}
                    <select
                      aria-label={t('co.task.statusLabel', { task: task.title })}
                      value={task.status}
                      onChange={(e) => void setStatus(task.id, e.currentTarget.value)}
                    >
                      {TASK_STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {t(`co.task.status.${status}` as MessageKey)}
                        </option>
                      ))}
                    </select>
                  </li>
                ))}
              </ul>
            </>
          )}
        </article>
      )}
      <details className="add-form">
        <summary>{t('co.meetings.add')}</summary>
        <form className="stack-form" onSubmit={submit}>
          <label>
            {t('co.meetings.date')}
            <input type="date" name="heldOn" required />
          </label>
          <label>
            {t('co.meetings.titleField')}
            <input name="title" required minLength={2} />
          </label>
          <label>
            {t('co.meetings.agenda')}
            <textarea name="agenda" rows={3} />
          </label>
          <fieldset className="toggles">
            <legend>{t('co.meetings.attendance')}</legend>
            {activeMembers.map((m) => (
              <label key={m.id}>
                <input type="checkbox" name="attendance" value={m.organisationId} /> {m.organisationName}
              </label>
            ))}
          </fieldset>
          <label>
            {t('co.meetings.minutes')}
            <textarea name="minutes" rows={4} />
          </label>
          <label>
            {t('co.meetings.decisions')}
            <textarea name="decisions" rows={3} />
          </label>
          <button type="submit">{t('co.save')}</button>
        </form>
        <Status message={message} />
      </details>
    </section>
  );
}

function AddDocument({ networkId, onSaved }: { networkId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const { submit, message } = useSaveForm(async (data) => {
    await send('POST', `/api/v1/networks/${encodeURIComponent(networkId)}/documents`, {
      title: String(data.get('title') ?? ''),
      url: orNull(data.get('url')),
    });
  }, onSaved);
  return (
    <details className="add-form">
      <summary>{t('co.docs.add')}</summary>
      <form className="inline-form" onSubmit={submit}>
        <label>
          {t('co.docs.titleField')}
          <input name="title" required minLength={2} />
        </label>
        <label>
          {t('co.docs.url')}
          <input name="url" type="url" />
        </label>
        <button type="submit">{t('co.add')}</button>
      </form>
      <Status message={message} />
    </details>
  );
}

function ExpectedEditor({
  networkId,
  expected,
  onSaved,
}: {
  networkId: string;
  expected: NetworkDetailT['expected'];
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const groupLabel = useGroupLabel();
  const [rows, setRows] = useState(expected);
  const [message, setMessage] = useState<Message>(null);
  useEffect(() => setRows(expected), [expected]);
  const unused = ACTOR_GROUPS.filter((g) => !rows.some((r) => r.actorGroup === g));
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      await send('PUT', `/api/v1/networks/${encodeURIComponent(networkId)}/expected`, { groups: rows });
      setMessage({ kind: 'ok', text: t('sh.saved') });
      onSaved();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  return (
    <details className="add-form">
      <summary>{t('co.expected.edit')}</summary>
      <form className="stack-form" onSubmit={save}>
        <ul className="expected-list">
          {rows.map((row) => (
            <li key={row.actorGroup}>
              <label>
                {t('co.expected.min', { group: groupLabel(row.actorGroup) })}
                <input
                  type="number"
                  min={1}
                  max={100}
                  value={row.minCount}
                  onChange={(e) => {
                    const minCount = Math.max(1, Number(e.currentTarget.value) || 1);
                    setRows((current) =>
                      current.map((r) => (r.actorGroup === row.actorGroup ? { ...r, minCount } : r)),
                    );
                  }}
                />
              </label>
              <button
                type="button"
                className="link-button"
                onClick={() => setRows((current) => current.filter((r) => r.actorGroup !== row.actorGroup))}
              >
                {t('co.expected.remove', { group: groupLabel(row.actorGroup) })}
              </button>
            </li>
          ))}
        </ul>
        <label>
          {t('co.expected.addGroup')}
          <select
            value=""
            onChange={(e) => {
              const actorGroup = e.currentTarget.value;
              if (actorGroup) setRows((current) => [...current, { actorGroup, minCount: 1 }]);
            }}
          >
            <option value="">–</option>
            {unused.map((g) => (
              <option key={g} value={g}>
                {groupLabel(g)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('co.save')}</button>
      </form>
      <Status message={message} />
    </details>
  );
}
