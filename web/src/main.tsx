import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api.ts';
import { Failure, Loading, type Section, Shell } from './components/Shell.tsx';
import { I18nProvider, useI18n } from './i18n-react.tsx';
import { CataloguePage } from './pages/CataloguePage.tsx';
import { DataPage } from './pages/DataPage.tsx';
import { IndicatorPage } from './pages/IndicatorPage.tsx';
import { RegionPage } from './pages/RegionPage.tsx';
import { PublicSurveyPage } from './pages/survey/PublicSurveyPage.tsx';
import { SurveyDetailPage } from './pages/survey/SurveyDetailPage.tsx';
import { SurveysPage } from './pages/survey/SurveysPage.tsx';
import { ChildcareForecastPage } from './pages/workforce-childcare/ChildcareForecastPage.tsx';
import { navigate, useLocation, useScrollTopOnNavigate } from './router.tsx';
import { useAsync } from './use-async.ts';
import './styles.css';

const REGION_KEY = /^[0-9A-Z]{2,12}$/;

function App() {
  const settings = useAsync('settings', () => api.settings());
  const { path, query } = useLocation();
  useScrollTopOnNavigate(path);
  const home = settings.state === 'done' ? settings.data.homeRegion : null;

  // The region context: the one in the address, else the installation's home region.
  const regionMatch = /^\/regionen\/([^/]+)\/?$/.exec(path);
  const regionKey = regionMatch?.[1] ?? query.get('region') ?? home ?? '';
  const indicatorMatch = /^\/indikatoren\/([^/]+)\/?$/.exec(path);

  useEffect(() => {
    if (path === '/' && home) navigate(`/regionen/${home}`, true);
  }, [path, home]);

  // The company's answer page stands alone: no navigation of the office's tool.
  const surveyToken = /^\/befragung\/([^/]+)\/?$/.exec(path)?.[1];
  if (surveyToken) return <PublicSurveyPage token={surveyToken} />;
  const surveyMatch = /^\/fachkraefte\/befragungen\/(\d+)\/?$/.exec(path);

  let section: Section = null;
  let page: React.ReactNode;
  if (settings.state === 'error') page = <Failure error={settings.error} />;
  else if (!regionKey) page = <Loading />;
  else if (regionMatch && REGION_KEY.test(regionKey)) {
    section = 'region';
    page = <RegionPage key={regionKey} regionKey={regionKey} />;
  } else if (indicatorMatch?.[1]) {
    section = 'indicators';
    page = (
      <IndicatorPage
        key={`${indicatorMatch[1]}:${regionKey}`}
        indicatorId={indicatorMatch[1]}
        regionKey={regionKey}
      />
    );
  } else if (path === '/indikatoren' || path === '/indikatoren/') {
    section = 'indicators';
    page = <CataloguePage regionKey={regionKey} />;
  } else if (path === '/fachkraefte/kita-ganztag' || path === '/fachkraefte/kita-ganztag/') {
    page = <ChildcareForecastPage key={regionKey} regionKey={regionKey} />;
  } else if (path === '/fachkraefte/befragungen' || path === '/fachkraefte/befragungen/') {
    page = <SurveysPage key={regionKey} regionKey={regionKey} />;
  } else if (surveyMatch?.[1]) {
    page = <SurveyDetailPage key={surveyMatch[1]} surveyId={Number(surveyMatch[1])} />;
  } else if (path === '/daten') {
    section = 'data';
    page = <DataPage />;
  } else page = <NotFound />;

  return (
    <Shell section={section} regionHref={`/regionen/${regionKey}`}>
      {page}
    </Shell>
  );
}

function NotFound() {
  const { t } = useI18n();
  return <p>{t('app.notFound')}</p>;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}
