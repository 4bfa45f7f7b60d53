import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';
import { Link, useTitle } from '../../router.tsx';
import {
  download,
  type InvitationListT,
  type IssuedInvitationsT,
  linksCsv,
  type PublishedT,
  parseCompanies,
  type ResultsT,
  requestJson,
  type SurveyT,
  saveBlob,
} from './api.ts';
import { SurveyForm } from './SurveysPage.tsx';
import '../workforce-childcare/childcare.css';

const BASE = '/api/v1/workforce/surveys';

type Cell = { value: number | null; suppressed: boolean };

/** One survey for editors: status, personal links, progress, suppressed results, export, dataset. */
export function SurveyDetailPage({ surveyId }: { surveyId: number }) {
  const { t } = useI18n();
  const [survey, setSurvey] = useState<SurveyT | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [invitations, setInvitations] = useState<InvitationListT['items']>([]);
  const [results, setResults] = useState<ResultsT | null>(null);
  const [message, setMessage] = useState('');
  useTitle(survey ? survey.title : t('survey.title'));

  const load = useCallback(async () => {
    try {
      const [s, i, r] = await Promise.all([
        requestJson<SurveyT>('GET', `${BASE}/${surveyId}`),
        requestJson<InvitationListT>('GET', `${BASE}/${surveyId}/invitations`),
        requestJson<ResultsT>('GET', `${BASE}/${surveyId}/results`),
      ]);
      setSurvey(s);
      setInvitations(i.items);
      setResults(r);
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    }
  }, [surveyId]);
  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <Failure error={error} />;
  if (!survey || !results) return <Loading />;

  const setStatus = async (status: SurveyT['status']) => {
    try {
      setSurvey(await requestJson<SurveyT>('POST', `${BASE}/${surveyId}/status`, { status }));
      setMessage(t('survey.statusChanged', { status: t(`survey.status.${status}` as MessageKey) }));
    } catch (caught) {
      setMessage(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const publish = async () => {
    try {
      const published = await requestJson<PublishedT>('POST', `${BASE}/${surveyId}/publish`);
      setMessage(t('survey.published', { source: published.source, table: published.table }));
      await load();
    } catch (caught) {
      setMessage(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/fachkraefte/befragungen?region=${survey.region.key}`}>{t('survey.back')}</Link>
      </p>
      <h1>{survey.title}</h1>
      <p className="lead">
        {t('survey.meta', {
          region: survey.region.name,
          year: survey.surveyYear,
          status: t(`survey.status.${survey.status}` as MessageKey),
        })}
      </p>
      <section aria-labelledby="progress-heading" className="panel">
        <h2 id="progress-heading">{t('survey.progress')}</h2>
        <p>
          {t('survey.progressText', {
            invited: survey.progress.invited,
            opened: survey.progress.opened,
            submitted: survey.progress.submitted,
          })}
        </p>
        <progress
          className="progress-bar"
          max={Math.max(1, survey.progress.invited)}
          value={survey.progress.submitted}
          aria-label={t('survey.progress')}
        />
        <div className="cc-actions">
          {survey.status !== 'open' && (
            <button type="button" onClick={() => void setStatus('open')}>
              {t('survey.open')}
            </button>
          )}
          {survey.status === 'open' && (
            <button type="button" className="secondary" onClick={() => void setStatus('closed')}>
              {t('survey.close')}
            </button>
          )}
        </div>
        <p role="status" className="muted">
          {message}
        </p>
      </section>
      <Invite surveyId={surveyId} onInvited={() => void load()} />
      <Invitations surveyId={surveyId} items={invitations} />
      <Results
        results={results}
        surveyId={surveyId}
        onPublish={() => void publish()}
        datasetId={survey.datasetId}
      />
      <section aria-labelledby="design-heading">
        <h2 id="design-heading">{t('survey.design')}</h2>
        <ul>
          {survey.occupations.map((o) => (
            <li key={o.kldb}>
              {o.kldb} {o.name}
            </li>
          ))}
        </ul>
        <p>{t('survey.hireYears', { years: survey.hireYears.join(', ') })}</p>
        {survey.progress.submitted === 0 ? (
          <details>
            <summary>{t('survey.edit')}</summary>
            <SurveyForm
              regionKey={survey.region.key}
              survey={survey}
              onSaved={(saved) => {
                setSurvey(saved);
                setMessage(t('survey.saved'));
              }}
            />
          </details>
        ) : (
          <p className="muted">{t('survey.locked')}</p>
        )}
      </section>
    </>
  );
}

function Invite({ surveyId, onInvited }: { surveyId: number; onInvited: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [issued, setIssued] = useState<IssuedInvitationsT['items']>([]);
  const [error, setError] = useState('');
  const [copied, setCopied] = useState('');
  const origin = window.location.origin;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const body = await requestJson<IssuedInvitationsT>('POST', `${BASE}/${surveyId}/invitations`, {
        companies: parseCompanies(text),
      });
      setIssued(body.items);
      setText('');
      setError('');
      onInvited();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const copy = async (value: string, name: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(t('survey.copied', { name }));
    } catch {
      setCopied(t('survey.copyFailed'));
    }
  };
  return (
    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('survey.invite')}</h2>
      <form className="childcare-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="invite-companies">{t('survey.invite.companies')}</label>
          <textarea
            id="invite-companies"
            rows={4}
            required
            aria-describedby="invite-help"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <small id="invite-help" className="param-source">
            {t('survey.invite.help')}
          </small>
        </div>
        <button type="submit">{t('survey.invite.button')}</button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {issued.length > 0 && (
        <div className="panel">
          <p className="note">{t('survey.invite.once')}</p>
          <div className="cc-actions">
            <button
              type="button"
              onClick={() =>
                saveBlob(
                  new Blob([linksCsv(issued, origin)], { type: 'text/csv;charset=utf-8' }),
                  `befragung-${surveyId}-links.csv`,
                )
              }
            >
              {t('survey.invite.csv')}
            </button>
          </div>
          <table className="values">
            <caption>{t('survey.invite.links')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('survey.col.company')}</th>
                <th scope="col">{t('survey.col.link')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('survey.copy')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {issued.map((item) => (
                <tr key={item.id}>
                  <th scope="row">{item.companyName}</th>
                  <td>
                    <a className="link-box" href={item.path}>
                      {origin + item.path}
                    </a>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => void copy(origin + item.path, item.companyName)}
                      aria-label={t('survey.copyFor', { name: item.companyName })}
                    >
                      {t('survey.copy')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p role="status" className="muted">
            {copied}
          </p>
        </div>
      )}
    </section>
  );
}

function Invitations({ surveyId, items }: { surveyId: number; items: InvitationListT['items'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [renewed, setRenewed] = useState<{ name: string; link: string } | null>(null);
  const [error, setError] = useState('');
  if (items.length === 0) return null;
  const renew = async (item: InvitationListT['items'][number]) => {
    if (!window.confirm(t('survey.renew.confirm', { name: item.companyName }))) return;
    try {
      const issued = await requestJson<IssuedInvitationsT['items'][number]>(
        'POST',
        `${BASE}/${surveyId}/invitations/${item.id}/renew`,
      );
      setRenewed({ name: item.companyName, link: window.location.origin + issued.path });
      setError('');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  const state = (item: InvitationListT['items'][number]) =>
    item.submittedAt
      ? t('survey.state.submitted')
      : item.openedAt
        ? t('survey.state.opened')
        : t('survey.state.invited');
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('survey.invitations')}</h2>
      <div className="table-scroll">
        <table className="values">
          <caption className="visually-hidden">{t('survey.invitations')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('survey.col.company')}</th>
              <th scope="col">{t('survey.col.email')}</th>
              <th scope="col">{t('survey.col.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('survey.renew')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.companyName}</th>
                <td>{item.contactEmail ?? '–'}</td>
                <td>{state(item)}</td>
                <td>
                  <button
                    type="button"
                    className="link"
                    aria-label={t('survey.renewFor', { name: item.companyName })}
                    onClick={() => void renew(item)}
                  >
                    {t('survey.renew')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {renewed && (
        <p className="note" role="status">
          {t('survey.renewed', { name: renewed.name })} <span className="link-box">{renewed.link}</span>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function Results({
  results,
  surveyId,
  onPublish,
  datasetId,
}: {
  results: ResultsT;
  surveyId: number;
  onPublish: () => void;
  datasetId: number | null;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [error, setError] = useState('');
  const show = (cell: Cell) =>
    cell.suppressed ? (
      <abbr className="suppressed" title={t('survey.suppressedLong', { min: results.minAnswers })}>
        {t('survey.suppressed')}
      </abbr>
    ) : (
      i18n.number(cell.value!)
    );
  const count = (value: number | null) => show({ value, suppressed: value === null });
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t('survey.results')}</h2>
      <p>{t('survey.resultsIntro', { responses: results.responses, min: results.minAnswers })}</p>
      <div className="table-scroll">
        <table className="values" data-testid="results-occupations">
          <caption>{t('survey.byOccupation')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('survey.col.kldb')}</th>
              <th scope="col">{t('survey.col.occupation')}</th>
              <th scope="col">{t('survey.col.year')}</th>
              <th scope="col" className="num">
                {t('survey.col.companies')}
              </th>
              <th scope="col" className="num">
                {t('survey.col.hires')}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.occupations.map((row) => (
              <tr key={`${row.kldb}-${row.year}`}>
                <td>{row.kldb}</td>
                <th scope="row">{row.name}</th>
                <td>{row.year}</td>
                <td className="num">{count(row.companies)}</td>
                <td className="num">{show(row.hires)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="values" data-testid="results-sectors">
          <caption>{t('survey.bySector')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('survey.col.sector')}</th>
              <th scope="col" className="num">
                {t('survey.col.companies')}
              </th>
              <th scope="col" className="num">
                {t('survey.col.hiresAll')}
              </th>
              <th scope="col" className="num">
                {t('survey.col.training')}
              </th>
              <th scope="col" className="num">
                {t('survey.col.lateral')}
              </th>
              <th scope="col" className="num">
                {t('survey.col.hydrogen')}
              </th>
            </tr>
          </thead>
          <tbody>
            {[
              ...results.sectors.map((row) => ({ key: row.sector, label: row.label, row })),
              { key: 'total', label: t('survey.total'), row: results.total },
            ].map(({ key, label, row }) => (
              <tr key={key} className={key === 'total' ? 'own' : undefined}>
                <th scope="row">{label}</th>
                <td className="num">{count(row.companies)}</td>
                <td className="num">{show(row.hires)}</td>
                <td className="num">{show(row.trainingPlaces)}</td>
                <td className="num">{show(row.lateralEntryOpen)}</td>
                <td className="num">{show(row.hydrogenRelevant)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note small">{t('survey.suppressedLong', { min: results.minAnswers })}</p>
      {results.qualificationNeeds.length > 0 && (
        <>
          <h3>{t('survey.qualificationNeeds')}</h3>
          <ul>
            {results.qualificationNeeds.map((text, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: texts may repeat
              <li key={index}>{text}</li>
            ))}
          </ul>
        </>
      )}
      {results.hydrogenNeeds.length > 0 && (
        <>
          <h3>{t('survey.hydrogenNeeds')}</h3>
          <ul>
            {results.hydrogenNeeds.map((text, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: texts may repeat
              <li key={index}>{text}</li>
            ))}
          </ul>
        </>
      )}
      <div className="cc-actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void download(`${BASE}/${surveyId}/results.xlsx`, `betriebsbefragung-${surveyId}.xlsx`).catch(
              (caught: Error) => setError(caught.message),
            )
          }
        >
          {t('survey.exportXlsx')}
        </button>
        <button type="button" onClick={onPublish}>
          {t('survey.publish')}
        </button>
        {datasetId !== null && <Link href="/daten">{t('survey.datasetLink', { id: datasetId })}</Link>}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
