import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { request, type UserT } from '../../session.ts';

const ROLES = ['admin', 'editor', 'partner', 'viewer'] as const;

export function Users({ self }: { self: string }) {
  const { t, date } = useI18n();
  const id = useId();
  const [users, setUsers] = useState<
    { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; items: UserT[] }
  >({ state: 'loading' });
  const [message, setMessage] = useState<{ kind: 'status' | 'alert'; text: string } | null>(null);

  const load = useCallback(async () => {
    try {
      const body = await request<{ items: UserT[] }>('GET', '/api/v1/users');
      setUsers({ state: 'done', items: body.items });
    } catch (error) {
      setUsers({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function change(user: UserT, changes: Partial<Pick<UserT, 'role' | 'disabled'>>) {
    try {
      // The version read with the list: a change made meanwhile by someone else is refused (409).
      const updated = await request<UserT>('PATCH', `/api/v1/users/${encodeURIComponent(user.id)}`, {
        version: user.version,
        ...changes,
      });
      setMessage({ kind: 'status', text: t('users.changed', { email: updated.email }) });
    } catch (error) {
      setMessage({ kind: 'alert', text: error instanceof Error ? error.message : String(error) });
    }
    await load();
  }

  const [draft, setDraft] = useState({ email: '', role: 'viewer', password: '' });
  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const created = await request<UserT>('POST', '/api/v1/users', draft);
      setDraft({ email: '', role: 'viewer', password: '' });
      setMessage({ kind: 'status', text: t('users.created', { email: created.email }) });
      await load();
    } catch (error) {
      setMessage({ kind: 'alert', text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <>
      <p className="lead">{t('users.intro')}</p>
      <p className={message?.kind === 'alert' ? 'error' : 'muted'} role={message?.kind ?? 'status'}>
        {message?.text ?? ''}
      </p>
      {users.state === 'loading' && <Loading />}
      {users.state === 'error' && <Failure error={users.error} />}
      {users.state === 'done' && (
        <div className="table-scroll">
          <table className="users">
            <caption className="visually-hidden">{t('admin.users')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.email}</th>
                  <td>{user.displayName}</td>
                  <td>
                    <select
                      aria-label={`${t('users.role')}: ${user.email}`}
                      value={user.role}
                      disabled={user.id === self}
                      onChange={(event) => void change(user, { role: event.target.value as UserT['role'] })}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`role.${role}` as MessageKey)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    {user.disabled ? t('users.disabled') : t('users.active')}
                    <br />
                    <small className="muted">{date(user.createdAt.slice(0, 10))}</small>
                  </td>
                  <td>
                    {user.id !== self && (
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t(user.disabled ? 'users.enableLabel' : 'users.disableLabel', {
                          email: user.email,
                        })}
                        onClick={() => void change(user, { disabled: !user.disabled })}
                      >
                        {user.disabled ? t('users.enable') : t('users.disable')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section className="panel" aria-labelledby={`${id}-add`}>
        <h2 id={`${id}-add`}>{t('users.add')}</h2>
        <form className="admin-form" onSubmit={create}>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('users.email')}</label>
            <input
              id={`${id}-email`}
              type="email"
              required
              autoComplete="off"
              value={draft.email}
              onChange={(event) => setDraft({ ...draft, email: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('users.role')}</label>
            <select
              id={`${id}-role`}
              value={draft.role}
              onChange={(event) => setDraft({ ...draft, role: event.target.value })}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}` as MessageKey)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>{t('users.password')}</label>
            <input
              id={`${id}-password`}
              type="password"
              required
              minLength={12}
              autoComplete="new-password"
              value={draft.password}
              onChange={(event) => setDraft({ ...draft, password: event.target.value })}
            />
          </div>
          <button type="submit">{t('users.add')}</button>
        </form>
      </section>
    </>
  );
}
