import type { Queryable, WriteTransaction } from '../../platform/db/database.ts';
import type { OccupationReference } from './occupations-reference.ts';

/** All SQL of the workforce module. */

export interface OccupationRow {
  code: string;
  level: number;
  title: string;
  short_title: string;
  parent_code: string | null;
  requirement_level: number | null;
}

export interface IscoRow {
  kldb_code: string;
  isco_code: string;
  isco_title: string;
  isco_title_en: string;
  unambiguous: boolean;
  rank: number;
}

export interface HydrogenRow {
  kldb_code: string;
  field: string;
  reasoning: string;
  sources: string;
  updated_at: string;
  title: string | null;
  short_title: string | null;
}

const OCCUPATION_COLUMNS = 'code, level, title, short_title, parent_code, requirement_level';

export async function loadedReferenceVersion(db: Queryable, name: string): Promise<string | null> {
  const result = await db.query<{ version: string }>('SELECT version FROM reference_data WHERE name = $1', [
    name,
  ]);
  return result.rows[0]?.version ?? null;
}

/** Replaces the occupations and the ISCO crosswalk by the reference (one transaction). */
export async function replaceOccupations(
  tx: WriteTransaction,
  reference: OccupationReference,
  name: string,
  version: string,
): Promise<void> {
  const occupations = reference.occupations;
  await tx.query('DELETE FROM occupation_isco');
  await tx.query('DELETE FROM occupations');
  await tx.query(
    `INSERT INTO occupations (code, level, title, short_title, parent_code, requirement_level)
     SELECT * FROM unnest($1::text[], $2::smallint[], $3::text[], $4::text[], $5::text[], $6::smallint[])`,
    [
      occupations.map((o) => o.code),
      occupations.map((o) => o.level),
      occupations.map((o) => o.title),
      occupations.map((o) => o.shortTitle),
      occupations.map((o) => (o.code.length > 1 ? o.code.slice(0, -1) : null)),
      occupations.map((o) => (o.code.length === 5 ? Number(o.code[4]) : null)),
    ],
  );
  const mappings = reference.mappings;
  await tx.query(
    `INSERT INTO occupation_isco (kldb_code, isco_code, isco_title, isco_title_en, unambiguous, rank)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::smallint[])
     ON CONFLICT DO NOTHING`,
    [
      mappings.map((m) => m.kldb),
      mappings.map((m) => m.isco),
      mappings.map((m) => reference.iscoUnits[m.isco]?.de ?? ''),
      mappings.map((m) => reference.iscoUnits[m.isco]?.en ?? ''),
      mappings.map((m) => m.unambiguous),
      mappings.map((m) => m.rank),
    ],
  );
  await tx.query(
    `INSERT INTO reference_data (name, version, sources) VALUES ($1, $2, $3::jsonb)
     ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, sources = EXCLUDED.sources, loaded_at = now()`,
    [name, version, JSON.stringify({ builtAt: reference.builtAt, sources: reference.sources })],
  );
}

export async function referenceSources(db: Queryable, name: string): Promise<unknown> {
  const result = await db.query<{ sources: unknown }>('SELECT sources FROM reference_data WHERE name = $1', [
    name,
  ]);
  return result.rows[0]?.sources ?? null;
}

export interface OccupationFilter {
  q?: string;
  level?: number;
  parent?: string;
  codes?: string[];
}

function occupationWhere(filter: OccupationFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.level !== undefined) {
    params.push(filter.level);
    clauses.push(`level = $${params.length}`);
  }
  if (filter.parent !== undefined) {
    params.push(filter.parent);
    clauses.push(`parent_code = $${params.length}`);
  }
  if (filter.codes !== undefined) {
    params.push(filter.codes);
    clauses.push(`code = ANY($${params.length}::text[])`);
  }
  if (filter.q) {
    params.push(`%${filter.q.toLowerCase()}%`);
    params.push(`${filter.q}%`);
    clauses.push(
      `(lower(title) LIKE $${params.length - 1} OR lower(short_title) LIKE $${params.length - 1} OR code LIKE $${params.length}
        OR code IN (SELECT kldb_code FROM occupation_isco WHERE isco_code LIKE $${params.length}))`,
    );
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export async function listOccupations(
  db: Queryable,
  filter: OccupationFilter,
  page: { limit: number; offset: number },
): Promise<{ total: number; rows: OccupationRow[] }> {
  const { where, params } = occupationWhere(filter);
  const [rows, total] = await Promise.all([
    db.query<OccupationRow>(
      `SELECT ${OCCUPATION_COLUMNS} FROM occupations ${where} ORDER BY code LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, page.offset],
    ),
    db.query<{ n: number }>(`SELECT count(*)::int AS n FROM occupations ${where}`, params),
  ]);
  return { total: total.rows[0]?.n ?? 0, rows: rows.rows };
}

export async function occupationsByCode(db: Queryable, codes: string[]): Promise<Map<string, OccupationRow>> {
  if (codes.length === 0) return new Map();
  const result = await db.query<OccupationRow>(
    `SELECT ${OCCUPATION_COLUMNS} FROM occupations WHERE code = ANY($1::text[])`,
    [codes],
  );
  return new Map(result.rows.map((row) => [row.code, row]));
}

export async function occupationChildren(db: Queryable, code: string): Promise<OccupationRow[]> {
  const result = await db.query<OccupationRow>(
    `SELECT ${OCCUPATION_COLUMNS} FROM occupations WHERE parent_code = $1 ORDER BY code`,
    [code],
  );
  return result.rows;
}

export async function iscoFor(db: Queryable, codes: string[]): Promise<IscoRow[]> {
  if (codes.length === 0) return [];
  const result = await db.query<IscoRow>(
    `SELECT kldb_code, isco_code, isco_title, isco_title_en, unambiguous, rank::int AS rank
     FROM occupation_isco WHERE kldb_code = ANY($1::text[]) ORDER BY kldb_code, rank, isco_code`,
    [codes],
  );
  return result.rows;
}

export async function listHydrogen(db: Queryable): Promise<HydrogenRow[]> {
  const result = await db.query<HydrogenRow>(
    `SELECT h.kldb_code, h.field, h.reasoning, h.sources, h.updated_at::text AS updated_at, o.title, o.short_title
     FROM hydrogen_occupations h LEFT JOIN occupations o ON o.code = h.kldb_code
     ORDER BY h.field, h.kldb_code`,
  );
  return result.rows;
}

export async function upsertHydrogen(
  tx: Queryable,
  entry: { kldbCode: string; field: string; reasoning: string; sources: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO hydrogen_occupations (kldb_code, field, reasoning, sources) VALUES ($1, $2, $3, $4)
     ON CONFLICT (kldb_code) DO UPDATE SET field = EXCLUDED.field, reasoning = EXCLUDED.reasoning,
       sources = EXCLUDED.sources, updated_at = now()`,
    [entry.kldbCode, entry.field, entry.reasoning, entry.sources],
  );
}

export async function deleteHydrogen(tx: Queryable, code: string): Promise<boolean> {
  const result = await tx.query('DELETE FROM hydrogen_occupations WHERE kldb_code = $1', [code]);
  return result.rowCount > 0;
}
