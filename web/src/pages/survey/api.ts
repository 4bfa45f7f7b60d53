import type { z } from 'zod';
import type {
  InvitationList,
  IssuedInvitations,
  PublicSurvey,
  Published,
  ResponseBody,
  Results,
  Survey,
  SurveyList,
} from '../../../../src/modules/workforce/survey/contracts.ts';

export type SurveyT = z.infer<typeof Survey>;
export type SurveyListT = z.infer<typeof SurveyList>;
export type InvitationListT = z.infer<typeof InvitationList>;
export type IssuedInvitationsT = z.infer<typeof IssuedInvitations>;
export type ResultsT = z.infer<typeof Results>;
export type PublishedT = z.infer<typeof Published>;
export type PublicSurveyT = z.infer<typeof PublicSurvey>;
export type ResponseBodyT = z.infer<typeof ResponseBody>;

export { download, requestJson, saveBlob } from '../workforce-childcare/api.ts';

export { linksCsv, parseCompanies, parseOccupations, parseYears } from './form.ts';
