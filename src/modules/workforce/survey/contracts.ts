import { z } from 'zod';
import { HYDROGEN, LATERAL_ENTRY, SECTOR_CODES } from './design.ts';

const RegionKey = z.string().regex(/^\d{5}$/, 'Kreisschlüssel mit 5 Ziffern, z. B. 03359');

export const Occupation = z.object({
  kldb: z.string().regex(/^\d{2,5}$/, 'KldB-2010-Schlüssel mit 2 bis 5 Ziffern, z. B. 26112'),
  name: z.string().trim().min(1).max(200),
});

export const Blocks = z.object({
  trainingPlaces: z.boolean(),
  qualificationNeeds: z.boolean(),
  hydrogen: z.boolean(),
  lateralEntry: z.boolean(),
});

export const SurveyBody = z
  .object({
    region: RegionKey,
    title: z.string().trim().min(1).max(200),
    surveyYear: z.number().int().min(2000).max(2100),
    intro: z.string().max(4000).default(''),
    occupations: z
      .array(Occupation)
      .min(1)
      .max(100)
      .refine(
        (list) => new Set(list.map((o) => o.kldb)).size === list.length,
        'Jeder KldB-Schlüssel nur einmal',
      ),
    hireYears: z
      .array(z.number().int().min(2000).max(2100))
      .min(1)
      .max(10)
      .refine((list) => new Set(list).size === list.length, 'Jedes Jahr nur einmal'),
    blocks: Blocks.default({
      trainingPlaces: true,
      qualificationNeeds: true,
      hydrogen: true,
      lateralEntry: true,
    }),
  })
  .meta({ id: 'SurveyBody' });

export const Survey = z
  .object({
    id: z.number().int(),
    region: z.object({ key: z.string(), name: z.string() }),
    title: z.string(),
    surveyYear: z.number().int(),
    intro: z.string(),
    occupations: z.array(Occupation),
    hireYears: z.array(z.number().int()),
    blocks: Blocks,
    status: z.enum(['draft', 'open', 'closed']),
    datasetId: z.number().int().nullable(),
    createdAt: z.string(),
    progress: z.object({
      invited: z.number().int(),
      opened: z.number().int(),
      submitted: z.number().int(),
    }),
  })
  .meta({ id: 'Survey' });

export const SurveyList = z.object({ items: z.array(Survey) }).meta({ id: 'SurveyList' });
export const SurveyParams = z.object({ id: z.coerce.number().int().positive() });
export const InvitationParams = SurveyParams.extend({ invitationId: z.coerce.number().int().positive() });
export const RegionQuery = z.object({ region: RegionKey });
export const StatusBody = z.object({ status: z.enum(['draft', 'open', 'closed']) });

export const Invitation = z
  .object({
    id: z.number().int(),
    companyName: z.string(),
    contactEmail: z.string().nullable(),
    createdAt: z.string(),
    openedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
  })
  .meta({ id: 'SurveyInvitation' });

export const InvitationList = z.object({ items: z.array(Invitation) }).meta({ id: 'SurveyInvitationList' });

export const NewInvitations = z
  .object({
    companies: z
      .array(
        z.object({
          name: z.string().trim().min(1).max(200),
          email: z.email().nullable().optional(),
        }),
      )
      .min(1)
      .max(2000),
  })
  .meta({ id: 'SurveyNewInvitations' });

export const IssuedInvitation = Invitation.extend({
  token: z.string().describe('Nur jetzt sichtbar; gespeichert wird nur der Hashwert'),
  path: z.string().describe('Persönlicher Link ohne Rechneradresse, z. B. /befragung/…'),
}).meta({ id: 'SurveyIssuedInvitation' });

export const IssuedInvitations = z
  .object({ items: z.array(IssuedInvitation) })
  .meta({ id: 'SurveyIssuedInvitations' });

export const TokenParams = z.object({ token: z.string().min(1).max(100) });

export const Answers = z.object({
  hires: z
    .array(
      z.object({ kldb: z.string(), year: z.number().int(), count: z.number().int().min(0).max(100_000) }),
    )
    .max(1000),
  trainingPlaces: z.number().int().min(0).max(100_000).nullable(),
  qualificationNeeds: z.string().max(4000),
  hydrogen: z.enum(HYDROGEN).nullable(),
  hydrogenNeeds: z.string().max(4000),
  lateralEntry: z.enum(LATERAL_ENTRY).nullable(),
});

export const ResponseBody = z
  .object({
    sector: z.enum(SECTOR_CODES),
    employees: z.number().int().min(0).max(1_000_000).nullable(),
    answers: Answers,
  })
  .meta({ id: 'SurveyResponse' });

export const PublicSurvey = z
  .object({
    title: z.string(),
    intro: z.string(),
    regionName: z.string(),
    companyName: z.string(),
    status: z.enum(['draft', 'open', 'closed']),
    occupations: z.array(Occupation),
    hireYears: z.array(z.number().int()),
    blocks: Blocks,
    sectors: z.array(z.object({ code: z.string(), label: z.string() })),
    response: ResponseBody.nullable().describe('Die bereits abgegebene Antwort, wenn es eine gibt'),
  })
  .meta({ id: 'PublicSurvey' });

const Cell = z.object({ value: z.number().nullable(), suppressed: z.boolean() });
const Group = z.object({
  companies: z.number().int().nullable(),
  suppressed: z.boolean(),
  hires: Cell,
  trainingPlaces: Cell,
  lateralEntryOpen: Cell,
  hydrogenRelevant: Cell,
});

export const Results = z
  .object({
    survey: Survey,
    minAnswers: z.number().int(),
    responses: z.number().int(),
    occupations: z.array(
      z.object({
        kldb: z.string(),
        name: z.string(),
        year: z.number().int(),
        companies: z.number().int().nullable(),
        hires: Cell,
      }),
    ),
    sectors: z.array(Group.extend({ sector: z.string(), label: z.string() })),
    total: Group,
    qualificationNeeds: z.array(z.string()),
    hydrogenNeeds: z.array(z.string()),
  })
  .meta({ id: 'SurveyResults' });

export const Published = z
  .object({ datasetId: z.number().int(), table: z.string(), source: z.string(), rows: z.number().int() })
  .meta({ id: 'SurveyPublished' });
