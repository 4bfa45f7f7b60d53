import { copyField, type Queryable, type WriteTransaction } from '../../platform/db/database.ts';
import type { DimensionInfo, MeasureInfo, ObservationRecord, TableMetadata } from './importers/types.ts';

/** All SQL of the statistics store. */

export interface DatasetRow {
  id: number;
  source: string;
  table_code: string;
  title: string;
  publisher: string;
  licence: string;
  vintage: string | null;
  format: string;
  file_name: string;
  file_hash: string;
  imported_at: string;
  row_count: number;
  flag_counts: Record<string, number>;
  notes: string[];
  region_count: number;
  periods: string[];
  current: boolean;
}

const DATASET_COLUMNS = `
  d.id, d.source, d.table_code, d.title, d.publisher, d.licence, d.vintage::text AS vintage, d.format,
  d.file_name, d.file_hash, to_char(d.imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS imported_at,
  d.row_count, d.flag_counts, d.notes,
  (SELECT count(DISTINCT c.region_key)::int FROM dataset_coverage c WHERE c.dataset_id = d.id) AS region_count,
  COALESCE((SELECT array_agg(DISTINCT c.period ORDER BY c.period) FROM dataset_coverage c WHERE c.dataset_id = d.id), '{}') AS periods,
  EXISTS (SELECT 1 FROM current_coverage cc WHERE cc.dataset_id = d.id) AS current`;

export async function listDatasets(
  db: Queryable,
  filter: { tableCode?: string } = {},
): Promise<DatasetRow[]> {
  const params: unknown[] = [];
  let where = 'd.complete';
  if (filter.tableCode) {
    params.push(filter.tableCode);
    where += ` AND d.table_code = $${params.length}`;
  }
  const result = await db.query<DatasetRow>(
    `SELECT ${DATASET_COLUMNS} FROM datasets d WHERE ${where} ORDER BY d.table_code, d.vintage DESC NULLS LAST, d.id DESC`,
    params,
  );
  return result.rows;
}

export async function getDataset(db: Queryable, id: number): Promise<DatasetRow | null> {
  const result = await db.query<DatasetRow>(
    `SELECT ${DATASET_COLUMNS} FROM datasets d WHERE d.id = $1 AND d.complete`,
    [id],
  );
  return result.rows[0] ?? null;
}

export async function findDatasetByHash(
  db: Queryable,
  hash: string,
): Promise<{ id: number; complete: boolean } | null> {
  const result = await db.query<{ id: number; complete: boolean }>(
    'SELECT id, complete FROM datasets WHERE file_hash = $1',
    [hash],
  );
  return result.rows[0] ?? null;
}

export async function insertPendingDataset(
  tx: WriteTransaction,
  dataset: { format: string; fileName: string; fileHash: string },
): Promise<number> {
  const result = await tx.query<{ id: number }>(
    `INSERT INTO datasets (source, table_code, title, publisher, licence, format, file_name, file_hash, complete)
     VALUES ('', '', '', '', '', $1, $2, $3, false) RETURNING id`,
    [dataset.format, dataset.fileName, dataset.fileHash],
  );
  return result.rows[0]!.id;
}

export async function deleteDataset(db: Queryable, id: number): Promise<void> {
  await db.query('DELETE FROM datasets WHERE id = $1', [id]);
}

/** Datasets whose import never finished (the process died): invisible, and removed at start. */
export async function deleteIncompleteDatasets(db: Queryable): Promise<number> {
  const result = await db.query('DELETE FROM datasets WHERE NOT complete');
  return result.rowCount;
}

export const OBSERVATION_COLUMNS = [
  'dataset_id',
  'region_key',
  'period',
  'measure',
  'dims',
  'value',
  'flag',
] as const;

/** One observation as a line of PostgreSQL's text COPY format. */
export function observationCopyLine(datasetId: number, record: ObservationRecord): string {
  return `${datasetId}\t${copyField(record.region)}\t${copyField(record.period)}\t${copyField(record.measure)}\t${copyField(canonicalDims(record.dims))}\t${copyField(record.value)}\t${copyField(record.flag)}\n`;
}

export function canonicalDims(dims: Record<string, string>): string {
  const keys = Object.keys(dims);
  if (keys.length === 0) return '{}';
  keys.sort();
  const sorted: Record<string, string> = {};
  for (const key of keys) sorted[key] = dims[key]!;
  return JSON.stringify(sorted);
}

export async function analyzeObservations(db: Queryable): Promise<void> {
  await db.query('ANALYZE observations');
  await db.query('ANALYZE dataset_coverage');
}

export async function copyObservations(
  tx: WriteTransaction,
  text: string | AsyncIterable<string>,
): Promise<void> {
  await tx.copyFrom('observations', OBSERVATION_COLUMNS, text);
}

export async function insertCoverage(
  tx: WriteTransaction,
  datasetId: number,
  coverage: { regions: string[]; periods: string[] },
): Promise<void> {
  await tx.query(
    `INSERT INTO dataset_coverage (dataset_id, region_key, period)
     SELECT $1, r, p FROM unnest($2::text[], $3::text[]) AS u(r, p) ON CONFLICT DO NOTHING`,
    [datasetId, coverage.regions, coverage.periods],
  );
}

