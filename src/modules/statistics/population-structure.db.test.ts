import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { buildApp } from '../../platform/http/app.ts';
import { ensureReferenceData } from '../regions/index.ts';
import { importFile } from './import-service.ts';

// The shipped demo extract of 12411-0018 (population by Kreis, sex and 17 age groups, 31.12.2015).
const EXTRACT = path.resolve(
  import.meta.dirname,
  '../../../demo/12411-0018_2021-08-17_2015-12-31.extract.jsonl.gz',
);

let db: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureReferenceData(db);
  app = await buildApp({ db, config: { uploadLimit: 1024 * 1024, homeRegion: '03359' } });
  const bytes = new Uint8Array(readFileSync(EXTRACT));
  await importFile(db, { fileName: path.basename(EXTRACT), bytes });
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

/** The extract's own rows for a region in its newest period, read without the product's code. */
function extractRows(region: string): { period: string; rows: Map<string, number> } {
  const lines = gunzipSync(readFileSync(EXTRACT)).toString('utf8').split('\n').slice(1).filter(Boolean);
  const parsed = lines.map(
    (line) => JSON.parse(line) as [string, string, string, Record<string, string>, number],
  );
  const period =
    parsed
      .map((row) => row[1])
      .sort()
      .at(-1) ?? '';
  const rows = new Map<string, number>();
  for (const [key, rowPeriod, , dims, value] of parsed) {
    if (key === region && rowPeriod === period && Object.keys(dims).length === 2) {
      rows.set(`${dims.ALTX}:${dims.GES}`, value);
    }
  }
  return { period, rows };
}

describe('GET /api/v1/regions/{key}/population-structure', () => {
  it('gives Stade’s population by age group and sex with the Land, equal to the source rows', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/regions/03359/population-structure' });
    expect(response.statusCode).toBe(200);
    const { structure } = response.json();
    expect(structure.table).toBe('12411-0018');
    const { period, rows: expected } = extractRows('03359');
    expect(structure.period).toBe(period);
    expect(period).toBe('2020-12-31');
    expect(structure.ageGroups).toHaveLength(17);
    expect(structure.ageGroups[0]).toEqual({ code: 'ALT000B03', label: 'unter 3 Jahre' });
    const [own, land] = structure.pyramids;
    // The Kreis table has no Land rows: Niedersachsen is the sum of its 45 Kreise.
    expect(land.aggregated).toBe(true);
    expect([own.region, own.role, land.region, land.role, land.name]).toEqual([
      '03359',
      'region',
      '03',
      'land',
      'Niedersachsen',
    ]);
    let total = 0;
    for (const group of own.groups) {
      expect(group.male.value).toBe(expected.get(`${group.code}:GESM`));
      expect(group.female.value).toBe(expected.get(`${group.code}:GESW`));
      total += group.male.value + group.female.value;
    }
    expect(own.total).toBe(total);
    expect(own.groups[0].male.share).toBeCloseTo((own.groups[0].male.value / total) * 100, 10);
  });

  it('answers null where no population table by age and sex is imported', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/regions/09162/population-structure' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ region: '09162', structure: null });
  });
});
