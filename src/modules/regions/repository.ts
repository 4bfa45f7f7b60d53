import type { Queryable, WriteTransaction } from '../../platform/db/database.ts';

/** All SQL of the regions module. */

export interface RegionRow {
  key: string;
  level: string;
  name: string;
  type_label: string | null;
  parent_key: string | null;
  historical: boolean;
  provisional: boolean;
  successor_key: string | null;
  valid_to: string | null;
  area_km2: number | null;
  population: number | null;
  population_date: string | null;
  nuts3: string | null;
  longitude: number | null;
  latitude: number | null;
  urbanisation: string | null;
}

function regionColumns(alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return `${a}key, ${a}level, ${a}name, ${a}type_label, ${a}parent_key, ${a}historical, ${a}provisional, ${a}successor_key,
    ${a}valid_to::text AS valid_to, ${a}area_km2, ${a}population, ${a}population_date::text AS population_date, ${a}nuts3,
    ${a}longitude, ${a}latitude, ${a}urbanisation`;
}

const REGION_COLUMNS = regionColumns();

export interface RegionFilter {
  level?: string;
  parent?: string;
  q?: string;
  includeHistorical?: boolean;
}

export async function listRegions(
  db: Queryable,
  filter: RegionFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: RegionRow[]; total: number }> {
  const params: unknown[] = [];
  const clauses: string[] = [];
  if (filter.level) {
    params.push(filter.level);
    clauses.push(`level = $${params.length}`);
  }
  if (filter.parent) {
    params.push(filter.parent);
    clauses.push(`parent_key = $${params.length}`);
  }
  if (filter.q) {
    params.push(`%${filter.q.toLowerCase()}%`, `${filter.q}%`);
    clauses.push(`(lower(name) LIKE $${params.length - 1} OR key LIKE $${params.length})`);
  }
  if (!filter.includeHistorical) clauses.push('NOT historical');
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM regions ${where}`, params);
  params.push(page.limit, page.offset);
  const rows = await db.query<RegionRow>(
    `SELECT ${REGION_COLUMNS} FROM regions ${where}
     ORDER BY CASE WHEN key = 'DG' THEN 0 ELSE 1 END, key LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { rows: rows.rows, total: total.rows[0]?.n ?? 0 };
}

export async function getRegion(db: Queryable, key: string): Promise<RegionRow | null> {
  const result = await db.query<RegionRow>(`SELECT ${REGION_COLUMNS} FROM regions WHERE key = $1`, [key]);
  return result.rows[0] ?? null;
}

export async function getRegions(db: Queryable, keys: readonly string[]): Promise<RegionRow[]> {
  const result = await db.query<RegionRow>(
    `SELECT ${REGION_COLUMNS} FROM regions WHERE key = ANY($1::text[])`,
    [keys],
  );
  return result.rows;
}

export async function childrenOf(db: Queryable, key: string): Promise<RegionRow[]> {
  const result = await db.query<RegionRow>(
    `SELECT ${REGION_COLUMNS} FROM regions WHERE parent_key = $1 ORDER BY historical, key`,
    [key],
  );
  return result.rows;
}

export async function neighboursOf(db: Queryable, key: string): Promise<RegionRow[]> {
  const result = await db.query<RegionRow>(
    `SELECT ${regionColumns('r')} FROM region_neighbours n JOIN regions r ON r.key = n.neighbour_key
     WHERE n.key = $1 ORDER BY r.key`,
    [key],
  );
  return result.rows;
}

export async function geometriesOf(
  db: Queryable,
  keys: readonly string[],
): Promise<{ key: string; geometry: unknown }[]> {
  const result = await db.query<{ key: string; geometry: unknown }>(
    'SELECT key, geometry FROM region_geometries WHERE key = ANY($1::text[]) ORDER BY key',
    [keys],
  );
  return result.rows;
}

export async function existingKeys(db: Queryable, keys: readonly string[]): Promise<Set<string>> {
  const result = await db.query<{ key: string }>('SELECT key FROM regions WHERE key = ANY($1::text[])', [
    keys,
  ]);
  return new Set(result.rows.map((row) => row.key));
}

export async function insertProvisionalRegions(
  tx: WriteTransaction,
  regions: { key: string; level: string; name: string; parentKey: string | null }[],
): Promise<void> {
  if (regions.length === 0) return;
  await tx.query(
    `INSERT INTO regions (key, level, name, parent_key, provisional)
     SELECT k, l, n, p, true FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS r(k, l, n, p)
     ON CONFLICT (key) DO NOTHING`,
    [
      regions.map((r) => r.key),
      regions.map((r) => r.level),
      regions.map((r) => r.name),
      regions.map((r) => r.parentKey),
    ],
  );
}

export async function loadedReferenceVersion(db: Queryable, name: string): Promise<string | null> {
  const result = await db.query<{ version: string }>('SELECT version FROM reference_data WHERE name = $1', [
    name,
  ]);
  return result.rows[0]?.version ?? null;
}

export async function referenceSources(
  db: Queryable,
): Promise<{ name: string; version: string; sources: unknown }[]> {
  const result = await db.query<{ name: string; version: string; sources: unknown }>(
    'SELECT name, version, sources FROM reference_data ORDER BY name',
  );
  return result.rows;
}
