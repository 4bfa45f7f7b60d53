import { z } from 'zod';

/** Request and response schemas of the statistics API; they also generate the OpenAPI document. */

export const FlagCounts = z
  .record(z.string(), z.number().int())
  .describe('Anzahl der Zellen je Zeichen der Zeichenerklärung');

export const Dataset = z
  .object({
    id: z.number().int(),
    source: z.string().describe('regionalstatistik, genesis-online, ba, destatis oder own'),
    table: z.string().describe('Tabellencode wie veröffentlicht, z. B. 21111-02-06-4'),
    title: z.string(),
    publisher: z.string(),
    licence: z.string(),
    vintage: z.string().nullable().describe('Stand der Tabelle (ISO-Datum)'),
    format: z.string(),
    fileName: z.string(),
    fileHash: z.string().describe('SHA-256 der importierten Datei'),
    importedAt: z.string(),
    rows: z.number().int(),
    regions: z.number().int(),
    periods: z.array(z.string()),
    markers: FlagCounts,
    notes: z.array(z.string()),
    current: z
      .boolean()
      .describe('true, wenn der Datensatz für mindestens eine Region und Periode der neueste Stand ist'),
  })
  .meta({ id: 'Dataset' });

export const DatasetList = z.object({ items: z.array(Dataset) });

export const DatasetDetail = z.object({
  dataset: Dataset,
  measures: z.array(z.object({ code: z.string(), label: z.string(), unit: z.string().nullable() })),
  dimensions: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      attributes: z.array(z.object({ code: z.string(), label: z.string() })),
    }),
  ),
});

export const Observation = z
  .object({
    table: z.string(),
    dataset: z.number().int(),
    vintage: z.string().nullable(),
    region: z.string().describe('AGS-Schlüssel, DG für Deutschland'),
    period: z.string().describe('Jahr (2023) oder Stichtag (2024-12-31)'),
    measure: z.string(),
    dims: z
      .record(z.string(), z.string())
      .describe('Merkmal → Ausprägung; Summen ("Insgesamt") ohne Eintrag'),
    value: z.number().nullable(),
    flag: z
      .string()
      .nullable()
      .describe('Zeichen der Zeichenerklärung, z. B. "." (geheim) oder "-" (nichts vorhanden)'),
  })
  .meta({ id: 'Observation' });

export const ObservationQuery = z.object({
  table: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  measure: z.string().min(1).optional(),
  dataset: z.coerce.number().int().positive().optional(),
  allVintages: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
});

export const ObservationPage = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(Observation),
});

export const ImportSummary = z
  .object({
    file: z.string(),
    status: z.enum(['imported', 'unchanged', 'dry-run']),
    datasetId: z.number().int().nullable(),
    format: z.string(),
    formatLabel: z.string(),
    table: z.string(),
    title: z.string(),
    vintage: z.string().nullable(),
    rows: z.number().int(),
    regions: z.number().int(),
    periods: z.array(z.string()),
    measures: z.number().int(),
    markers: FlagCounts,
    unknownRegions: z.array(z.string()),
    replacedDatasets: z.array(z.number().int()),
    notes: z.array(z.string()),
    durationMs: z.number(),
  })
  .meta({ id: 'ImportSummary' });

export const ImportJob = z
  .object({
    id: z.string(),
    fileName: z.string(),
    dryRun: z.boolean(),
    status: z.enum(['running', 'succeeded', 'failed']),
    progress: z.number().min(0).max(1),
    rows: z.number().int(),
    result: ImportSummary.nullable(),
    error: z
      .object({
        code: z.string(),
        message: z.string(),
        details: z.record(z.string(), z.unknown()).optional(),
      })
      .nullable(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ImportJob' });

export const ImportJobParams = z.object({ id: z.string().uuid() });
export const DatasetParams = z.object({ id: z.coerce.number().int().positive() });
export const DatasetListQuery = z.object({ table: z.string().min(1).optional() });
export const ImportQuery = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
export const QualityFlags = z.object({ items: z.array(z.object({ flag: z.string(), meaning: z.string() })) });

const PyramidCell = z.object({
  value: z.number().nullable(),
  flag: z.string().nullable(),
  share: z.number().nullable().describe('Anteil an der Gesamtbevölkerung der Region in %'),
});

export const PopulationStructure = z
  .object({
    region: z.string(),
    structure: z
      .object({
        table: z.string(),
        title: z.string(),
        publisher: z.string(),
        licence: z.string(),
        vintage: z.string().nullable(),
        datasetId: z.number().int(),
        period: z.string(),
        ageGroups: z.array(z.object({ code: z.string(), label: z.string() })),
        pyramids: z.array(
          z.object({
            region: z.string(),
            name: z.string(),
            role: z.enum(['region', 'land', 'bund']),
            aggregated: z
              .boolean()
              .describe('aus der Summe aller Kreise berechnet (die Tabelle hat keine Zeile dafür)'),
            total: z.number().nullable(),
            groups: z.array(
              z.object({
                code: z.string(),
                from: z.number().int(),
                to: z.number().int().nullable(),
                male: PyramidCell,
                female: PyramidCell,
              }),
            ),
          }),
        ),
      })
      .nullable()
      .describe('null: keine Bevölkerungstabelle nach Alter und Geschlecht (12411-…) importiert'),
  })
  .meta({ id: 'PopulationStructure' });

export const RegionKeyParams = z.object({ key: z.string().regex(/^[0-9A-Z]{2,12}$/) });
