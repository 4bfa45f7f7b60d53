import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Failure, Loading } from '../../components/Shell.tsx';
import { useI18n } from '../../i18n-react.tsx';
import { Link, navigate, useTitle } from '../../router.tsx';
import { parseOccupations, parseYears, requestJson, type SurveyListT, type SurveyT } from './api.ts';
import '../workforce-childcare/childcare.css';

const BASE = '/api/v1/workforce/surveys';

/** Company demand surveys of a Kreis: list with response progress, and a new survey (issue 6, item 6). */
export function SurveysPage({ regionKey }: { regionKey: string }) {
  const { t } = useI18n();
  useTitle(t('survey.title'));
  const [list, setList] = useState<
    { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; items: SurveyT[] }
  >({
    state: 'loading',
  });
  const load = useCallback(async () => {
    try {
      const body = await requestJson<SurveyListT>('GET', `${BASE}?region=${regionKey}`);
      setList({ state: 'done', items: body.items });
    } catch (error) {
      setList({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    }
  }, [regionKey]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/fachkraefte/kita-ganztag?region=${regionKey}`}>{t('survey.toForecast')}</Link>
      </p>
      <h1>{t('survey.title')}</h1>
      <p className="lead">{t('survey.intro')}</p>
      <section aria-labelledby="surveys-heading">
        <h2 id="surveys-heading">{t('survey.list')}</h2>
        {list.state === 'loading' && <Loading />}
        {list.state === 'error' && <Failure error={list.error} />}
        {list.state === 'done' &&
          (list.items.length === 0 ? (
            <p className="muted">{t('survey.none')}</p>
          ) : (
            <div className="table-scroll">
              <table className="values">
                <caption className="visually-hidden">{t('survey.list')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('survey.col.title')}</th>
                    <th scope="col">{t('survey.col.year')}</th>
                    <th scope="col">{t('survey.col.status')}</th>
                    <th scope="col" className="num">
                      {t('survey.col.invited')}
                    </th>
                    <th scope="col" className="num">
                      {t('survey.col.submitted')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((survey) => (
                    <tr key={survey.id}>
                      <th scope="row">
                        <Link href={`/fachkraefte/befragungen/${survey.id}`}>{survey.title}</Link>
                      </th>
                      <td>{survey.surveyYear}</td>
                      <td>{t(`survey.status.${survey.status}`)}</td>
                      <td className="num">{survey.progress.invited}</td>
                      <td className="num">{survey.progress.submitted}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
      <SurveyForm
        regionKey={regionKey}
        onSaved={(created) => navigate(`/fachkraefte/befragungen/${created.id}`)}
      />
    </>
  );
}

/** The questions of a survey: new (no `survey`) or changed while nobody has answered. */
export function SurveyForm({
  regionKey,
  survey,
  onSaved,
}: {
  regionKey: string;
  survey?: SurveyT;
  onSaved: (survey: SurveyT) => void;
}) {
  const { t } = useI18n();
  const year = new Date().getFullYear();
  const [title, setTitle] = useState(survey?.title ?? '');
  const [surveyYear, setSurveyYear] = useState(survey?.surveyYear ?? year);
  const [intro, setIntro] = useState(survey?.intro ?? '');
  const [occupations, setOccupations] = useState(
    survey ? survey.occupations.map((o) => `${o.kldb} ${o.name}`).join('\n') : '',
  );
  const [years, setYears] = useState(
    survey ? survey.hireYears.join(', ') : `${year + 1}, ${year + 2}, ${year + 3}`,
  );
  const [blocks, setBlocks] = useState(
    survey?.blocks ?? { trainingPlaces: true, qualificationNeeds: true, hydrogen: true, lateralEntry: true },
  );
  const [error, setError] = useState('');
  const prefix = survey ? `survey-${survey.id}` : 'survey';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await requestJson<SurveyT>(
        survey ? 'PUT' : 'POST',
        survey ? `${BASE}/${survey.id}` : BASE,
        {
          region: regionKey,
          title,
          surveyYear,
          intro,
          occupations: parseOccupations(occupations),
          hireYears: parseYears(years),
          blocks,
        },
      );
      setError('');
      onSaved(saved);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <form className="childcare-form" onSubmit={submit} aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`}>{survey ? t('survey.edit') : t('survey.new')}</h2>
      <div className="field">
        <label htmlFor={`${prefix}-title`}>{t('survey.field.title')}</label>
        <input id={`${prefix}-title`} required value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-year`}>{t('survey.field.year')}</label>
        <input
          id={`${prefix}-year`}
          type="number"
          required
          min={2000}
          max={2100}
          value={surveyYear}
          onChange={(e) => setSurveyYear(Number(e.target.value))}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-intro`}>{t('survey.field.intro')}</label>
        <textarea id={`${prefix}-intro`} rows={3} value={intro} onChange={(e) => setIntro(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-occupations`}>{t('survey.field.occupations')}</label>
        <textarea
          id={`${prefix}-occupations`}
          rows={5}
          required
          aria-describedby={`${prefix}-occupations-help`}
          value={occupations}
          onChange={(e) => setOccupations(e.target.value)}
        />
        <small id={`${prefix}-occupations-help`} className="param-source">
          {t('survey.field.occupationsHelp')}
        </small>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-years`}>{t('survey.field.hireYears')}</label>
        <input id={`${prefix}-years`} required value={years} onChange={(e) => setYears(e.target.value)} />
      </div>
      <fieldset>
        <legend>{t('survey.field.blocks')}</legend>
        {(Object.keys(blocks) as (keyof typeof blocks)[]).map((key) => (
          <label key={key}>
            <input
              type="checkbox"
              checked={blocks[key]}
              onChange={(e) => setBlocks((current) => ({ ...current, [key]: e.target.checked }))}
            />{' '}
            {t(`survey.block.${key}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit">{survey ? t('survey.save') : t('survey.create')}</button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
