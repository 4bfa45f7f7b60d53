import { type FormEvent, useEffect, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { Link, navigate, useTitle } from '../../router.tsx';
import {
  type AgreementListT,
  type AgreementT,
  get,
  type NetworkListT,
  type OrganisationListT,
  orNull,
  send,
} from '../stakeholders/api.ts';
import { DemoBadge, DemoNote, ScrollTable, Status, useGroupLabel } from '../stakeholders/common.tsx';

const AGREEMENT_KINDS = [
  'kooperationsvereinbarung',
  'kooperationsvertrag',
  'gruendungsvereinbarung',
  'rahmenvereinbarung',
  'letter_of_intent',
] as const;

import '../stakeholders/stakeholders.css';

/** /vereinbarungen: cooperation agreements with their signatories and the body each founds. */
export function AgreementsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useTitle(t('co.agreements.title'));
  const [list, setList] = useState<
    { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: AgreementListT }
  >({
    state: 'loading',
  });
  useEffect(() => {
    get<AgreementListT>('/api/v1/agreements').then(
      (data) => setList({ state: 'done', data }),
      (error: Error) => setList({ state: 'error', error }),
    );
  }, []);
  return (
    <>
      <h1>{t('co.agreements.title')}</h1>
      <p className="lead">{t('co.agreements.intro')}</p>
      {list.state === 'loading' && <Loading />}
      {list.state === 'error' && <Failure error={list.error} />}
      {list.state === 'done' && (
        <>
          <DemoNote show={list.data.items.some((a) => a.demo)} />
          <ScrollTable label={t('co.agreements.title')}>
            <table className="values">
              <thead>
                <tr>
                  <th scope="col">{t('sh.col.name')}</th>
                  <th scope="col">{t('co.col.kind')}</th>
                  <th scope="col">{t('co.agreements.signed')}</th>
                  <th scope="col">{t('co.agreements.signatories')}</th>
                  <th scope="col">{t('co.agreements.founds')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link href={`/vereinbarungen/${encodeURIComponent(a.id)}`}>{a.title}</Link>{' '}
                      <DemoBadge demo={a.demo} />
                    </td>
                    <td>{t(`co.agreements.kind.${a.kind}` as MessageKey)}</td>
                    <td>{a.signedOn ? i18n.date(a.signedOn) : t('co.agreements.unknown')}</td>
                    <td>{a.signatories.map((s) => s.organisationName).join(', ')}</td>
                    <td>
                      {a.foundedNetwork ? (
                        <Link href={`/netzwerke/${encodeURIComponent(a.foundedNetwork.id)}`}>
                          {a.foundedNetwork.name}
                        </Link>
                      ) : (
                        '–'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
      <NewAgreement />
    </>
  );
}

function NewAgreement() {
  const { t } = useI18n();
  const [organisations, setOrganisations] = useState<OrganisationListT['items']>([]);
  const [networks, setNetworks] = useState<NetworkListT['items']>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    get<OrganisationListT>('/api/v1/organisations').then((d) => setOrganisations(d.items));
    get<NetworkListT>('/api/v1/networks').then((d) => setNetworks(d.items));
  }, []);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    try {
      const created = await send<{ id: string }>('POST', '/api/v1/agreements', {
        title: String(data.get('title') ?? ''),
        kind: String(data.get('kind')),
        signedOn: orNull(data.get('signedOn')),
        validFrom: orNull(data.get('validFrom')),
        validTo: orNull(data.get('validTo')),
        goals: String(data.get('goals') ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line.length >= 2),
        foundedNetworkId: orNull(data.get('foundedNetworkId')),
        signatories: data
          .getAll('signatories')
          .map((organisationId) => ({ organisationId: String(organisationId) })),
      });
      navigate(`/vereinbarungen/${encodeURIComponent(created.id)}`);
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  return (
    <details className="add-form panel">
      <summary>{t('co.agreements.new')}</summary>
      <form className="stack-form" onSubmit={submit}>
        <label>
          {t('co.agreements.titleField')}
          <input name="title" required minLength={2} />
        </label>
        <label>
          {t('co.col.kind')}
          <select name="kind" defaultValue="kooperationsvereinbarung">
            {AGREEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`co.agreements.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('co.agreements.signed')}
          <input type="date" name="signedOn" />
        </label>
        <div className="pair">
          <label>
            {t('co.agreements.from')}
            <input type="date" name="validFrom" />
          </label>
          <label>
            {t('co.agreements.to')}
            <input type="date" name="validTo" />
          </label>
        </div>
        <label>
          {t('co.agreements.signatories')} ({t('co.agreements.signatoriesHelp')})
          <select name="signatories" multiple size={8} required>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('co.agreements.founds')}
          <select name="foundedNetworkId" defaultValue="">
            <option value="">{t('co.agreements.noNetwork')}</option>
            {networks.map((n) => (
              <option key={n.id} value={n.id}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('co.agreements.goalsField')}
          <textarea name="goals" rows={3} />
        </label>
        <button type="submit">{t('co.save')}</button>
      </form>
      <Status message={message} />
    </details>
  );
}

/** /vereinbarungen/{id}: one agreement as a record. */
export function AgreementPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const groupLabel = useGroupLabel();
  const [one, setOne] = useState<
    { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: AgreementT }
  >({
    state: 'loading',
  });
  useEffect(() => {
    get<AgreementT>(`/api/v1/agreements/${encodeURIComponent(id)}`).then(
      (data) => setOne({ state: 'done', data }),
      (error: Error) => setOne({ state: 'error', error }),
    );
  }, [id]);
  useTitle(one.state === 'done' ? one.data.title : null);
  if (one.state === 'loading') return <Loading />;
  if (one.state === 'error') return <Failure error={one.error} />;
  const a = one.data;
  const unknown = t('co.agreements.unknown');
  return (
    <>
      <p>
        <Link href="/vereinbarungen">{t('co.agreements.back')}</Link>
      </p>
      <h1>
        {a.title} <DemoBadge demo={a.demo} />
      </h1>
      <p className="lead">{t(`co.agreements.kind.${a.kind}` as MessageKey)}</p>
      <DemoNote show={a.demo} />
      <dl className="facts">
        <div>
          <dt>{t('co.agreements.signed')}</dt>
          <dd>{a.signedOn ? i18n.date(a.signedOn) : unknown}</dd>
        </div>
        <div>
          <dt>{t('co.agreements.term')}</dt>
          <dd>
            {a.validFrom || a.validTo
              ? `${a.validFrom ? i18n.date(a.validFrom) : '…'} – ${a.validTo ? i18n.date(a.validTo) : '…'}`
              : unknown}
          </dd>
        </div>
        <div>
          <dt>{t('co.agreements.renewal')}</dt>
          <dd>{a.renewal ?? unknown}</dd>
        </div>
        {a.legalBasis && (
          <div>
            <dt>{t('co.agreements.legal')}</dt>
            <dd>{a.legalBasis}</dd>
          </div>
        )}
        <div>
          <dt>{t('co.agreements.founds')}</dt>
          <dd>
            {a.foundedNetwork ? (
              <Link href={`/netzwerke/${encodeURIComponent(a.foundedNetwork.id)}`}>
                {a.foundedNetwork.name}
              </Link>
            ) : (
              '–'
            )}
          </dd>
        </div>
        {a.documentUrl && (
          <div>
            <dt>{t('co.agreements.document')}</dt>
            <dd>
              <a href={a.documentUrl}>{a.documentUrl}</a>
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="signatories">
        <h2 id="signatories">{t('co.agreements.signatories')}</h2>
        <ol className="signatories">
          {a.signatories.map((s) => (
            <li key={s.organisationId}>
              <Link href={`/akteure/${encodeURIComponent(s.organisationId)}`}>{s.organisationName}</Link>{' '}
              <span className="muted">({groupLabel(s.actorGroup)})</span>
              {s.personName ? ` – ${s.personName}` : ''}
            </li>
          ))}
        </ol>
      </section>
      {a.goals.length > 0 && (
        <section aria-labelledby="goals">
          <h2 id="goals">{t('co.agreements.goals')}</h2>
          <ul>
            {a.goals.map((g) => (
              <li key={g}>{g}</li>
            ))}
          </ul>
        </section>
      )}
      {a.source && (
        <p className="source">
          {t('co.agreements.source')}: {a.source}
        </p>
      )}
    </>
  );
}
