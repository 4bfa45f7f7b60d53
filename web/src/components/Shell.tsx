import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n.ts';
import { useI18n } from '../i18n-react.tsx';
import { Link, navigate } from '../router.tsx';
import { logout, useSession } from '../session.ts';
import { RegionPicker } from './RegionPicker.tsx';

export type Section =
  | 'region'
  | 'themes'
  | 'indicators'
  | 'data'
  | 'stakeholders'
  | 'networks'
  | 'agreements'
  | 'workforce'
  | 'admin'
  | null;

export function Shell({
  section,
  regionHref,
  children,
}: {
  section: Section;
  regionHref: string;
  children: ReactNode;
}) {
  const { t, language, setLanguage } = useI18n();
  const session = useSession();
  const user = session.state === 'done' ? session.me.user : null;
  const items: { id: Exclude<Section, null>; href: string; label: string }[] = [
    { id: 'region', href: regionHref, label: t('nav.region') },
    {
      id: 'themes',
      href: `/themen/rahmenbedingungen?region=${regionKeyOf(regionHref)}`,
      label: t('nav.themes'),
    },
    { id: 'indicators', href: '/indikatoren', label: t('nav.indicators') },
    { id: 'workforce', href: '/fachkraefte', label: t('nav.workforce') },
    { id: 'stakeholders', href: '/akteure', label: t('nav.stakeholders') },
    { id: 'networks', href: '/netzwerke', label: t('nav.networks') },
    { id: 'agreements', href: '/vereinbarungen', label: t('nav.agreements') },
    { id: 'data', href: '/daten', label: t('nav.data') },
    ...(user?.role === 'admin'
      ? [{ id: 'admin' as const, href: '/verwaltung/konten', label: t('nav.admin') }]
      : []),
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link href={regionHref} className="brand-name">
            {t('app.title')}
          </Link>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {items.map((item) => (
              <li key={item.id}>
                <Link href={item.href} aria-current={item.id === section ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <RegionPicker />
        <div className="session">
          {user ? (
            <>
              <span>
                {t('auth.signedInAs', { name: user.displayName, role: t(`role.${user.role}` as MessageKey) })}
              </span>
              <button
                type="button"
                onClick={() =>
                  void logout().then(
                    () => navigate('/anmelden'),
                    () => navigate('/anmelden'),
                  )
                }
              >
                {t('auth.logout')}
              </button>
            </>
          ) : session.state === 'done' ? (
            <Link href="/anmelden">{t('auth.login')}</Link>
          ) : null}
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
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}

const regionKeyOf = (href: string) => href.slice(href.lastIndexOf('/') + 1);

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

export function Failure({ error }: { error: Error }) {
  const { t } = useI18n();
  // Internal pages answer 401 to the public: offer the sign-in that leads back here.
  if ((error as { status?: number }).status === 401) {
    const here = `${window.location.pathname}${window.location.search}`;
    return (
      <p className="note" role="alert">
        {t('app.signInRequired')}{' '}
        <Link href={`/anmelden?weiter=${encodeURIComponent(here)}`}>{t('auth.login')}</Link>
      </p>
    );
  }
  return (
    <p className="error" role="alert">
      {t('app.error', { message: error.message })}
    </p>
  );
}
