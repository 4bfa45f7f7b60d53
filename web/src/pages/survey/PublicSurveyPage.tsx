import { type FormEvent, useEffect, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import { useI18n } from '../../i18n-react.tsx';
import { useTitle } from '../../router.tsx';
import { type PublicSurveyT, type ResponseBodyT, requestJson } from './api.ts';
import '../workforce-childcare/childcare.css';

type Hydrogen = 'yes' | 'planned' | 'no';
type Lateral = 'yes' | 'partly' | 'no';

/** The page behind a company's personal link: no account, the token is the key (issue 6, item 6). */
export function PublicSurveyPage({ token }: { token: string }) {
  const { t, language, setLanguage } = useI18n();
  const [survey, setSurvey] = useState<PublicSurveyT | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useTitle(survey?.title ?? t('survey.public.title'));
  useEffect(() => {
    requestJson<PublicSurveyT>('GET', `/api/v1/public/surveys/${encodeURIComponent(token)}`).then(
      setSurvey,
      (e: Error) => setError(e),
    );
  }, [token]);

  return (
    <>
      <header className="site-header">
        <div className="brand">
          <span className="brand-name">
            {survey ? t('survey.public.header', { region: survey.regionName }) : t('app.title')}
          </span>
        </div>
        <button
          type="button"
          className="lang"
          lang={language === 'de' ? 'en' : 'de'}
          aria-label={t('lang.switchLabel')}
          onClick={() => setLanguage(language === 'de' ? 'en' : 'de')}
        >
          {t('lang.switch')}
        </button>
      </header>
      <main id="main" tabIndex={-1} className="survey-public">
        {error && <Failure error={error} />}
        {!error && !survey && <Loading />}
        {survey && <AnswerForm survey={survey} token={token} />}
      </main>
    </>
  );
}

function AnswerForm({ survey, token }: { survey: PublicSurveyT; token: string }) {
  const { t } = useI18n();
  const previous = survey.response;
  const [sector, setSector] = useState(previous?.sector ?? '');
  const [employees, setEmployees] = useState(previous?.employees?.toString() ?? '');
  const [hires, setHires] = useState<Record<string, string>>(() =>
    Object.fromEntries((previous?.answers.hires ?? []).map((h) => [`${h.kldb}|${h.year}`, String(h.count)])),
  );
  const [trainingPlaces, setTrainingPlaces] = useState(previous?.answers.trainingPlaces?.toString() ?? '');
  const [qualificationNeeds, setQualificationNeeds] = useState(previous?.answers.qualificationNeeds ?? '');
  const [hydrogen, setHydrogen] = useState<Hydrogen | null>(previous?.answers.hydrogen ?? null);
  const [hydrogenNeeds, setHydrogenNeeds] = useState(previous?.answers.hydrogenNeeds ?? '');
  const [lateral, setLateral] = useState<Lateral | null>(previous?.answers.lateralEntry ?? null);
  const [state, setState] = useState<{ kind: 'idle' | 'saved' | 'error'; text: string }>({
    kind: 'idle',
    text: '',
  });

  if (survey.status !== 'open') {
    return (
      <>
        <h1>{survey.title}</h1>
        <p className="note" role="status">
          {survey.status === 'closed' ? t('survey.public.closed') : t('survey.public.notOpen')}
        </p>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body: ResponseBodyT = {
      sector: sector as ResponseBodyT['sector'],
      employees: employees === '' ? null : Number(employees),
      answers: {
        hires: Object.entries(hires)
          .filter(([, value]) => value !== '')
          .map(([key, value]) => {
            const [kldb, year] = key.split('|');
            return { kldb: kldb!, year: Number(year), count: Number(value) };
          }),
        trainingPlaces: survey.blocks.trainingPlaces && trainingPlaces !== '' ? Number(trainingPlaces) : null,
        qualificationNeeds,
        hydrogen,
        hydrogenNeeds,
        lateralEntry: lateral,
      },
    };
    try {
      await requestJson('PUT', `/api/v1/public/surveys/${encodeURIComponent(token)}/response`, body);
      setState({ kind: 'saved', text: t('survey.public.thanks') });
    } catch (caught) {
      setState({ kind: 'error', text: caught instanceof Error ? caught.message : String(caught) });
    }
  };

  return (
    <form className="childcare-form" onSubmit={submit}>
      <h1>{survey.title}</h1>
      <p className="lead">{t('survey.public.for', { company: survey.companyName })}</p>
      {survey.intro && <p>{survey.intro}</p>}
      <p className="note small">{t('survey.public.privacy')}</p>
      {previous && <p className="note">{t('survey.public.previous')}</p>}
      <fieldset>
        <legend>{t('survey.public.company')}</legend>
        <div className="field">
          <label htmlFor="sector">{t('survey.public.sector')}</label>
          <select id="sector" required value={sector} onChange={(e) => setSector(e.target.value)}>
            <option value="">{t('survey.public.choose')}</option>
            {survey.sectors.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="employees">{t('survey.public.employees')}</label>
          <input
            id="employees"
            type="number"
            min={0}
            value={employees}
            onChange={(e) => setEmployees(e.target.value)}
          />
        </div>
      </fieldset>
      <fieldset className="wide">
        <legend>{t('survey.public.hires')}</legend>
        <div className="table-scroll">
          <table className="values">
            <caption className="visually-hidden">{t('survey.public.hires')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('survey.col.occupation')}</th>
                {survey.hireYears.map((year) => (
                  <th key={year} scope="col" className="num">
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {survey.occupations.map((occupation) => (
                <tr key={occupation.kldb}>
                  <th scope="row">
                    {occupation.name} <span className="muted">(KldB {occupation.kldb})</span>
                  </th>
                  {survey.hireYears.map((year) => {
                    const key = `${occupation.kldb}|${year}`;
                    return (
                      <td key={year} className="num">
                        <input
                          type="number"
                          min={0}
                          aria-label={t('survey.public.hiresFor', { occupation: occupation.name, year })}
                          value={hires[key] ?? ''}
                          onChange={(e) => setHires((current) => ({ ...current, [key]: e.target.value }))}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>
      {(survey.blocks.trainingPlaces || survey.blocks.qualificationNeeds) && (
        <fieldset>
          <legend>{t('survey.public.training')}</legend>
          {survey.blocks.trainingPlaces && (
            <div className="field">
              <label htmlFor="training">{t('survey.public.trainingPlaces')}</label>
              <input
                id="training"
                type="number"
                min={0}
                value={trainingPlaces}
                onChange={(e) => setTrainingPlaces(e.target.value)}
              />
            </div>
          )}
          {survey.blocks.qualificationNeeds && (
            <div className="field">
              <label htmlFor="qualification">{t('survey.public.qualificationNeeds')}</label>
              <textarea
                id="qualification"
                rows={3}
                value={qualificationNeeds}
                onChange={(e) => setQualificationNeeds(e.target.value)}
              />
            </div>
          )}
        </fieldset>
      )}
      {survey.blocks.hydrogen && (
        <fieldset className="wide">
          <legend>{t('survey.public.hydrogen')}</legend>
          {(['yes', 'planned', 'no'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="hydrogen"
                checked={hydrogen === value}
                onChange={() => setHydrogen(value)}
              />{' '}
              {t(`survey.public.hydrogen.${value}`)}
            </label>
          ))}
          <div className="field">
            <label htmlFor="hydrogen-needs">{t('survey.public.hydrogenNeeds')}</label>
            <textarea
              id="hydrogen-needs"
              rows={3}
              value={hydrogenNeeds}
              onChange={(e) => setHydrogenNeeds(e.target.value)}
            />
          </div>
        </fieldset>
      )}
      {survey.blocks.lateralEntry && (
        <fieldset className="wide">
          <legend>{t('survey.public.lateral')}</legend>
          {(['yes', 'partly', 'no'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="lateral"
                checked={lateral === value}
                onChange={() => setLateral(value)}
              />{' '}
              {t(`survey.public.lateral.${value}`)}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit">{previous ? t('survey.public.update') : t('survey.public.submit')}</button>
      <p
        role={state.kind === 'error' ? 'alert' : 'status'}
        className={state.kind === 'error' ? 'error' : state.kind === 'saved' ? 'note' : undefined}
      >
        {state.text}
      </p>
    </form>
  );
}
