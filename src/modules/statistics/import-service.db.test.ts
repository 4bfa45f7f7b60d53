import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { classicTableCsv, STADE_HARBURG_ROWS } from '../../../test/fixtures.ts';
import { AppError } from '../../platform/errors.ts';
import { importFile } from './import-service.ts';
import * as repository from './repository.ts';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.close();
});

async function snapshot() {
  const datasets = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM datasets');
  const observations = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM observations');
  const regions = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM regions');
  return {
    datasets: datasets.rows[0]!.n,
    observations: observations.rows[0]!.n,
    regions: regions.rows[0]!.n,
  };
}

async function valuesOf(table: string, region: string, allVintages = false) {
  const rows = await repository.queryObservations(
    db,
    { table, region, allVintages },
    { limit: 1000, offset: 0 },
  );
  return rows.map((row) => ({ value: row.value, flag: row.flag, dims: row.dims, vintage: row.vintage }));
}

describe('importFile', () => {
  it('stores every value and marker of a table and can be repeated without duplicates', async () => {
    const bytes = classicTableCsv({ table: '99911-01-01-4', rows: STADE_HARBURG_ROWS });
    const first = await importFile(db, { fileName: 'absolvierende.csv', bytes });
    expect(first).toMatchObject({
      status: 'imported',
      table: '99911-01-01-4',
      vintage: '2025-03-13',
      rows: 20,
      regions: 5,
    });
    expect(first.markers).toEqual({ '.': 1, '-': 4 });

    const stade = await valuesOf('99911-01-01-4', '03359');
    expect(stade.map((row) => row.value).sort()).toEqual([166, 2034, 61, 987].sort());
    const harburg = await valuesOf('99911-01-01-4', '03353');
    expect(harburg.filter((row) => row.flag === '.')).toEqual([expect.objectContaining({ value: null })]);
    expect(harburg.find((row) => row.value === 1230)?.dims).toEqual({ GES: 'GESW' });

    const before = await snapshot();
    const again = await importFile(db, { fileName: 'absolvierende-kopie.csv', bytes });
    expect(again.status).toBe('unchanged');
    expect(await snapshot()).toEqual(before);
  });

  it('registers keys missing from the reference data as provisional regions', async () => {
    const rows = await db.query<{ key: string; name: string; provisional: boolean }>(
      "SELECT key, name, provisional FROM regions WHERE key = '03152'",
    );
    expect(rows.rows).toEqual([{ key: '03152', name: 'Göttingen, Landkreis (alt)', provisional: true }]);
  });

  it('keeps older vintages queryable and makes the newest current', async () => {
    const newer = STADE_HARBURG_ROWS.map((row) =>
      row.key === '03359' ? { ...row, values: ['2100', '1001', '170', '64'] } : row,
    );
    const summary = await importFile(db, {
      fileName: 'absolvierende-2026.csv',
      bytes: classicTableCsv({ table: '99911-01-01-4', stand: '02.02.2026', rows: newer }),
    });
    expect(summary.vintage).toBe('2026-02-02');
    const current = await valuesOf('99911-01-01-4', '03359');
    expect(current.map((row) => row.value).sort()).toEqual([1001, 170, 2100, 64].sort());
    expect(new Set(current.map((row) => row.vintage))).toEqual(new Set(['2026-02-02']));
    const all = await valuesOf('99911-01-01-4', '03359', true);
    expect(all).toHaveLength(8);
    const datasets = await repository.listDatasets(db, { tableCode: '99911-01-01-4' });
    expect(datasets.map((d) => [d.vintage, d.current])).toEqual([
      ['2026-02-02', true],
      ['2025-03-13', false],
    ]);
  });

  it('replaces a table of the same vintage instead of adding to it', async () => {
    const corrected = STADE_HARBURG_ROWS.map((row) =>
      row.key === '03353' ? { ...row, values: ['2514', '1230', '151', '70'] } : row,
    );
    const summary = await importFile(db, {
      fileName: 'absolvierende-korrigiert.csv',
      bytes: classicTableCsv({ table: '99911-01-01-4', stand: '02.02.2026', rows: corrected }),
    });
    expect(summary.replacedDatasets).toHaveLength(1);
    const harburg = await valuesOf('99911-01-01-4', '03353', true);
    expect(
      harburg
        .filter((row) => row.vintage === '2026-02-02')
        .map((row) => row.value)
        .sort(),
    ).toEqual([1230, 151, 2514, 70].sort());
    expect(await repository.listDatasets(db, { tableCode: '99911-01-01-4' })).toHaveLength(2);
  });

  it('writes nothing on a dry run', async () => {
    const before = await snapshot();
    const summary = await importFile(
      db,
      { fileName: 'probe.csv', bytes: classicTableCsv({ table: '99912-01-01-4', rows: STADE_HARBURG_ROWS }) },
      { dryRun: true },
    );
    expect(summary).toMatchObject({ status: 'dry-run', datasetId: null, rows: 20, table: '99912-01-01-4' });
    expect(await snapshot()).toEqual(before);
  });

  const good = new TextDecoder('windows-1252').decode(classicTableCsv({ rows: STADE_HARBURG_ROWS }));
  const badInputs: { name: string; bytes: Uint8Array; message: RegExp }[] = [
    { name: 'leer.csv', bytes: new Uint8Array(), message: /leer\.csv: Die Datei ist leer/ },
    {
      name: 'muell.csv',
      bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
      message: /muell\.csv: Die Datei ist weder Text/,
    },
    {
      name: 'komma.csv',
      bytes: new TextEncoder().encode(good.replace(/;/g, ',')),
      message: /komma\.csv: /,
    },
    {
      name: 'abgeschnitten.csv',
      bytes: new TextEncoder().encode(good.slice(0, good.indexOf('03359;') + 20)),
      message: /abgeschnitten\.csv: Zeile \d+/,
    },
    {
      name: 'falscher-wert.csv',
      bytes: new TextEncoder().encode(good.replace('2034', 'zwei')),
      message: /falscher-wert\.csv: Zeile 13, Spalte 4/,
    },
    {
      name: 'unbekannt.csv',
      bytes: new TextEncoder().encode('Name;Wert\nStade;1\n'),
      message: /unbekannt\.csv: Zeile 1 "Name;Wert" passt zu keinem bekannten Aufbau/,
    },
  ];

  it.each(badInputs)(
    'rejects $name with a clear message and changes nothing',
    async ({ name, bytes, message }) => {
      const before = await snapshot();
      const error = await importFile(db, { fileName: name, bytes }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).userMessage).toMatch(message);
      expect(await snapshot()).toEqual(before);
    },
  );
});
