import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api.ts';
import { Failure, Loading, type Section, Shell } from './components/Shell.tsx';
import { I18nProvider, useI18n } from './i18n-react.tsx';
import { AdminPage } from './pages/admin/AdminPage.tsx';
import { LoginPage } from './pages/admin/LoginPage.tsx';
import { CataloguePage } from './pages/CataloguePage.tsx';
import { AgreementPage, AgreementsPage } from './pages/cooperation/AgreementsPage.tsx';
import { NetworkPage } from './pages/cooperation/NetworkPage.tsx';
import { NetworksPage } from './pages/cooperation/NetworksPage.tsx';
import { DataPage } from './pages/DataPage.tsx';
import { EmbedPage } from './pages/EmbedPage.tsx';
import { IndicatorPage } from './pages/IndicatorPage.tsx';
import { RegionPage } from './pages/RegionPage.tsx';
import { NetworkAnalysisPage } from './pages/stakeholders/NetworkAnalysisPage.tsx';
import { OrganisationPage } from './pages/stakeholders/OrganisationPage.tsx';
import { RegistryPage } from './pages/stakeholders/RegistryPage.tsx';
import { PublicSurveyPage } from './pages/survey/PublicSurveyPage.tsx';
import { SurveyDetailPage } from './pages/survey/SurveyDetailPage.tsx';
import { SurveysPage } from './pages/survey/SurveysPage.tsx';
import { ThemePage } from './pages/ThemePage.tsx';
import { dashboardBySlug } from './pages/themes.ts';
import { tabForPath, WorkforcePage, WorkforceSubnav } from './pages/workforce/WorkforcePages.tsx';
import { ChildcareForecastPage } from './pages/workforce-childcare/ChildcareForecastPage.tsx';
import { navigate, useLocation, useScrollTopOnNavigate } from './router.tsx';
import { useAsync } from './use-async.ts';
import './styles.css';

const REGION_KEY = /^[0-9A-Z]{2,12}$/;

// Every page draws a chart or a map: fetch the chart code at once, beside the page's data, instead of
// after the data has arrived (it stays a separate chunk, so the first paint does not wait for it).
void import('./charts/echarts.ts');

function App() {
  const settings = useAsync('settings', () => api.settings());
  const { path, query } = useLocation();
  useScrollTopOnNavigate(path);
  const home = settings.state === 'done' ? settings.data.homeRegion : null;

  // The region context: the one in the address, else the installation's home region.
  const regionMatch = /^\/regionen\/([^/]+)\/?$/.exec(path);
  const regionKey = regionMatch?.[1] ?? query.get('region') ?? home ?? '';
  const indicatorMatch = /^\/indikatoren\/([^/]+)\/?$/.exec(path);
  const themeMatch = /^\/themen\/([^/]+)\/?$/.exec(path);
  const dashboard = themeMatch?.[1] ? dashboardBySlug(themeMatch[1]) : null;
  const embedMatch = /^\/einbetten\/indikatoren\/([^/]+)\/?$/.exec(path);

  useEffect(() => {
    if (path === '/' && home) navigate(`/regionen/${home}`, true);
  }, [path, home]);

  // Embedded in another site: the chart alone, without the app's frame.
  if (embedMatch?.[1] && regionKey) {
    return <EmbedPage indicatorId={embedMatch[1]} regionKey={regionKey} compare={query.get('compare')} />;
  }
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
  } else if (dashboard) {
    section = 'themes';
    page = <ThemePage key={`${dashboard.slug}:${regionKey}`} dashboard={dashboard} regionKey={regionKey} />;
  } else if (path === '/akteure' || path === '/akteure/') {
    section = 'stakeholders';
    page = <RegistryPage />;
  } else if (path === '/akteure/netzwerkanalyse') {
    section = 'stakeholders';
    page = <NetworkAnalysisPage />;
  } else if (/^\/akteure\/[^/]+$/.test(path)) {
    section = 'stakeholders';
    const id = decodeURIComponent(path.slice('/akteure/'.length));
    page = <OrganisationPage key={id} id={id} />;
  } else if (path === '/netzwerke' || path === '/netzwerke/') {
    section = 'networks';
    page = <NetworksPage />;
  } else if (/^\/netzwerke\/[^/]+$/.test(path)) {
    section = 'networks';
    const id = decodeURIComponent(path.slice('/netzwerke/'.length));
    page = <NetworkPage key={id} id={id} />;
  } else if (path === '/vereinbarungen' || path === '/vereinbarungen/') {
    section = 'agreements';
    page = <AgreementsPage />;
  } else if (/^\/vereinbarungen\/[^/]+$/.test(path)) {
    section = 'agreements';
    const id = decodeURIComponent(path.slice('/vereinbarungen/'.length));
    page = <AgreementPage key={id} id={id} />;
  } else if (tabForPath(path)) {
    section = 'workforce';
    page = <WorkforcePage tab={tabForPath(path)!} regionKey={regionKey} />;
  } else if (path === '/fachkraefte/kita-ganztag' || path === '/fachkraefte/kita-ganztag/') {
    section = 'workforce';
    page = (
      <>
        <WorkforceSubnav current="childcare" />
        <ChildcareForecastPage key={regionKey} regionKey={regionKey} />
      </>
    );
  } else if (path === '/fachkraefte/befragungen' || path === '/fachkraefte/befragungen/') {
    section = 'workforce';
    page = (
      <>
        <WorkforceSubnav current="surveys" />
        <SurveysPage key={regionKey} regionKey={regionKey} />
      </>
    );
  } else if (surveyMatch?.[1]) {
    section = 'workforce';
    page = (
      <>
        <WorkforceSubnav current="surveys" />
        <SurveyDetailPage key={surveyMatch[1]} surveyId={Number(surveyMatch[1])} />
      </>
    );
  } else if (path === '/daten') {
    section = 'data';
    page = <DataPage />;
  } else if (path === '/anmelden') {
    page = <LoginPage next={query.get('weiter')} />;
  } else if (path === '/verwaltung' || path === '/verwaltung/' || path === '/verwaltung/konten') {
    section = 'admin';
    page = <AdminPage view="users" />;
  } else if (path === '/verwaltung/protokoll') {
    section = 'admin';
    page = <AdminPage view="audit" />;
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
