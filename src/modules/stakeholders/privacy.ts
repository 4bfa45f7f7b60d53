/**
 * Where the stakeholder and cooperation modules keep personal data, for the platform's privacy
 * mechanism (information, export and erasure per person) and the audit log. A plain declaration:
 * table, the column that points to the person, the personal columns, purpose and erase strategy.
 */
export interface PersonalDataDeclaration {
  table: string;
  personKey: string;
  personalColumns: readonly string[];
  purpose: string;
  /** delete: remove the row; nullify: keep the row, set the person columns to null */
  erase: 'delete' | 'nullify';
}

export const personalData: readonly PersonalDataDeclaration[] = [
  {
    table: 'persons',
    personKey: 'id',
    personalColumns: [
      'given_name',
      'family_name',
      'title',
      'email',
      'phone',
      'consent',
      'consent_date',
      'purpose',
    ],
    purpose: 'Kontaktpflege mit Ansprechpersonen der Partnerorganisationen (Einwilligung, Zweck je Person)',
    erase: 'delete',
  },
  {
    table: 'person_roles',
    personKey: 'person_id',
    personalColumns: ['person_id', 'organisation_id', 'kind', 'role', 'valid_from', 'valid_to'],
    purpose: 'Funktion der Person in einer Organisation',
    erase: 'delete',
  },
  {
    table: 'network_members',
    personKey: 'person_id',
    personalColumns: ['person_id', 'position'],
    purpose: 'Vertretung einer Organisation in einem Netzwerk',
    erase: 'nullify',
  },
  {
    table: 'meeting_attendance',
    personKey: 'person_id',
    personalColumns: ['person_id'],
    purpose: 'Anwesenheit bei Sitzungen',
    erase: 'nullify',
  },
  {
    table: 'meeting_tasks',
    personKey: 'owner_person_id',
    personalColumns: ['owner_person_id'],
    purpose: 'Verantwortliche Person einer Aufgabe',
    erase: 'nullify',
  },
  {
    table: 'agreement_signatories',
    personKey: 'person_id',
    personalColumns: ['person_id'],
    purpose: 'Unterzeichnende Person einer Kooperationsvereinbarung',
    erase: 'nullify',
  },
];

/** Tables whose changes go to the audit log (every table of both modules). */
export const auditedTables = [
  'organisations',
  'persons',
  'person_roles',
  'organisation_relations',
  'assessments',
  'networks',
  'network_expected_groups',
  'network_members',
  'meetings',
  'meeting_attendance',
  'meeting_decisions',
  'meeting_tasks',
  'network_documents',
  'agreements',
  'agreement_signatories',
] as const;
