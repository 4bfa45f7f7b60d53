/**
 * What personal data the product holds, declared per table (DSGVO Art. 30: the register of
 * processing activities is generated from these declarations, see docs/SECURITY.md).
 *
 * A module that stores personal data exports `personalData: PersonalDataDeclaration[]` (in its
 * `privacy.ts`) and adds one line to PERSONAL_DATA below. Export, erasure and the retention job
 * then cover its tables with no further code.
 */
import { personalData as stakeholdersPersonalData } from '../../modules/stakeholders/privacy.ts';
import { personalData as surveyPersonalData } from '../../modules/workforce/survey/privacy.ts';
import { platformPersonalData } from './platform-data.ts';
import type { PersonalDataDeclaration } from './types.ts';

export const PERSONAL_DATA: readonly PersonalDataDeclaration[] = [
  ...platformPersonalData,
  ...stakeholdersPersonalData,
  ...surveyPersonalData,
];
