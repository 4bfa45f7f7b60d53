import { type FormEvent, lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { Link, useTitle } from '../../router.tsx';
import { get, type OrganisationDetailT, type OrganisationListT, orNull, send } from './api.ts';
import { DemoBadge, DemoNote, ScrollTable, Status, useGroupLabel } from './common.tsx';
import { useSaveForm } from './use-save-form.ts';
import './stakeholders.css';

const PowerInterestGrid = lazy(() => import('./PowerInterestGrid.tsx'));

const RELATION_KINDS = ['cooperation_partner', 'member_of', 'operator_of', 'training_partnership'] as const;

/** /akteure/{id}: an organisation with persons, relations, memberships, agreements and its assessments over time. */
export function OrganisationPage({ id }: { id: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const groupLabel = useGroupLabel();
  const [detail, setDetail] = useState<
    { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: OrganisationDetailT }
  >({ state: 'loading' });
  const load = useCallback(() => {
    get<OrganisationDetailT>(`/api/v1/organisations/${encodeURIComponent(id)}`).then(
      (data) => setDetail({ state: 'done', data }),
      (error: Error) => setDetail({ state: 'error', error }),
    );
  }, [id]);
  useEffect(load, [load]);
  useTitle(detail.state === 'done' ? detail.data.organisation.name : null);

  if (detail.state === 'loading') return <Loading />;
  if (detail.state === 'error') return <Failure error={detail.error} />;
  const { organisation: o, relations, assessments, persons, memberships, agreements } = detail.data;
  const date = (iso: string | null) => (iso ? i18n.date(iso) : '…');
  return (
    <>
      <p>
        <Link href="/akteure">{t('sh.org.back')}</Link>
      </p>
      <h1>
        {o.name} <DemoBadge demo={o.demo} />
      </h1>
      <p className="lead">{groupLabel(o.actorGroup)}</p>
      <DemoNote show={o.demo} />
      <div className="columns">
        <section className="panel" aria-labelledby="facts">
          <h2 id="facts">{t('sh.org.facts')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('sh.org.address')}</dt>
              <dd>
                {[o.street, [o.postalCode, o.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') ||
                  '–'}
              </dd>
            </div>
            {o.municipalityAgs && (
              <div>
                <dt>{t('sh.ags', { value: '' }).trim()}</dt>
                <dd>
                  {o.municipalityAgs} {o.municipalityName ? `(${o.municipalityName})` : ''}
                </dd>
              </div>
            )}
            {o.schoolNumber && (
              <div>
                <dt>{t('sh.new.schoolNumber')}</dt>
                <dd>{o.schoolNumber}</dd>
              </div>
            )}
            {o.latitude !== null && o.longitude !== null && (
              <div>
                <dt>{t('sh.org.location')}</dt>
                <dd>
                  {i18n.number(o.latitude, 4)}° N, {i18n.number(o.longitude, 4)}° O
                </dd>
              </div>
            )}
            {o.website && (
              <div>
                <dt>{t('sh.org.website')}</dt>
                <dd>
                  <a href={o.website}>{o.website}</a>
                </dd>
              </div>
            )}
            {o.notes && (
              <div>
                <dt>{t('sh.org.notes')}</dt>
                <dd>{o.notes}</dd>
              </div>
            )}
          </dl>
        </section>
        <section className="panel" aria-labelledby="persons">
          <h2 id="persons">{t('sh.org.persons')}</h2>
          {persons === null ? (
            <p className="muted">{t('sh.org.personsHidden')}</p>
          ) : persons.length === 0 ? (
            <p className="muted">{t('sh.org.noPersons')}</p>
          ) : (
            <ul>
              {persons.map((p) => (
                <li key={p.id}>
                  {p.personName}
                  {p.role ? ` – ${p.role}` : ''}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('sh.org.memberships')}</h2>
          {memberships.length === 0 ? (
            <p className="muted">{t('sh.org.none')}</p>
          ) : (
            <ul>
              {memberships.map((m) => (
                <li key={m.networkId}>
                  <Link href={`/netzwerke/${encodeURIComponent(m.networkId)}`}>{m.networkName}</Link>
                  {m.position ? ` – ${m.position}` : ''}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('sh.org.agreements')}</h2>
          {agreements.length === 0 ? (
            <p className="muted">{t('sh.org.none')}</p>
          ) : (
            <ul>
              {agreements.map((a) => (
                <li key={a.id}>
                  <Link href={`/vereinbarungen/${encodeURIComponent(a.id)}`}>{a.title}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="relations">
        <h2 id="relations">{t('sh.org.relations')}</h2>
        {relations.length === 0 ? (
          <p className="muted">{t('sh.org.noRelations')}</p>
        ) : (
          <ScrollTable label={t('sh.org.relations')}>
            <table className="values">
              <thead>
                <tr>
                  <th scope="col">{t('sh.rel.partner')}</th>
                  <th scope="col">{t('sh.rel.kind')}</th>
                  <th scope="col">{t('sh.rel.period')}</th>
                </tr>
              </thead>
              <tbody>
                {relations.map((r) => {
                  const outgoing = r.sourceId === o.id;
                  const partnerId = outgoing ? r.targetId : r.sourceId;
                  const partnerName = outgoing ? r.targetName : r.sourceName;
                  return (
                    <tr key={r.id}>
                      <td>
                        <Link href={`/akteure/${encodeURIComponent(partnerId)}`}>{partnerName}</Link>
                      </td>
                      <td>
                        {outgoing ? '' : '← '}
                        {t(`sh.rel.kind.${r.kind}` as MessageKey)}
                        {r.note ? ` (${r.note})` : ''}
                      </td>
                      <td>{r.validFrom || r.validTo ? `${date(r.validFrom)} – ${date(r.validTo)}` : '–'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollTable>
        )}
        <AddRelation organisationId={o.id} onSaved={load} />
      </section>

      <Assessments organisationId={o.id} assessments={assessments} onSaved={load} />
    </>
  );
}

function AddRelation({ organisationId, onSaved }: { organisationId: string; onSaved: () => void }) {
  const { t } = useI18n();
  const [options, setOptions] = useState<OrganisationListT['items']>([]);
  useEffect(() => {
    get<OrganisationListT>('/api/v1/organisations').then((d) =>
      setOptions(d.items.filter((o) => o.id !== organisationId)),
    );
  }, [organisationId]);
  const { submit, message } = useSaveForm(async (data) => {
    await send('POST', '/api/v1/relations', {
      sourceId: organisationId,
      targetId: String(data.get('targetId')),
      kind: String(data.get('kind')),
      validFrom: orNull(data.get('validFrom')),
      validTo: orNull(data.get('validTo')),
    });
  }, onSaved);
  return (
    <details className="add-form">
      <summary>{t('sh.rel.add')}</summary>
      <form className="inline-form" onSubmit={submit}>
        <label>
          {t('sh.rel.partner')}
          <select name="targetId" required>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sh.rel.kind')}
          <select name="kind">
            {RELATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`sh.rel.kind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('sh.rel.from')}
          <input type="date" name="validFrom" />
        </label>
        <label>
          {t('sh.rel.to')}
          <input type="date" name="validTo" />
        </label>
        <button type="submit">{t('co.add')}</button>
      </form>
      <Status message={message} />
    </details>
  );
}

const SCORES = ['influence', 'interest', 'power', 'legitimacy', 'urgency'] as const;

function Assessments({
  organisationId,
  assessments,
  onSaved,
}: {
  organisationId: string;
  assessments: OrganisationDetailT['assessments'];
  onSaved: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const points = useMemo(
    () =>
      assessments.map((a, index) => ({
        label: i18n.date(a.assessedOn),
        power: a.power,
        interest: a.interest,
        highlight: index === assessments.length - 1,
      })),
    [assessments, i18n],
  );
  const axis = useMemo(() => ({ power: t('sh.as.power'), interest: t('sh.as.interest') }), [t]);
  const quadrants = useMemo(
    () => ({
      keyPlayers: t('sh.as.q.key_players'),
      keepSatisfied: t('sh.as.q.keep_satisfied'),
      keepInformed: t('sh.as.q.keep_informed'),
      monitor: t('sh.as.q.monitor'),
    }),
    [t],
  );
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const score = (name: string) => Number(data.get(name));
    try {
      await send('POST', '/api/v1/assessments', {
        organisationId,
        topic: String(data.get('topic') ?? ''),
        assessedOn: String(data.get('assessedOn') ?? ''),
        author: orNull(data.get('author')) ?? undefined,
        influence: score('influence'),
        interest: score('interest'),
        power: score('power'),
        legitimacy: score('legitimacy'),
        urgency: score('urgency'),
        attitude: score('attitude'),
        reason: orNull(data.get('reason')),
      });
      form.reset();
      setMessage({ kind: 'ok', text: t('sh.saved') });
      onSaved();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  return (
    <section aria-labelledby="assessments">
      <h2 id="assessments">{t('sh.as.title')}</h2>
      {assessments.length === 0 ? (
        <p className="muted">{t('sh.as.none')}</p>
      ) : (
        <>
          <h3>{t('sh.as.grid')}</h3>
          <Suspense fallback={<Loading />}>
            <PowerInterestGrid
              points={points}
              label={t('sh.as.gridLabel')}
              axis={axis}
              quadrants={quadrants}
            />
          </Suspense>
          <ScrollTable label={t('sh.as.title')}>
            <table className="values">
              <thead>
                <tr>
                  <th scope="col">{t('sh.as.date')}</th>
                  <th scope="col">{t('sh.as.topic')}</th>
                  {SCORES.map((s) => (
                    <th key={s} scope="col" className="num">
                      {t(`sh.as.${s}` as MessageKey)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('sh.as.attitude')}
                  </th>
                  <th scope="col">{t('sh.as.quadrant')}</th>
                  <th scope="col">{t('sh.as.author')}</th>
                  <th scope="col">{t('sh.as.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {assessments.map((a) => (
                  <tr key={a.id}>
                    <td>{i18n.date(a.assessedOn)}</td>
                    <td>{a.topic}</td>
                    {SCORES.map((s) => (
                      <td key={s} className="num">
                        {a[s]}
                      </td>
                    ))}
                    <td className="num">{a.attitude > 0 ? `+${a.attitude}` : a.attitude}</td>
                    <td>{t(`sh.as.q.${a.quadrant}` as MessageKey)}</td>
                    <td>{a.author}</td>
                    <td>{a.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </>
      )}
      <details className="add-form">
        <summary>{t('sh.as.add')}</summary>
        <form className="inline-form" onSubmit={submit}>
          <label>
            {t('sh.as.topic')}
            <input name="topic" required defaultValue="Übergang Schule–Beruf" />
          </label>
          <label>
            {t('sh.as.date')}
            <input
              type="date"
              name="assessedOn"
              required
              defaultValue={new Date().toISOString().slice(0, 10)}
            />
          </label>
          <label>
            {t('sh.as.author')}
            <input name="author" />
          </label>
          {SCORES.map((s) => (
            <label key={s}>
              {t(`sh.as.${s}` as MessageKey)} (1–5)
              <input type="number" name={s} min={1} max={5} defaultValue={3} required />
            </label>
          ))}
          <label>
            {t('sh.as.attitude')} (−2…+2)
            <input type="number" name="attitude" min={-2} max={2} defaultValue={0} required />
          </label>
          <label className="wide">
            {t('sh.as.reason')}
            <input name="reason" />
          </label>
          <button type="submit">{t('co.save')}</button>
        </form>
        <Status message={message} />
      </details>
    </section>
  );
}
