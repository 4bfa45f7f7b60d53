import { lazy, StrictMode, Suspense, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api.ts';
import { Failure, Loading, type Section, Shell } from './components/Shell.tsx';
import { I18nProvider, useI18n } from './i18n-react.tsx';
import { CataloguePage } from './pages/CataloguePage.tsx';
import { DataPage } from './pages/DataPage.tsx';
import { EmbedPage } from './pages/EmbedPage.tsx';
import { IndicatorPage } from './pages/IndicatorPage.tsx';
import { RegionPage } from './pages/RegionPage.tsx';
import { ThemePage } from './pages/ThemePage.tsx';
import { dashboardBySlug } from './pages/themes.ts';
import { navigate, useLocation, useScrollTopOnNavigate } from './router.tsx';
import { useAsync } from './use-async.ts';
import './styles.css';

const REGION_KEY = /^[0-9A-Z]{2,12}$/;

// The monitoring pages are in the first chunk; the office's working areas load when first opened.
const AdminPage = lazy(() => import('./pages/admin/AdminPage.tsx').then((m) => ({ default: m.AdminPage })));
const LoginPage = lazy(() => import('./pages/admin/LoginPage.tsx').then((m) => ({ default: m.LoginPage })));
const AgreementPage = lazy(() =>
  import('./pages/cooperation/AgreementsPage.tsx').then((m) => ({ default: m.AgreementPage })),
);
const AgreementsPage = lazy(() =>
  import('./pages/cooperation/AgreementsPage.tsx').then((m) => ({ default: m.AgreementsPage })),
);
const NetworkPage = lazy(() =>
  import('./pages/cooperation/NetworkPage.tsx').then((m) => ({ default: m.NetworkPage })),
);
const NetworksPage = lazy(() =>
  import('./pages/cooperation/NetworksPage.tsx').then((m) => ({ default: m.NetworksPage })),
);
const NetworkAnalysisPage = lazy(() =>
  import('./pages/stakeholders/NetworkAnalysisPage.tsx').then((m) => ({ default: m.NetworkAnalysisPage })),
);
const OrganisationPage = lazy(() =>
  import('./pages/stakeholders/OrganisationPage.tsx').then((m) => ({ default: m.OrganisationPage })),
);
const RegistryPage = lazy(() =>
  import('./pages/stakeholders/RegistryPage.tsx').then((m) => ({ default: m.RegistryPage })),
);
const PublicSurveyPage = lazy(() =>
  import('./pages/survey/PublicSurveyPage.tsx').then((m) => ({ default: m.PublicSurveyPage })),
);
const WorkforceArea = lazy(() =>
  import('./pages/workforce/WorkforceArea.tsx').then((m) => ({ default: m.WorkforceArea })),
);
const WORKFORCE_PATH = /^\/fachkraefte(\/.*)?$/;

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
  if (surveyToken) {
    return (
      <Suspense fallback={<Loading />}>
        <PublicSurveyPage token={surveyToken} />
      </Suspense>
    );
  }

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
  } else if (WORKFORCE_PATH.test(path)) {
    section = 'workforce';
    page = <WorkforceArea path={path} regionKey={regionKey} />;
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
      <Suspense fallback={<Loading />}>{page}</Suspense>
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
