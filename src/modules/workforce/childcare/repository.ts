import type { Queryable } from '../../../platform/db/database.ts';

/** All SQL of the Kita and Ganztag staff forecast. */

export const AGE_CODES = { under3: 'ALT000B03', age3to5: 'ALT003B06', age6to9: 'ALT006B10' } as const;

export interface AgeObservationRow {
  table_code: string;
  title: string;
  publisher: string;
  vintage: string | null;
  period: string;
  dims: Record<string, string>;
  value: number | null;
  flag: string | null;
}

/** Current observations of the age groups unter 3, 3–6 and 6–10 for a region, from every table that has them. */
export async function ageObservations(db: Queryable, regionKey: string): Promise<AgeObservationRow[]> {
  const result = await db.query<AgeObservationRow>(
    `SELECT d.table_code, d.title, d.publisher, d.vintage::text AS vintage, o.period, o.dims, o.value, o.flag
     FROM observations o JOIN datasets d ON d.id = o.dataset_id
     WHERE d.complete AND o.region_key = $1 AND o.dims->>'ALTX' = ANY($2::text[])
       AND EXISTS (SELECT 1 FROM current_coverage cc
                   WHERE cc.dataset_id = o.dataset_id AND cc.region_key = o.region_key AND cc.period = o.period)
     ORDER BY o.period DESC, d.table_code`,
    [regionKey, Object.values(AGE_CODES)],
  );
  return result.rows;
}

export async function regionName(db: Queryable, key: string): Promise<string | null> {
  const result = await db.query<{ name: string }>('SELECT name FROM regions WHERE key = $1', [key]);
  return result.rows[0]?.name ?? null;
}

export interface ScenarioRow {
  id: number;
  region_key: string;
  label: string;
  horizon_year: number;
  base_year: number | null;
  params: Record<string, number | null>;
  note: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

const SCENARIO_COLUMNS = `id, region_key, label, horizon_year, base_year, params, note, created_by,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS created_at,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS updated_at`;

export async function listScenarios(db: Queryable, regionKey: string): Promise<ScenarioRow[]> {
  const result = await db.query<ScenarioRow>(
    `SELECT ${SCENARIO_COLUMNS} FROM childcare_scenarios WHERE region_key = $1 ORDER BY label`,
    [regionKey],
  );
  return result.rows;
}

export async function getScenarios(db: Queryable, ids: readonly number[]): Promise<ScenarioRow[]> {
  const result = await db.query<ScenarioRow>(
    `SELECT ${SCENARIO_COLUMNS} FROM childcare_scenarios WHERE id = ANY($1::int[]) ORDER BY id`,
    [ids],
  );
  return result.rows;
}

export async function labelTaken(db: Queryable, regionKey: string, label: string, exceptId?: number) {
  const result = await db.query(
    'SELECT 1 FROM childcare_scenarios WHERE region_key = $1 AND label = $2 AND id IS DISTINCT FROM $3',
    [regionKey, label, exceptId ?? null],
  );
  return result.rows.length > 0;
}

export async function insertScenario(
  db: Queryable,
  scenario: {
    regionKey: string;
    label: string;
    horizonYear: number;
    baseYear: number | null;
    params: object;
    note: string;
    createdBy: string | null;
  },
): Promise<number> {
  const result = await db.query<{ id: number }>(
    `INSERT INTO childcare_scenarios (region_key, label, horizon_year, params, note, created_by, base_year)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7) RETURNING id`,
    [
      scenario.regionKey,
      scenario.label,
      scenario.horizonYear,
      JSON.stringify(scenario.params),
      scenario.note,
      scenario.createdBy,
      scenario.baseYear,
    ],
  );
  return result.rows[0]!.id;
}

export async function updateScenario(
  db: Queryable,
  id: number,
  scenario: { label: string; horizonYear: number; baseYear: number | null; params: object; note: string },
): Promise<boolean> {
  const result = await db.query(
    `UPDATE childcare_scenarios SET label = $2, horizon_year = $3, params = $4::jsonb, note = $5, base_year = $6,
       updated_at = now()
     WHERE id = $1`,
    [
      id,
      scenario.label,
      scenario.horizonYear,
      JSON.stringify(scenario.params),
      scenario.note,
      scenario.baseYear,
    ],
  );
  return result.rowCount > 0;
}

export async function deleteScenario(db: Queryable, id: number): Promise<boolean> {
  const result = await db.query('DELETE FROM childcare_scenarios WHERE id = $1', [id]);
  return result.rowCount > 0;
}
