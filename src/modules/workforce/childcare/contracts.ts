import { z } from 'zod';
import { PARAMETER_KEYS, PARAMETERS, type ParameterKey } from './parameters.ts';

const RegionKey = z.string().regex(/^\d{5}$/, 'Kreisschlüssel mit 5 Ziffern, z. B. 03359');

const parameterShape = Object.fromEntries(
  PARAMETERS.map((definition) => {
    const number = z.number().min(definition.min).max(definition.max);
    return [definition.key, (definition.key === 'staffPersons' ? number.nullable() : number).optional()];
  }),
) as Record<ParameterKey, z.ZodOptional<z.ZodNullable<z.ZodNumber>>>;

export const ParameterValues = z
  .object(parameterShape)
  .strict()
  .describe('Parameterwerte; fehlende Angaben nehmen die Vorgabe')
  .meta({ id: 'ChildcareParameterValues' });

export const ParameterInfo = z
  .object({
    key: z.enum(PARAMETER_KEYS),
    group: z.enum(['population', 'kita', 'staff', 'ganztag']),
    unit: z.string(),
    min: z.number(),
    max: z.number(),
    defaultValue: z.number().nullable(),
    value: z.number().nullable(),
    isDefault: z.boolean(),
    source: z.string().describe('Herkunft der Vorgabe (Quelle, Stand) oder „Annahme“'),
    kind: z.enum(['published', 'derived', 'assumption']),
  })
  .meta({ id: 'ChildcareParameter' });

export const ForecastRequest = z
  .object({
    region: RegionKey,
    horizonYear: z.number().int().min(2025).max(2045).default(2035),
    baseYear: z.number().int().min(1990).max(2100).optional(),
    params: ParameterValues.default({}),
  })
  .meta({ id: 'ChildcareForecastRequest' });

export const ForecastYear = z
  .object({
    year: z.number().int(),
    children: z.array(z.number()).describe('Kinder nach Einzelalter 0…9 am 31.12.'),
    childrenU3: z.number(),
    childrenUe3: z.number(),
    careU3: z.number(),
    careUe3: z.number(),
    fullDayU3: z.number(),
    fullDayUe3: z.number(),
    ftePedagogicalU3: z.number(),
    ftePedagogicalUe3: z.number(),
    fteKita: z.number(),
    schoolYear: z.string(),
    entitledGrades: z.number().int(),
    pupils: z.number(),
    ganztagDemand: z.number(),
    ganztagExisting: z.number(),
    ganztagAdditional: z.number(),
    fteGanztag: z.number(),
    requiredFte: z.number(),
    staffPersons: z.number(),
    retirements: z.number(),
    otherExits: z.number(),
    entries: z.number(),
    availableFte: z.number(),
    gapFte: z.number(),
    gapPersons: z.number(),
  })
  .meta({ id: 'ChildcareForecastYear' });

export const Forecast = z
  .object({
    region: z.object({ key: z.string(), name: z.string() }),
    base: z.object({
      year: z.number().int(),
      under3: z.number(),
      age3to5: z.number(),
      age6to9: z.number(),
      source: z.object({
        table: z.string(),
        title: z.string(),
        publisher: z.string(),
        vintage: z.string().nullable(),
        period: z.string(),
      }),
      availablePeriods: z.array(z.string()),
    }),
    horizonYear: z.number().int(),
    staffPersonsDerived: z.boolean(),
    parameters: z.array(ParameterInfo),
    years: z.array(ForecastYear),
  })
  .meta({ id: 'ChildcareForecast' });

export const ScenarioBody = z
  .object({
    region: RegionKey,
    label: z.string().trim().min(1).max(120),
    horizonYear: z.number().int().min(2025).max(2045).default(2035),
    baseYear: z
      .number()
      .int()
      .min(1990)
      .max(2100)
      .optional()
      .describe('Jahr des Stichtags der Basisbevölkerung; ohne Angabe der jüngste'),
    params: ParameterValues.default({}),
    note: z.string().max(4000).default(''),
  })
  .meta({ id: 'ChildcareScenarioBody' });

export const Scenario = z
  .object({
    id: z.number().int(),
    region: z.string(),
    label: z.string(),
    horizonYear: z.number().int(),
    baseYear: z.number().int().nullable(),
    params: ParameterValues,
    note: z.string(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ChildcareScenario' });

export const ScenarioList = z.object({ items: z.array(Scenario) }).meta({ id: 'ChildcareScenarioList' });
export const ScenarioParams = z.object({ id: z.coerce.number().int().positive() });
export const RegionQuery = z.object({ region: RegionKey });
export const CompareQuery = z.object({
  ids: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'Kennungen durch Komma getrennt, z. B. 1,2')
    .transform((value) => [...new Set(value.split(',').map(Number))]),
});
export const ExportQuery = CompareQuery.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });
export const FormatQuery = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
export const Comparison = z
  .object({ items: z.array(z.object({ scenario: Scenario, forecast: Forecast })) })
  .meta({ id: 'ChildcareComparison' });
export const ParameterCatalogue = z
  .object({ items: z.array(ParameterInfo.omit({ value: true, isDefault: true })) })
  .meta({ id: 'ChildcareParameterCatalogue' });
