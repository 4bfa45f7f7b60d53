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
  /** Matching cells in all, and of those with a number. */
  cells: number;
  numbers: number;
  /** Distinct markers among the matching cells. */
  flags: string[] | null;
}

/** The SQL condition for a reference's filters: exactly these dimensions, with these attributes. */
function filterCondition(filters: readonly DimensionFilter[], params: unknown[]): string {
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const dimensions = filters.map((filter) => filter.dimension);
  const clauses = [`(o.dims - ${add(dimensions)}::text[]) = '{}'::jsonb`];
  for (const filter of filters) {
    if (filter.kind === 'equals')
      clauses.push(`o.dims ->> ${add(filter.dimension)} = ${add(filter.attribute)}`);
    else if (filter.kind === 'any') clauses.push(`o.dims ? ${add(filter.dimension)}`);
    else clauses.push(`o.dims ->> ${add(filter.dimension)} = ANY(${add(filter.attributes)}::text[])`);
  }
  return clauses.join(' AND ');
}

/**
 * Sums every reference per region and period in the database, over the current vintage of its
 * table. References to the same table and measure share one scan (one FILTER column each), so
 * an indicator costs about what the plain SQL for the same numbers costs.
 */
export async function sumReferences(
  db: Queryable,
  refs: readonly MeasureRef[],
): Promise<Map<string, ReferenceSumRow[]>> {
  const groups = new Map<string, MeasureRef[]>();
  for (const ref of refs) {
    const key = `${ref.table}\u0000${ref.measure}`;
    groups.set(key, [...(groups.get(key) ?? []), ref]);
  }
  const result = new Map<string, ReferenceSumRow[]>();
  await Promise.all(
    [...groups.values()].map(async (group) => {
      const { table, measure } = group[0]!;
      const params: unknown[] = [table, measure];
      const columns = group
        .map((ref, index) => {
          const condition = filterCondition(ref.filters, params);
          return `sum(o.value) FILTER (WHERE ${condition}) AS v${index},
            count(*) FILTER (WHERE ${condition})::int AS c${index},
            count(o.value) FILTER (WHERE ${condition})::int AS n${index},
            array_agg(DISTINCT o.flag) FILTER (WHERE ${condition} AND o.flag IS NOT NULL) AS f${index}`;
        })
        .join(',\n');
      const rows = await db.query<Record<string, unknown>>(
        `SELECT o.region_key AS region, o.period, ${columns}
         FROM observations o
         JOIN current_coverage cc ON cc.dataset_id = o.dataset_id AND cc.region_key = o.region_key AND cc.period = o.period
         WHERE cc.table_code = $1 AND o.measure = $2
         GROUP BY o.region_key, o.period`,
        params,
      );
      group.forEach((ref, index) => {
        const list: ReferenceSumRow[] = [];
        for (const row of rows.rows) {
          const cells = row[`c${index}`] as number;
          if (cells === 0) continue;
          list.push({
            region: row.region as string,
            period: row.period as string,
            value: (row[`v${index}`] as number | null) ?? null,
            cells,
            numbers: row[`n${index}`] as number,
            flags: (row[`f${index}`] as string[] | null) ?? null,
          });
        }
        result.set(referenceKey(ref), list);
      });
    }),
  );
  return result;
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
