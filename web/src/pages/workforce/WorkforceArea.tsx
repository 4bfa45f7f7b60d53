import { useI18n } from '../../i18n-react.tsx';
import { SurveyDetailPage } from '../survey/SurveyDetailPage.tsx';
import { SurveysPage } from '../survey/SurveysPage.tsx';
import { ChildcareForecastPage } from '../workforce-childcare/ChildcareForecastPage.tsx';
import { tabForPath, WorkforcePage, WorkforceSubnav } from './WorkforcePages.tsx';

/** Every page under /fachkraefte, loaded as one chunk when the area is first opened. */
export function WorkforceArea({ path, regionKey }: { path: string; regionKey: string }) {
  const { t } = useI18n();
  const tab = tabForPath(path);
  if (tab) return <WorkforcePage tab={tab} regionKey={regionKey} />;
  const clean = path.replace(/\/$/, '');
  if (clean === '/fachkraefte/kita-ganztag') {
    return (
      <>
        <WorkforceSubnav current="childcare" />
        <ChildcareForecastPage key={regionKey} regionKey={regionKey} />
      </>
    );
  }
  if (clean === '/fachkraefte/befragungen') {
    return (
      <>
        <WorkforceSubnav current="surveys" />
        <SurveysPage key={regionKey} regionKey={regionKey} />
      </>
    );
  }
  const survey = /^\/fachkraefte\/befragungen\/(\d+)$/.exec(clean)?.[1];
  if (survey) {
    return (
      <>
        <WorkforceSubnav current="surveys" />
        <SurveyDetailPage key={survey} surveyId={Number(survey)} />
      </>
    );
  }
  return <p>{t('app.notFound')}</p>;
}
