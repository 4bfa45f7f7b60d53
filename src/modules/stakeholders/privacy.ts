import type { PersonalDataDeclaration } from '../../platform/privacy/types.ts';

/**
 * Where the stakeholder and cooperation modules keep personal data, for the platform's privacy
 * mechanism (information, export and erasure per person) and the audit log. A plain declaration:
 * table, the column that points to the person, the personal columns, purpose and erase strategy.
 */
export const personalData: readonly PersonalDataDeclaration[] = (
  [
    {
      table: 'persons',
      subjectColumn: 'id',
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
      subjectColumn: 'person_id',
      personalColumns: ['person_id', 'organisation_id', 'kind', 'role', 'valid_from', 'valid_to'],
      purpose: 'Funktion der Person in einer Organisation',
      erase: 'delete',
    },
    {
      table: 'network_members',
      subjectColumn: 'person_id',
      personalColumns: ['person_id', 'position'],
      purpose: 'Vertretung einer Organisation in einem Netzwerk',
      erase: 'anonymise',
    },
    {
      table: 'meeting_attendance',
      subjectColumn: 'person_id',
      personalColumns: ['person_id'],
      purpose: 'Anwesenheit bei Sitzungen',
      erase: 'anonymise',
    },
    {
      table: 'meeting_tasks',
      subjectColumn: 'owner_person_id',
      personalColumns: ['owner_person_id'],
      purpose: 'Verantwortliche Person einer Aufgabe',
      erase: 'anonymise',
    },
    {
      table: 'agreement_signatories',
      subjectColumn: 'person_id',
      personalColumns: ['person_id'],
      purpose: 'Unterzeichnende Person einer Kooperationsvereinbarung',
      erase: 'anonymise',
    },
  ] as const
).map((declaration) => ({
  ...declaration,
  module: 'stakeholders',
  legalBasis: 'Art. 6 Abs. 1 lit. a DSGVO (Einwilligung) bzw. lit. e i. V. m. dem Landesdatenschutzgesetz',
  retention: null,
}));

/** Tables whose changes go to the audit log (every table of both modules; enabled in migration 0008). */
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
