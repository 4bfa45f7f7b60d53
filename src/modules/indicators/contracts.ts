import { z } from 'zod';

/** Request and response schemas of the indicators API (they also generate the OpenAPI document). */

export const IndicatorSource = z.object({
  system: z.enum(['regionalstatistik', 'genesis-online', 'ba', 'bibb', 'zensus', 'destatis', 'other']),
  table: z.string().nullable(),
  title: z.string(),
  verification: z.enum(['verified', 'secondary', 'guess']),
  note: z.string().optional(),
});

export const IndicatorDefinition = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z][a-z0-9_]{2,63}$/,
        'Kennung: Kleinbuchstaben, Ziffern und _, 3–64 Zeichen, beginnend mit einem Buchstaben',
      ),
    theme: z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']),
    nameDe: z.string().min(3),
    nameEn: z.string().min(3),
    definitionDe: z.string().min(3),
    definitionEn: z
      .string()
      .min(3)
      .optional()
      .describe('Englische Definition; bei eigenen Indikatoren optional (fehlt sie, gilt definitionDe)'),
    formula: z.string().nullable().describe('Formel in der Formelsprache (docs/FORMULAS.md)'),
    unit: z.string().min(1),
    decimals: z.number().int().min(0).max(6),
    polarity: z.enum(['higher_is_better', 'lower_is_better', 'neutral']),
    disaggregations: z.array(z.string()),
    sources: z.array(IndicatorSource),
    regionalLevels: z.array(z.enum(['K', 'G', 'AAB', 'L'])),
    periodicity: z.string(),
    verification: z.enum(['verified', 'secondary', 'guess']),
    notes: z.string().optional(),
  })
  .meta({ id: 'IndicatorDefinition' });

export const DataSituation = z
  .object({
    status: z
      .enum(['computable', 'partial', 'not_imported', 'no_formula'])
      .describe(
        'computable: alle Tabellen importiert; partial/not_imported: Tabellen fehlen; no_formula: noch keine Berechnung',
      ),
    tables: z.array(
      z.object({
        table: z.string(),
        imported: z.boolean(),
        vintage: z.string().nullable(),
        periods: z.array(z.string()),
        title: z.string().nullable(),
      }),
    ),
    missing: z
      .array(z.object({ table: z.string().nullable(), title: z.string() }))
      .describe('herunterzuladende Tabellen'),
  })
  .meta({ id: 'DataSituation' });

export const IndicatorSummary = z
  .object({ definition: IndicatorDefinition, custom: z.boolean(), situation: DataSituation })
  .meta({ id: 'IndicatorSummary' });

export const IndicatorList = z.object({
  themes: z.record(z.string(), z.object({ de: z.string(), en: z.string() })),
  items: z.array(IndicatorSummary),
});

export const IndicatorParams = z.object({ id: z.string().min(1) });

const Marked = z.object({ value: z.number().nullable(), flag: z.string().nullable() });

export const SeriesPoint = z.object({
  period: z.string(),
  value: z.number().nullable(),
  flag: z
    .string()
    .nullable()
    .describe(
      'Zeichen: ".", "x", "/", "...", "*", "missing" (keine Daten), "div0" (Division durch null), "-" (nichts vorhanden) …',
    ),
  aggregated: Marked.optional().describe(
    'Land/Bund: aus der Summe aller Kreise berechnet (nur wenn vollständig)',
  ),
});

export const RegionSeries = z.object({
  region: z.string(),
  name: z.string(),
  role: z.enum(['region', 'land', 'bund', 'neighbour', 'peer', 'district']),
  values: z.array(SeriesPoint),
});

const Change = z
  .object({ from: z.string(), to: z.string(), absolute: z.number(), percent: z.number().nullable() })
  .nullable();

export const Target = z
  .object({
    id: z.number().int(),
    indicator: z.string(),
    region: z.string(),
    targetValue: z.number(),
    targetYear: z.number().int(),
    direction: z.enum(['at_least', 'at_most']),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Target' });

export const TargetWithStatus = Target.extend({
  assessment: z.object({
    status: z.enum(['reached', 'on_track', 'off_track', 'unknown']),
    latest: z.object({ period: z.string(), value: z.number() }).nullable(),
    projected: z.number().nullable(),
    explanation: z.string(),
  }),
});

export const IndicatorValuesQuery = z.object({
  region: z.string().min(2).max(12).describe('AGS-Schlüssel, z. B. 03359'),
  compare: z
    .string()
    .optional()
    .transform((value, context) => {
      const items = (value ?? '')
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
      const allowed = ['land', 'bund', 'neighbours', 'peers'] as const;
      for (const item of items) {
        if (!(allowed as readonly string[]).includes(item)) {
          context.addIssue({
            code: 'custom',
            message: `Unbekannter Vergleich „${item}“; erlaubt: ${allowed.join(', ')}`,
          });
        }
      }
      return items as (typeof allowed)[number][];
    })
    .describe('kommagetrennt: land, bund, neighbours, peers'),
  peers: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(',').map((item) => item.trim()) : undefined))
    .describe('eigene Vergleichskreise, kommagetrennt'),
});

export const IndicatorValues = z.object({
  indicator: IndicatorDefinition,
  custom: z.boolean(),
  region: z.object({ key: z.string(), name: z.string() }),
  series: z.array(RegionSeries),
  peers: z.array(z.string()),
  rank: z.object({ period: z.string(), rank: z.number().int(), of: z.number().int() }).nullable(),
  change: z.object({ previous: Change, fiveYears: Change, tenYears: Change }),
  targets: z.array(TargetWithStatus),
  sources: z.array(
    z.object({
      id: z.number().int(),
      table: z.string(),
      title: z.string(),
      publisher: z.string(),
      licence: z.string(),
      vintage: z.string().nullable(),
      source: z.string(),
    }),
  ),
});

export const DistrictValuesQuery = z.object({
  parent: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .describe('nur die Kreise eines Landes, z. B. 03'),
  period: z.string().optional(),
});

export const DistrictValues = z.object({
  indicator: IndicatorDefinition,
  series: z.array(RegionSeries),
});

export const NewTarget = z.object({
  region: z.string().min(2).max(12),
  targetValue: z.number().finite(),
  targetYear: z.number().int().min(2000).max(2100),
  direction: z.enum(['at_least', 'at_most']).describe('at_least: mindestens erreichen; at_most: höchstens'),
  note: z.string().max(2000).optional(),
});

export const TargetParams = z.object({ id: z.coerce.number().int().positive() });
export const TargetQuery = z.object({ region: z.string().optional() });
export const TargetList = z.object({ items: z.array(Target) });

export const PeerGroup = z.object({
  region: z.string(),
  peers: z.array(z.string()),
  source: z.enum(['configured', 'default']),
});
export const PeerGroupParams = z.object({ key: z.string().regex(/^\d{5}$/) });
export const PeerGroupBody = z.object({
  peers: z
    .array(z.string().regex(/^\d{5}$/))
    .min(1)
    .max(50),
});
export const FormulaCheck = z.object({ formula: z.string().min(1) });
export const FormulaCheckResult = z.object({ valid: z.literal(true), tables: z.array(z.string()) });

export const KeyFiguresQuery = z.object({
  region: z.string().min(2).max(12).describe('AGS-Schlüssel, z. B. 03359'),
  theme: z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']).optional().describe('nur ein Themenfeld'),
});

export const KeyFigures = z.object({
  region: z.string(),
  items: z
    .array(IndicatorValues)
    .describe('jeder berechenbare Indikator mit Land und Bund (ohne Rang: rank ist null)'),
});