export async function completeDataset(
  tx: WriteTransaction,
  datasetId: number,
  meta: TableMetadata,
  stats: { rows: number; flagCounts: Record<string, number> },
): Promise<void> {
  await tx.query(
    `UPDATE datasets SET source = $2, table_code = $3, title = $4, publisher = $5, licence = $6, vintage = $7::date,
       row_count = $8, flag_counts = $9::jsonb, notes = $10::jsonb, complete = true, imported_at = now()
     WHERE id = $1`,
    [
      datasetId,
      meta.source,
      meta.tableCode,
      meta.title,
      meta.publisher,
      meta.licence,
      meta.vintage,
      stats.rows,
      JSON.stringify(stats.flagCounts),
      JSON.stringify(meta.notes),
    ],
  );
}

export async function upsertVocabulary(
  tx: WriteTransaction,
  tableCode: string,
  measures: MeasureInfo[],
  dimensions: DimensionInfo[],
): Promise<void> {
  if (measures.length > 0) {
    await tx.query(
      `INSERT INTO measures (table_code, code, label, unit)
       SELECT $1, c, l, u FROM unnest($2::text[], $3::text[], $4::text[]) AS m(c, l, u)
       ON CONFLICT (table_code, code) DO UPDATE SET label = EXCLUDED.label, unit = EXCLUDED.unit`,
      [tableCode, measures.map((m) => m.code), measures.map((m) => m.label), measures.map((m) => m.unit)],
    );
  }
  if (dimensions.length > 0) {
    await tx.query(
      `INSERT INTO dimensions (table_code, code, label)
       SELECT $1, c, l FROM unnest($2::text[], $3::text[]) AS d(c, l)
       ON CONFLICT (table_code, code) DO UPDATE SET label = EXCLUDED.label`,
      [tableCode, dimensions.map((d) => d.code), dimensions.map((d) => d.label)],
    );
    const attributes = dimensions.flatMap((d) => d.attributes.map((a) => ({ dimension: d.code, ...a })));
    if (attributes.length > 0) {
      await tx.query(
        `INSERT INTO dimension_attributes (table_code, dimension_code, code, label)
         SELECT $1, d, c, l FROM unnest($2::text[], $3::text[], $4::text[]) AS a(d, c, l)
         ON CONFLICT (table_code, dimension_code, code) DO UPDATE SET label = EXCLUDED.label`,
        [
          tableCode,
          attributes.map((a) => a.dimension),
          attributes.map((a) => a.code),
          attributes.map((a) => a.label),
        ],
      );
    }
  }
}

/**
 * A new file of a table replaces what an earlier import of the same table and vintage said about
 * the same regions and periods, so that importing a table twice never duplicates values.
 * Returns the ids of datasets that were emptied and removed.
 */
export async function supersedeSameVintage(
  tx: WriteTransaction,
  datasetId: number,
  tableCode: string,
  vintage: string | null,
): Promise<number[]> {
  const older = await tx.query<{ id: number }>(
    `SELECT id FROM datasets WHERE table_code = $1 AND vintage IS NOT DISTINCT FROM $2::date AND id <> $3 AND complete`,
    [tableCode, vintage, datasetId],
  );
  const ids = older.rows.map((row) => row.id);
  if (ids.length === 0) return [];
  await tx.query(
    `DELETE FROM observations o USING dataset_coverage n
     WHERE n.dataset_id = $1 AND o.dataset_id = ANY($2::int[]) AND o.region_key = n.region_key AND o.period = n.period`,
    [datasetId, ids],
  );
  await tx.query(
    `DELETE FROM dataset_coverage c USING dataset_coverage n
     WHERE n.dataset_id = $1 AND c.dataset_id = ANY($2::int[]) AND c.region_key = n.region_key AND c.period = n.period`,
    [datasetId, ids],
  );
  const emptied = await tx.query<{ id: number }>(
    `DELETE FROM datasets d WHERE d.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM dataset_coverage c WHERE c.dataset_id = d.id)
     RETURNING d.id`,
    [ids],
  );
  return emptied.rows.map((row) => row.id);
}

export interface ObservationFilter {
  table?: string;
  region?: string;
  period?: string;
  measure?: string;
  datasetId?: number;
  /** Include superseded vintages (default: only the current one per table, region and period). */
  allVintages?: boolean;
}

export interface ObservationRow {
  table: string;
  dataset_id: number;
  vintage: string | null;
  region: string;
  period: string;
  measure: string;
  dims: Record<string, string>;
  value: number | null;
  flag: string | null;
}

