import type { PersonalDataDeclaration } from './types.ts';

/** The platform's own personal data: accounts, consents, failed sign-ins. */
export const platformPersonalData: PersonalDataDeclaration[] = [
  {
    module: 'platform',
    table: 'users',
    subjectColumn: 'email',
    // disabled_at is set on erasure: an erased person's account can no longer be used.
    personalColumns: ['email', 'display_name', 'oidc_subject', 'disabled_at'],
    purpose: 'Anmeldung und Rechteverwaltung der Beschäftigten und Partner',
    legalBasis:
      'Art. 6 Abs. 1 lit. e DSGVO, Art. 88 DSGVO i. V. m. Landesdatenschutzgesetz (Beschäftigtendaten)',
    retention: null,
    // The row stays (the audit log refers to its id); the person behind it is gone.
    erase: 'anonymise',
    replacements: {
      email: "'geloescht-' || id || '@example.invalid'",
      display_name: "'Gelöschtes Konto'",
      oidc_subject: 'NULL',
      disabled_at: 'coalesce(disabled_at, now())',
    },
  },
  {
    module: 'platform',
    table: 'sessions',
    subjectColumn: 'user_id',
    personalColumns: ['user_id', 'created_at', 'last_seen_at', 'expires_at'],
    purpose: 'Angemeldet bleiben zwischen zwei Seitenaufrufen',
    legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO, Art. 32 DSGVO',
    // Expired sessions go with the daily retention run.
    retention: { days: 0, column: 'expires_at' },
    erase: 'delete',
  },
  {
    module: 'platform',
    table: 'consents',
    subjectColumn: 'subject_id',
    personalColumns: ['subject_id', 'purpose', 'granted_at', 'withdrawn_at', 'source'],
    purpose: 'Nachweis erteilter und widerrufener Einwilligungen (Art. 7 Abs. 1 DSGVO)',
    legalBasis: 'Art. 6 Abs. 1 lit. c DSGVO',
    // Proof of a withdrawn consent is kept three years after the withdrawal.
    retention: { days: 3 * 365, column: 'withdrawn_at' },
    erase: 'delete',
  },
  {
    module: 'platform',
    table: 'login_failures',
    subjectColumn: 'email',
    personalColumns: ['email', 'ip', 'at'],
    purpose: 'Schutz vor dem Erraten von Passwörtern (Drosselung)',
    legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO, Art. 32 DSGVO',
    retention: { days: 1, column: 'at' },
    erase: 'delete',
  },
];
