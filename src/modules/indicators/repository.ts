import type { Queryable, WriteTransaction } from '../../platform/db/database.ts';
import { type DimensionFilter, type MeasureRef, referenceKey } from './formula/index.ts';

export { referenceKey };

/** All SQL of the indicators module. */

/** One reference summed per region and period, as the database computes it. */
export interface ReferenceSumRow {
  region: string;
  period: string;
  /** Sum of the matching cells that have a number. */
  value: number | null;
  /** Greater than 0 when at least one matching cell has a number. */
  numbers: number;
  /** Distinct markers among the matching cells. */
  flags: string[] | null;
}

/** The SQL condition for a reference's filters: exactly these dimensions, with these attributes. */
function filterCondition(filters: readonly DimensionFilter[], params: unknown[]): string {
  const exact: Record<string, string> = {};
  for (const filter of filters) if (filter.kind === 'equals') exact[filter.dimension] = filter.attribute;
  // Only fixed attributes: the dims object must equal them exactly, a cheap jsonb comparison.
  if (Object.keys(exact).length === filters.length)
    return `o.dims = ${addParam(params, JSON.stringify(exact))}::jsonb`;
  const dimensions = filters.map((filter) => filter.dimension);
  const clauses = [`(o.dims - ${addParam(params, dimensions)}::text[]) = '{}'::jsonb`];
  for (const filter of filters) {
    const dimension = addParam(params, filter.dimension);
    if (filter.kind === 'equals')
      clauses.push(`o.dims ->> ${dimension} = ${addParam(params, filter.attribute)}`);
    else if (filter.kind === 'any') clauses.push(`o.dims ? ${dimension}`);
    else clauses.push(`o.dims ->> ${dimension} = ANY(${addParam(params, filter.attributes)}::text[])`);
  }
  return clauses.join(' AND ');
}

/** Markers as bits, so that one cheap, hashable aggregate (bit_or) collects them per group. */
const FLAG_BITS = ['.', 'x', '/', '...', '*', '-', '()', 's', 'p', 'r', 'e', '0'] as const;
/** Set on every matched cell: bit_or is null exactly when no cell matched. */
const PRESENT_BIT = 1 << 20;
const FLAG_BIT_SQL = `CASE o.flag ${FLAG_BITS.map((flag, bit) => `WHEN '${flag}' THEN ${1 << bit}`).join(' ')} ELSE ${1 << FLAG_BITS.length} END`;

function flagsFromBits(bits: number): string[] | null {
  if ((bits & (PRESENT_BIT - 1)) === 0) return null;
  const flags: string[] = FLAG_BITS.filter((_, bit) => (bits & (1 << bit)) !== 0);
  // A marker the product does not know blocks like a confidential value would.
  if (bits & (1 << FLAG_BITS.length)) flags.push('.');
  return flags;
}

/**
 * Sums every reference per region and period in the database, over the current vintage of its
 * table. References to the same table share one scan (one FILTER column each), so an indicator
 * costs about what the plain SQL for the same numbers costs.
 */
export async function sumReferences(
  db: Queryable,
  refs: readonly MeasureRef[],
): Promise<Map<string, ReferenceSumRow[]>> {
  const groups = new Map<string, MeasureRef[]>();
  for (const ref of refs) groups.set(ref.table, [...(groups.get(ref.table) ?? []), ref]);
  const result = new Map<string, ReferenceSumRow[]>();
  const scopes = new Map<string, Promise<string>>();
  const scopeOf = (table: string, params: unknown[]) => {
    let scope = scopes.get(table);
    if (!scope) {
      scope = currentScope(db, table);
      scopes.set(table, scope);
    }
    return scope.then((sql) =>
      sql.includes('$TABLE') ? sql.replaceAll('$TABLE', addParam(params, table)) : sql,
    );
  };
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const table = group[0]!.table;
      const params: unknown[] = [];
      const scope = await scopeOf(table, params);
      const measures = addParam(params, [...new Set(group.map((ref) => ref.measure))]);
      // Each reference's condition is evaluated once per row (m0, m1, …), then aggregated.
      const matches = group
        .map((ref, index) => {
          const measure = addParam(params, ref.measure);
          return `(o.measure = ${measure} AND ${filterCondition(ref.filters, params)}) AS m${index}`;
        })
        .join(', ');
      const columns = group
        .map(
          (_, index) =>
            `sum(value) FILTER (WHERE m${index}) AS v${index}, bit_or(flag_bit) FILTER (WHERE m${index}) AS f${index}`,
        )
        .join(',\n');
      const rows = await db.query<Record<string, unknown>>(
        `SELECT region, period, ${columns}
         FROM (
           SELECT o.region_key AS region, o.period, o.value,
                  CASE WHEN o.flag IS NULL THEN ${PRESENT_BIT} ELSE ${PRESENT_BIT} | ${FLAG_BIT_SQL} END AS flag_bit, ${matches}
           FROM observations o
           WHERE ${scope} AND o.measure = ANY(${measures}::text[])
         ) matched
         GROUP BY region, period`,
        params,
      );
      group.forEach((ref, index) => {
        const list: ReferenceSumRow[] = [];
        for (const row of rows.rows) {
          const bits = row[`f${index}`] as number | null;
          if (bits === null) continue;
          const value = (row[`v${index}`] as number | null) ?? null;
          list.push({
            region: row.region as string,
            period: row.period as string,
            value,
            // sum() over cells without a number is null: then only markers matched.
            numbers: value === null ? 0 : 1,
            flags: flagsFromBits(bits),
          });
        }
        result.set(referenceKey(ref), list);
      });
    }),
  );
  return result;
}

