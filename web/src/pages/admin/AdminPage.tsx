import { Failure, Loading } from '../../components/Shell.tsx';
import { useI18n } from '../../i18n-react.tsx';
import { Link, useTitle } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { AuditLog } from './AuditLog.tsx';
import { Users } from './Users.tsx';
import './admin.css';

/** /verwaltung/konten and /verwaltung/protokoll: for administrators. */
export function AdminPage({ view }: { view: 'users' | 'audit' }) {
  const { t } = useI18n();
  const session = useSession();
  useTitle(view === 'users' ? t('admin.users') : t('admin.audit'));
  if (session.state === 'loading') return <Loading />;
  const user = session.me.user;
  if (!user) {
    return (
      <>
        <h1>{t('admin.title')}</h1>
        <p>
          {t('auth.required')}{' '}
          <Link href={`/anmelden?weiter=${encodeURIComponent(window.location.pathname)}`}>
            {t('auth.login')}
          </Link>
        </p>
      </>
    );
  }
  if (user.role !== 'admin') return <Failure error={new Error(t('auth.forbidden'))} />;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <nav aria-label={t('admin.title')} className="tabs">
        <ul>
          <li>
            <Link href="/verwaltung/konten" aria-current={view === 'users' ? 'page' : undefined}>
              {t('admin.users')}
            </Link>
          </li>
          <li>
            <Link href="/verwaltung/protokoll" aria-current={view === 'audit' ? 'page' : undefined}>
              {t('admin.audit')}
            </Link>
          </li>
        </ul>
      </nav>
      {view === 'users' ? <Users self={user.id} /> : <AuditLog />}
    </>
  );
}
