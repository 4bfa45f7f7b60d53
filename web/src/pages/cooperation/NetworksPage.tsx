import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { Link, navigate, useTitle } from '../../router.tsx';
import { get, type NetworkListT, orNull, send, type TemplatesT } from '../stakeholders/api.ts';
import { DemoBadge, DemoNote, ScrollTable, Status } from '../stakeholders/common.tsx';
import '../stakeholders/stakeholders.css';

export const NETWORK_KINDS = [
  'arbeitsgruppe',
  'lenkungskreis',
  'bildungskonferenz',
  'netzwerk',
  'jugendberufsagentur',
  'fachkraeftebuendnis',
  'bildungsregion',
] as const;

/** /netzwerke: networks and working groups with their gaps, and a form to found one. */
export function NetworksPage() {
  const { t } = useI18n();
  useTitle(t('co.networks.title'));
  const [list, setList] = useState<
    { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: NetworkListT }
  >({
    state: 'loading',
  });
  const load = useCallback(() => {
    get<NetworkListT>('/api/v1/networks').then(
      (data) => setList({ state: 'done', data }),
      (error: Error) => setList({ state: 'error', error }),
    );
  }, []);
  useEffect(load, [load]);
  return (
    <>
      <h1>{t('co.networks.title')}</h1>
      <p className="lead">{t('co.networks.intro')}</p>
      {list.state === 'loading' && <Loading />}
      {list.state === 'error' && <Failure error={list.error} />}
      {list.state === 'done' && (
        <>
          <DemoNote show={list.data.items.some((n) => n.demo)} />
          <ScrollTable label={t('co.networks.title')}>
            <table className="values">
              <thead>
                <tr>
                  <th scope="col">{t('sh.col.name')}</th>
                  <th scope="col">{t('co.col.kind')}</th>
                  <th scope="col" className="num">
                    {t('co.col.members')}
                  </th>
                  <th scope="col" className="num">
                    {t('co.col.gaps')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((n) => (
                  <tr key={n.id}>
                    <td>
                      <Link href={`/netzwerke/${encodeURIComponent(n.id)}`}>{n.name}</Link>{' '}
                      <DemoBadge demo={n.demo} />
                    </td>
                    <td>{t(`co.kind.${n.kind}` as MessageKey)}</td>
                    <td className="num">{n.memberCount}</td>
                    <td className="num">{n.missingGroups}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
      <NewNetwork />
    </>
  );
}

function NewNetwork() {
  const { t } = useI18n();
  const [templates, setTemplates] = useState<TemplatesT['items']>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    get<TemplatesT>('/api/v1/networks/templates').then((d) => setTemplates(d.items));
  }, []);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const template = String(data.get('template') ?? '');
    try {
      const created = await send<{ id: string }>('POST', '/api/v1/networks', {
        name: String(data.get('name') ?? ''),
        kind: String(data.get('kind') ?? 'netzwerk'),
        topic: orNull(data.get('topic')),
        ...(template ? { template } : {}),
      });
      navigate(`/netzwerke/${encodeURIComponent(created.id)}`);
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  return (
    <section className="panel" aria-labelledby="new-network">
      <h2 id="new-network">{t('co.new.title')}</h2>
      <form className="inline-form" onSubmit={submit}>
        <label>
          {t('sh.col.name')}
          <input name="name" required minLength={2} />
        </label>
        <label>
          {t('co.col.kind')}
          <select name="kind" defaultValue="arbeitsgruppe">
            {NETWORK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`co.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('co.new.topic')}
          <input name="topic" />
        </label>
        <label>
          {t('co.new.template')}
          <select name="template" defaultValue="">
            <option value="">{t('co.new.noTemplate')}</option>
            {templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('sh.new.submit')}</button>
      </form>
      <Status message={message} />
    </section>
  );
}