function observationWhere(filter: ObservationFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses = ['d.complete'];
  const add = (clause: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  if (filter.table) add((p) => `d.table_code = ${p}`, filter.table);
  if (filter.region) add((p) => `o.region_key = ${p}`, filter.region);
  if (filter.period) add((p) => `o.period = ${p}`, filter.period);
  if (filter.measure) add((p) => `o.measure = ${p}`, filter.measure);
  if (filter.datasetId) add((p) => `d.id = ${p}`, filter.datasetId);
  if (!filter.allVintages) {
    clauses.push(
      `EXISTS (SELECT 1 FROM current_coverage cc WHERE cc.dataset_id = o.dataset_id AND cc.region_key = o.region_key AND cc.period = o.period)`,
    );
  }
  return { sql: clauses.join(' AND '), params };
}

export async function queryObservations(
  db: Queryable,
  filter: ObservationFilter,
  page: { limit: number; offset: number },
): Promise<ObservationRow[]> {
  const { sql, params } = observationWhere(filter);
  params.push(page.limit, page.offset);
  const result = await db.query<ObservationRow>(
    `SELECT d.table_code AS table, d.id AS dataset_id, d.vintage::text AS vintage, o.region_key AS region, o.period,
            o.measure, o.dims, o.value, o.flag
     FROM observations o JOIN datasets d ON d.id = o.dataset_id
     WHERE ${sql}
     ORDER BY d.table_code, o.region_key, o.period, o.measure, o.dims::text, d.vintage DESC NULLS LAST
     LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return result.rows;
}

export async function countObservations(db: Queryable, filter: ObservationFilter): Promise<number> {
  const { sql, params } = observationWhere(filter);
  const result = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM observations o JOIN datasets d ON d.id = o.dataset_id WHERE ${sql}`,
    params,
  );
  return result.rows[0]?.n ?? 0;
}

export async function tableVocabulary(db: Queryable, tableCode: string) {
  const [measures, dimensions, attributes] = await Promise.all([
    db.query<MeasureInfo>('SELECT code, label, unit FROM measures WHERE table_code = $1 ORDER BY code', [
      tableCode,
    ]),
    db.query<{ code: string; label: string }>(
      'SELECT code, label FROM dimensions WHERE table_code = $1 ORDER BY code',
      [tableCode],
    ),
    db.query<{ dimension_code: string; code: string; label: string }>(
      'SELECT dimension_code, code, label FROM dimension_attributes WHERE table_code = $1 ORDER BY dimension_code, code',
      [tableCode],
    ),
  ]);
  return {
    measures: measures.rows,
    dimensions: dimensions.rows.map((dimension) => ({
      ...dimension,
      attributes: attributes.rows
        .filter((attribute) => attribute.dimension_code === dimension.code)
        .map(({ code, label }) => ({ code, label })),
    })),
  };
}

/**
 * The newest population table (12411 = Fortschreibung des Bevölkerungsstandes) that has the region
 * by age group and sex, with its period and dataset.
 */
export async function latestPopulationByAgeAndSex(
  db: Queryable,
  region: string,
): Promise<{ dataset_id: number; table_code: string; period: string } | null> {
  const result = await db.query<{ dataset_id: number; table_code: string; period: string }>(
    `SELECT cc.dataset_id, cc.table_code, cc.period
     FROM current_coverage cc
     WHERE cc.region_key = $1 AND cc.table_code LIKE '12411%'
       AND EXISTS (SELECT 1 FROM dimensions d WHERE d.table_code = cc.table_code AND d.code = 'ALTX')
       AND EXISTS (SELECT 1 FROM dimensions d WHERE d.table_code = cc.table_code AND d.code = 'GES')
     ORDER BY cc.period DESC, cc.table_code
     LIMIT 1`,
    [region],
  );
  return result.rows[0] ?? null;
}

export interface AgeSexRow {
  region: string;
  age: string;
  sex: string;
  value: number | null;
  flag: string | null;
}

/** Values split by exactly age group and sex (no further breakdown such as nationality). */
export async function populationByAgeAndSex(
  db: Queryable,
  tableCode: string,
  period: string,
  regions: string[],
): Promise<AgeSexRow[]> {
  const result = await db.query<AgeSexRow>(
    `SELECT o.region_key AS region, o.dims->>'ALTX' AS age, o.dims->>'GES' AS sex, o.value, o.flag
     FROM current_coverage cc
     JOIN observations o ON o.dataset_id = cc.dataset_id AND o.region_key = cc.region_key AND o.period = cc.period
     WHERE cc.table_code = $1 AND cc.period = $2 AND cc.region_key = ANY($3::text[])
       AND o.dims ? 'ALTX' AND o.dims->>'GES' IN ('GESM', 'GESW')
       AND (SELECT count(*) FROM jsonb_object_keys(o.dims)) = 2`,
    [tableCode, period, regions],
  );
  return result.rows;
}

export async function regionNames(db: Queryable, keys: string[]): Promise<Map<string, string>> {
  const result = await db.query<{ key: string; name: string }>(
    'SELECT key, name FROM regions WHERE key = ANY($1::text[])',
    [keys],
  );
  return new Map(result.rows.map((row) => [row.key, row.name]));
}

/** Keys of the current (not historical) Kreise of a Land. */
export async function currentDistrictsOf(db: Queryable, land: string): Promise<string[]> {
  const result = await db.query<{ key: string }>(
    `SELECT key FROM regions WHERE level = 'district' AND NOT historical AND NOT provisional AND key LIKE $1 || '%' ORDER BY key`,
    [land],
  );
  return result.rows.map((row) => row.key);
}
