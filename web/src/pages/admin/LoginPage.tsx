import { type FormEvent, useId, useState } from 'react';
import { Loading } from '../../components/Shell.tsx';
import { useI18n } from '../../i18n-react.tsx';
import { navigate, useTitle } from '../../router.tsx';
import { login, useSession } from '../../session.ts';

/** /anmelden: e-mail and password; `?weiter=/pfad` returns there after signing in. */
export function LoginPage({ next }: { next: string | null }) {
  const { t } = useI18n();
  useTitle(t('auth.title'));
  const session = useSession();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [state, setState] = useState<{ step: 'idle' | 'busy' } | { step: 'failed'; message: string }>({
    step: 'idle',
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState({ step: 'busy' });
    try {
      await login(email, password);
      setPassword('');
      setState({ step: 'idle' });
      // Only paths of this site: never an address that leads elsewhere.
      if (next?.startsWith('/') && !next.startsWith('//')) navigate(next);
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  if (session.state === 'loading') return <Loading />;
  const { me } = session;
  return (
    <>
      <h1>{t('auth.title')}</h1>
      <p className="lead">{t('auth.intro')}</p>
      {me.user ? (
        <p role="status">{t('auth.done', { name: me.user.displayName })}</p>
      ) : (
        <section className="panel login" aria-labelledby={`${id}-heading`}>
          <h2 id={`${id}-heading`} className="visually-hidden">
            {t('auth.title')}
          </h2>
          <form onSubmit={submit} className="login-form">
            <div className="field">
              <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
              <input
                id={`${id}-email`}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-password`}>{t('auth.password')}</label>
              <input
                id={`${id}-password`}
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </div>
            <button type="submit" disabled={state.step === 'busy'}>
              {state.step === 'busy' ? t('auth.busy') : t('auth.submit')}
            </button>
            <p className="error" role="alert">
              {state.step === 'failed' ? t('auth.failed', { message: state.message }) : ''}
            </p>
          </form>
          {me.sso.enabled && (
            <p className="sso">
              <a
                className="button-link"
                href={`/api/v1/auth/oidc/login${next ? `?weiter=${encodeURIComponent(next)}` : ''}`}
              >
                {t('auth.sso', { label: me.sso.label ?? 'Single Sign-on' })}
              </a>
            </p>
          )}
        </section>
      )}
      {me.setupRequired && (
        <section className="note" aria-labelledby={`${id}-setup`}>
          <h2 id={`${id}-setup`}>{t('auth.setupTitle')}</h2>
          <p>{t('auth.setupText')}</p>
          <pre>
            <code>
              printf '%s' 'PASSWORT' | npx bildungsregion user add --email ADRESSE --role admin
              --password-stdin
            </code>
          </pre>
        </section>
      )}
    </>
  );
}