function addParam(params: unknown[], value: unknown): string {
  params.push(value);
  return `$${params.length}`;
}

/**
 * SQL condition selecting a table's current observations. Usually every region and period of a
 * table comes from one dataset; then the datasets' ids suffice and the planner can use the
 * (dataset, measure) index. Only where vintages overlap does it need the current_coverage view.
 */
async function currentScope(db: Queryable, table: string): Promise<string> {
  const datasets = await db.query<{ ids: number[] | null }>(
    'SELECT array_agg(id ORDER BY id) AS ids FROM datasets WHERE table_code = $1 AND complete',
    [table],
  );
  const ids = (datasets.rows[0]?.ids ?? []).map(Number);
  if (ids.length === 0) return 'false';
  const byIds = `o.dataset_id = ANY('{${ids.join(',')}}'::int[])`;
  if (ids.length === 1) return byIds;
  const overlap = await db.query<{ overlapping: boolean }>(
    `SELECT count(*) > count(DISTINCT (region_key, period)) AS overlapping FROM dataset_coverage WHERE dataset_id = ANY($1::int[])`,
    [ids],
  );
  if (!overlap.rows[0]?.overlapping) return byIds;
  return `EXISTS (SELECT 1 FROM current_coverage cc WHERE cc.table_code = $TABLE AND cc.dataset_id = o.dataset_id
    AND cc.region_key = o.region_key AND cc.period = o.period)`;
}

/** Changes whenever a dataset is published, replaced or removed, or the regions change. */
export async function storeFingerprint(db: Queryable): Promise<string> {
  const rows = await db.query<{ fingerprint: string }>(
    `SELECT concat_ws('|',
       (SELECT coalesce(max(id), 0) FROM datasets WHERE complete),
       (SELECT count(*) FROM datasets WHERE complete),
       (SELECT count(*) FROM regions),
       (SELECT coalesce(max(loaded_at)::text, '') FROM reference_data)) AS fingerprint`,
  );
  return rows.rows[0]!.fingerprint;
}

/** Units of measures, to know which may be summed from Kreise to Land and Bund. */
export async function measureUnits(
  db: Queryable,
  tables: readonly string[],
): Promise<Map<string, string | null>> {
  const rows = await db.query<{ table_code: string; code: string; unit: string | null }>(
    'SELECT table_code, code, unit FROM measures WHERE table_code = ANY($1::text[])',
    [tables],
  );
  return new Map(rows.rows.map((row) => [`${row.table_code}:${row.code}`, row.unit]));
}

export interface TableSituation {
  table: string;
  datasets: number;
  vintage: string | null;
  periods: string[];
  title: string | null;
}

/** For each table: is it imported, of which vintage, which periods. */
export async function tableSituation(
  db: Queryable,
  tables: readonly string[],
): Promise<Map<string, TableSituation>> {
  const rows = await db.query<TableSituation>(
    `SELECT d.table_code AS table, count(DISTINCT d.id)::int AS datasets, max(d.vintage)::text AS vintage,
            max(d.title) AS title,
            COALESCE(array_agg(DISTINCT cc.period ORDER BY cc.period) FILTER (WHERE cc.period IS NOT NULL), '{}') AS periods
     FROM datasets d LEFT JOIN current_coverage cc ON cc.dataset_id = d.id
     WHERE d.complete AND d.table_code = ANY($1::text[])
     GROUP BY d.table_code`,
    [tables],
  );
  return new Map(rows.rows.map((row) => [row.table, row]));
}

