import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n.ts';
import { useI18n } from '../../i18n-react.tsx';

/** The visible note that the register holds demo data. */
export function DemoNote({ show }: { show: boolean }) {
  const { t } = useI18n();
  if (!show) return null;
  return (
    <p className="note demo-note" role="note">
      {t('sh.demoNote')}
    </p>
  );
}

export function DemoBadge({ demo }: { demo: boolean }) {
  const { t } = useI18n();
  return demo ? <span className="badge badge-demo">{t('sh.demo')}</span> : null;
}

/** Label of an actor group code; an unknown code is shown as itself. */
export function useGroupLabel(): (code: string) => string {
  const { t } = useI18n();
  return (code) => {
    const key = `ag.${code}` as MessageKey;
    // An unknown key has no text: show the code itself.
    return (t(key) as string | undefined) || code;
  };
}

/** Status line after a save or an error (announced by screen readers). */
export function Status({ message }: { message: { kind: 'ok' | 'error'; text: string } | null }) {
  if (!message) return <p className="visually-hidden" role="status" />;
  return (
    <p
      className={message.kind === 'error' ? 'error' : 'muted'}
      role={message.kind === 'error' ? 'alert' : 'status'}
    >
      {message.text}
    </p>
  );
}

/** A table that may scroll sideways: reachable with the keyboard and named for screen readers. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll with the keyboard
    <section className="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
