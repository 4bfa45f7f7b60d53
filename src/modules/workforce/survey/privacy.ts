import type { PersonalDataDeclaration } from '../../../platform/privacy/types.ts';

/** The contact address a survey invitation may carry is personal data of the company's contact. */
export const personalData: readonly PersonalDataDeclaration[] = [
  {
    module: 'workforce',
    table: 'survey_invitations',
    subjectColumn: 'contact_email',
    personalColumns: ['contact_email'],
    purpose: 'Zustellung des persönlichen Befragungslinks an die Ansprechperson eines Betriebs',
    legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO (Aufgabe der Fachkräftesicherung des Kreises)',
    retention: null,
    erase: 'anonymise',
    where: 'contact_email IS NOT NULL',
  },
];
