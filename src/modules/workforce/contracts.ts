import { z } from 'zod';

const Category = z.enum(['engpass', 'beobachtung', 'kein_engpass', 'nicht_bewertet']);

export const Occupation = z
  .object({
    code: z.string().describe('KldB-2010-Schlüssel (1–5 Stellen)'),
    level: z.number().int(),
    levelName: z.string().describe('Berufsbereich … Berufsgattung'),
    title: z.string(),
    shortTitle: z.string(),
    parentCode: z.string().nullable(),
    requirementLevel: z
      .number()
      .int()
      .nullable()
      .describe('Anforderungsniveau (5. Stelle): 1 Helfer … 4 Experte'),
    requirementLevelName: z.string().nullable(),
  })
  .meta({ id: 'Occupation' });

export const OccupationList = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(Occupation),
});

export const OccupationQuery = z.object({
  q: z.string().max(100).optional().describe('Suche in Titel, Schlüsselanfang oder ISCO-Schlüsselanfang'),
  level: z.coerce.number().int().min(1).max(5).optional(),
  parent: z
    .string()
    .regex(/^\d{1,4}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(2000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const OccupationParams = z.object({ code: z.string().regex(/^\d{1,5}$/) });

export const OccupationDetail = Occupation.extend({
  parents: z.array(Occupation),
  children: z.array(Occupation),
  isco: z.array(
    z.object({
      code: z.string().describe('ISCO-08 (4-Steller)'),
      title: z.string(),
      titleEn: z.string(),
      unambiguous: z.boolean().describe('Umstieg eindeutig'),
      main: z.boolean().describe('Schwerpunkt des Umstiegs'),
    }),
  ),
});

const CutPoints = z
  .object({
    edition: z.number().int(),
    classes: z.object({ shortage: z.number(), observation: z.number() }),
    minAssessed: z.number().int(),
    requiredIndicator: z.string(),
    minEmployees: z.number(),
    regulatedTrainingLevels: z.array(z.string()),
    source: z.string(),
    indicators: z.array(
      z.object({
        code: z.string(),
        label: z.string(),
        levels: z.record(
          z.string(),
          z.object({ shortageWhen: z.enum(['high', 'low']), cuts: z.array(z.number()), source: z.string() }),
        ),
      }),
    ),
  })
  .meta({ id: 'EngpassCutPoints' });

export const BottleneckQuery = z.object({
  area: z
    .string()
    .min(2)
    .max(12)
    .describe('DG, Landesschlüssel (03), BA-Ländergruppe (03_04) oder Kreis (03359)'),
  edition: z.coerce.number().int().min(2019).max(2100).optional(),
});

export const BottleneckItem = z.object({
  kldb: z.string(),
  name: z.string(),
  requirementLevel: z.string(),
  requirementLevelName: z.string(),
  method: z.enum(['ba_germany', 'ba_land', 'local_estimate', 'land_proxy']),
  sourceRegion: z.string(),
  employees: z.number().nullable(),
  publishedScore: z.number().nullable(),
  computedScore: z.number().nullable(),
  publishedCategory: Category,
  computedCategory: Category,
  assessed: z.number().nullable(),
  values: z.record(z.string(), z.number().nullable()),
  points: z.record(z.string(), z.number().nullable()),
  publishedPoints: z.record(z.string(), z.number().nullable()),
});

export const BottleneckReport = z
  .object({
    area: z.string(),
    areaName: z.string(),
    edition: z.number().int(),
    method: z.string(),
    proxyRegion: z.string().nullable(),
    proxyRegionName: z.string().nullable(),
    sources: z.array(
      z.object({
        table: z.string(),
        title: z.string(),
        publisher: z.string(),
        licence: z.string(),
        vintage: z.string().nullable(),
      }),
    ),
    cutPoints: CutPoints.nullable(),
    reproduction: z.object({
      rows: z.number().int(),
      published: z.number().int(),
      matches: z.number().int(),
      rate: z.number().nullable(),
    }),
    items: z.array(BottleneckItem),
  })
  .meta({ id: 'BottleneckReport' });

export const RulesParams = z.object({ edition: z.coerce.number().int() });
export const RulesResponse = z.object({ editions: z.array(z.number().int()), rules: CutPoints });

export const ReplacementParamsBody = z
  .object({
    retire55to64Within5: z.number(),
    retire55to64Within10: z.number(),
    retire65plus: z.number(),
    otherExitRate: z.number(),
    growthRate: z.number(),
    supplyBasis: z.enum(['school', 'vocational']),
    entryRate: z.number(),
    graduatesReturningPerYear: z.number(),
    netMigrationPerYear: z.number(),
    migrantActivityRate: z.number(),
    migrantInsuredShare: z.number(),
    activationPerYear: z.number(),
    commuterFactor: z.number(),
  })
  .partial();

export const ReplacementRequest = z.object({
  area: z.string().min(2).max(12),
  segmentBy: z.enum(['occupation', 'sector']).optional(),
  params: ReplacementParamsBody.optional(),
});

const SegmentResult = z.object({
  key: z.string(),
  label: z.string(),
  employees: z.number(),
  ageSource: z.enum(['own', 'proxy']).optional(),
  share55plus: z.number(),
  horizon: z.number(),
  retirement: z.number(),
  otherExits: z.number(),
  expansion: z.number(),
  newDemand: z.number(),
  supply: z.number(),
  gap: z.number(),
  gapShare: z.number().nullable(),
});

export const ReplacementResult = z
  .object({
    area: z.string(),
    areaName: z.string(),
    segmentBy: z.enum(['occupation', 'sector']),
    employeesPeriod: z.string().nullable(),
    params: ReplacementParamsBody.required(),
    base: z.object({
      schoolLeaversPerYear: z.number().nullable(),
      vocationalGraduatesPerYear: z.number().nullable(),
    }),
    horizons: z.array(
      z.object({
        horizon: z.number(),
        supply: z.object({
          young: z.number(),
          graduates: z.number(),
          migration: z.number(),
          activation: z.number(),
          residence: z.number(),
          workplace: z.number(),
        }),
        segments: z.array(SegmentResult),
        total: SegmentResult,
      }),
    ),
    sources: z.array(z.string()),
    notes: z.array(z.string()),
  })
  .meta({ id: 'ReplacementResult' });

export const ReplacementParameterList = z.array(
  z.object({
    key: z.string(),
    label: z.string(),
    help: z.string(),
    unit: z.string(),
    default: z.union([z.number(), z.string()]),
    min: z.number().nullable(),
    max: z.number().nullable(),
  }),
);

const HydrogenField = z.enum(['erzeugung', 'infrastruktur', 'anwendung', 'querschnitt']);

export const HydrogenOccupation = z
  .object({
    kldb: z.string(),
    title: z.string(),
    shortTitle: z.string(),
    field: z.string(),
    reasoning: z.string(),
    sources: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'HydrogenOccupation' });

export const HydrogenParams = z.object({ code: z.string().regex(/^\d{5}$/) });
export const HydrogenBody = z.object({
  field: HydrogenField,
  reasoning: z.string().min(1).max(4000),
  sources: z.string().max(4000).default(''),
});

export const HydrogenDashboardQuery = z.object({ area: z.string().min(2).max(12).default('DG') });
export const HydrogenDashboard = z
  .object({
    area: z.string(),
    edition: z.number().nullable(),
    landName: z.string().nullable(),
    agePeriod: z.string().nullable(),
    warnings: z.array(z.string()),
    items: z.array(
      HydrogenOccupation.extend({
        requirementLevel: z.string(),
        germany: z
          .object({ score: z.number().nullable(), category: Category, published: z.number().nullable() })
          .nullable(),
        regional: z
          .object({ region: z.string(), score: z.number().nullable(), category: Category })
          .nullable(),
        share55plus: z.number().nullable(),
        olderShareChange: z.number().nullable(),
        graduateEmployeeRatio: z.number().nullable(),
        unfilledTrainingShare: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'HydrogenDashboard' });
