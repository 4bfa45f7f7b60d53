import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api.ts';
import { Failure, Loading, type Section, Shell } from './components/Shell.tsx';
import { I18nProvider, useI18n } from './i18n-react.tsx';
import { AdminPage } from './pages/admin/AdminPage.tsx';
import { LoginPage } from './pages/admin/LoginPage.tsx';
import { CataloguePage } from './pages/CataloguePage.tsx';
import { DataPage } from './pages/DataPage.tsx';
import { IndicatorPage } from './pages/IndicatorPage.tsx';
import { RegionPage } from './pages/RegionPage.tsx';
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
