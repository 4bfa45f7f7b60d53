import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Database } from '../../platform/db/database.ts';
import { DEFAULT_REFERENCE_FILE, decodeReference, type RegionReference } from './reference.ts';
import { loadedReferenceVersion } from './repository.ts';

const REFERENCE_NAME = 'regions';

/**
 * Loads the shipped reference data into the database when it is missing or when a newer file
 * ships (compared by content hash). One transaction: regions, boundaries and neighbours change
 * together. Regions that imports registered provisionally stay unless the reference now knows them.
 */
export async function ensureReferenceData(
  db: Database,
  file: string = DEFAULT_REFERENCE_FILE,
): Promise<{ loaded: boolean; regions: number }> {
  const bytes = readFileSync(file);
  const version = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  if ((await loadedReferenceVersion(db, REFERENCE_NAME)) === version) return { loaded: false, regions: 0 };
  const reference = decodeReference(new Uint8Array(bytes));
  await loadReference(db, reference, version);
  return { loaded: true, regions: reference.regions.length };
}

async function loadReference(db: Database, reference: RegionReference, version: string): Promise<void> {
  const regions = reference.regions;
  const column = <T>(pick: (region: (typeof regions)[number]) => T) => regions.map(pick);
  await db.write(async (tx) => {
    await tx.query(
      `INSERT INTO regions (key, level, name, type_label, parent_key, historical, provisional, successor_key, valid_to,
         area_km2, population, population_date, nuts3, longitude, latitude, urbanisation)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::boolean[], $8::text[],
         $9::date[], $10::float8[], $11::int[], $12::date[], $13::text[], $14::float8[], $15::float8[], $16::text[])
       ON CONFLICT (key) DO UPDATE SET level = EXCLUDED.level, name = EXCLUDED.name, type_label = EXCLUDED.type_label,
         parent_key = EXCLUDED.parent_key, historical = EXCLUDED.historical, provisional = false,
         successor_key = EXCLUDED.successor_key, valid_to = EXCLUDED.valid_to, area_km2 = EXCLUDED.area_km2,
         population = EXCLUDED.population, population_date = EXCLUDED.population_date, nuts3 = EXCLUDED.nuts3,
         longitude = EXCLUDED.longitude, latitude = EXCLUDED.latitude, urbanisation = EXCLUDED.urbanisation`,
      [
        column((r) => r.key),
        column((r) => r.level),
        column((r) => r.name),
        column((r) => r.typeLabel),
        column((r) => r.parentKey),
        column((r) => r.historical),
        column(() => false),
        column((r) => r.successorKey),
        column((r) => r.validTo),
        column((r) => r.areaKm2),
        column((r) => r.population),
        column((r) => r.populationDate),
        column((r) => r.nuts3),
        column((r) => r.longitude),
        column((r) => r.latitude),
        column((r) => r.urbanisation),
      ],
    );
    await tx.query('DELETE FROM region_geometries');
    const geometryKeys = Object.keys(reference.geometries);
    await tx.query(
      'INSERT INTO region_geometries (key, geometry) SELECT k, g::jsonb FROM unnest($1::text[], $2::text[]) AS u(k, g)',
      [geometryKeys, geometryKeys.map((key) => JSON.stringify(reference.geometries[key]))],
    );
    await tx.query('DELETE FROM region_neighbours');
    const pairs = Object.entries(reference.neighbours).flatMap(([key, list]) =>
      list.map((neighbour) => [key, neighbour]),
    );
    await tx.query(
      'INSERT INTO region_neighbours (key, neighbour_key) SELECT k, n FROM unnest($1::text[], $2::text[]) AS u(k, n) ON CONFLICT DO NOTHING',
      [pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1])],
    );
    await tx.query(
      `INSERT INTO reference_data (name, version, sources) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, sources = EXCLUDED.sources, loaded_at = now()`,
      [
        REFERENCE_NAME,
        version,
        JSON.stringify({
          builtAt: reference.builtAt,
          territorialStatus: reference.territorialStatus,
          sources: reference.sources,
        }),
      ],
    );
  });
}