/** Provenance of the values an indicator uses: table, vintage, publisher, licence. */
export async function currentDatasets(db: Queryable, tables: readonly string[]) {
  const rows = await db.query<{
    id: number;
    table: string;
    title: string;
    publisher: string;
    licence: string;
    vintage: string | null;
    source: string;
  }>(
    `SELECT DISTINCT d.id, d.table_code AS table, d.title, d.publisher, d.licence, d.vintage::text AS vintage, d.source
     FROM datasets d JOIN current_coverage cc ON cc.dataset_id = d.id
     WHERE d.table_code = ANY($1::text[]) ORDER BY d.table_code, vintage DESC NULLS LAST`,
    [tables],
  );
  return rows.rows;
}

export interface RegionFacts {
  key: string;
  name: string;
  level: string;
  type_label: string | null;
  parent_key: string | null;
  population: number | null;
}

/** Current Kreise, Länder and Bund, for aggregation, ranks and peer groups. */
export async function regionFacts(db: Queryable): Promise<RegionFacts[]> {
  const rows = await db.query<RegionFacts>(
    `SELECT key, name, level, type_label, parent_key, population FROM regions
     WHERE NOT historical AND NOT provisional AND level IN ('country', 'state', 'gov_region', 'district')`,
  );
  return rows.rows;
}

export async function neighbourKeys(db: Queryable, key: string): Promise<string[]> {
  const rows = await db.query<{ neighbour_key: string }>(
    'SELECT neighbour_key FROM region_neighbours WHERE key = $1 ORDER BY neighbour_key',
    [key],
  );
  return rows.rows.map((row) => row.neighbour_key);
}

export async function storedPeerGroup(db: Queryable, key: string): Promise<string[] | null> {
  const rows = await db.query<{ peer_keys: string[] }>(
    'SELECT peer_keys FROM peer_groups WHERE region_key = $1',
    [key],
  );
  return rows.rows[0]?.peer_keys ?? null;
}

export async function savePeerGroup(
  tx: WriteTransaction,
  key: string,
  peers: readonly string[],
): Promise<void> {
  await tx.query(
    `INSERT INTO peer_groups (region_key, peer_keys) VALUES ($1, $2::text[])
     ON CONFLICT (region_key) DO UPDATE SET peer_keys = EXCLUDED.peer_keys, updated_at = now()`,
    [key, peers],
  );
}

export async function deletePeerGroup(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM peer_groups WHERE region_key = $1', [key]);
}

export interface CustomIndicatorRow {
  id: string;
  definition: Record<string, unknown>;
}

export async function listCustomIndicators(db: Queryable): Promise<CustomIndicatorRow[]> {
  const rows = await db.query<CustomIndicatorRow>('SELECT id, definition FROM custom_indicators ORDER BY id');
  return rows.rows;
}

export async function insertCustomIndicator(db: Queryable, id: string, definition: unknown): Promise<void> {
  await db.query('INSERT INTO custom_indicators (id, definition) VALUES ($1, $2::jsonb)', [
    id,
    JSON.stringify(definition),
  ]);
}

export async function deleteCustomIndicator(db: Queryable, id: string): Promise<boolean> {
  const result = await db.query('DELETE FROM custom_indicators WHERE id = $1', [id]);
  return result.rowCount > 0;
}

export interface TargetRow {
  id: number;
  indicator_id: string;
  region_key: string;
  target_value: number;
  target_year: number;
  direction: 'at_least' | 'at_most';
  note: string | null;
  created_at: string;
}

const TARGET_COLUMNS = `id, indicator_id, region_key, target_value, target_year, direction, note,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at`;

export async function listTargets(
  db: Queryable,
  indicatorId: string,
  regionKey?: string,
): Promise<TargetRow[]> {
  const rows = await db.query<TargetRow>(
    `SELECT ${TARGET_COLUMNS} FROM indicator_targets WHERE indicator_id = $1 AND ($2::text IS NULL OR region_key = $2)
     ORDER BY region_key, target_year, id`,
    [indicatorId, regionKey ?? null],
  );
  return rows.rows;
}

export async function insertTarget(
  db: Queryable,
  target: Omit<TargetRow, 'id' | 'created_at'>,
): Promise<TargetRow> {
  const rows = await db.query<TargetRow>(
    `INSERT INTO indicator_targets (indicator_id, region_key, target_value, target_year, direction, note)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${TARGET_COLUMNS}`,
    [
      target.indicator_id,
      target.region_key,
      target.target_value,
      target.target_year,
      target.direction,
      target.note,
    ],
  );
  return rows.rows[0]!;
}

export async function deleteTarget(db: Queryable, id: number): Promise<boolean> {
  const result = await db.query('DELETE FROM indicator_targets WHERE id = $1', [id]);
  return result.rowCount > 0;
}

export async function regionName(db: Queryable, key: string): Promise<string | null> {
  const result = await db.query<{ name: string }>('SELECT name FROM regions WHERE key = $1', [key]);
  return result.rows[0]?.name ?? null;
}
