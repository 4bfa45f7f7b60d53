/**
 * Every official file in ../shared/data goes through the real import path into the database,
 * and for Stade (03359) and Harburg (03353) the stored values equal the file's cells, read here
 * independently of the parsers with plain string splitting or exceljs cell addresses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureReferenceData } from '../src/modules/regions/index.ts';
import { importFile } from '../src/modules/statistics/import-service.ts';
import { queryObservations } from '../src/modules/statistics/repository.ts';
import { AppError } from '../src/platform/errors.ts';
import { createTestDatabase, type TestDatabase } from './db.ts';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from './shared-data.ts';

if (!hasSharedData) console.warn(SHARED_DATA_SKIP_REASON);

const TARGETS = ['03359', '03353'];

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureReferenceData(db);
});

afterAll(async () => {
  await db?.close();
});

async function importShared(...segments: string[]) {
  const file = sharedData(...segments);
  return importFile(db, { fileName: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
}

async function stored(table: string, region: string, period?: string) {
  return queryObservations(
    db,
    { table, region, ...(period ? { period } : {}) },
    { limit: 100_000, offset: 0 },
  );
}

/** A cell as the file has it: numbers normalised (`6,4` → `6.4`), markers as they stand. */
function cellToken(cell: string): string | null {
  const trimmed = cell.trim();
  if (trimmed === '') return null;
  if (/^-?\d+(,\d+)?$/.test(trimmed)) return String(Number(trimmed.replace(',', '.')));
  if (['-', '.', 'x', '/', '...'].includes(trimmed)) return trimmed;
  return null; // a label (row dimension), not a value
}

function storedTokens(rows: { value: number | null; flag: string | null }[]): string[] {
  return rows.map((row) => (row.value === null ? row.flag! : String(row.value))).sort();
}

/** All value cells of the data lines of one region (and period) in a classic Regionaldatenbank CSV. */
function classicCells(file: string, region: string, period?: string): string[] {
  const text = new TextDecoder('windows-1252').decode(readFileSync(file));
  const tokens: string[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split(';');
    const keyIndex = fields[0] === region ? 0 : fields[1] === region ? 1 : -1;
    if (keyIndex === -1) continue;
    if (
      period &&
      keyIndex === 1 &&
      fields[0] !== period &&
      !fields[0]!.split('.').reverse().join('-').startsWith(period)
    ) {
      continue;
    }
    for (const cell of fields.slice(keyIndex + 2)) {
      const token = cellToken(cell);
      if (token !== null) tokens.push(token);
    }
  }
  return tokens.sort();
}

describe.skipIf(!hasSharedData)('official files: every value equals the file', () => {
  const classic: [string, string, string][] = [
    ['regionalstatistik', '21111-01-03-4.csv', '21111-01-03-4'],
    ['regionalstatistik', '21111-02-06-4.csv', '21111-02-06-4'],
    ['regionalstatistik', '21121-02-02-4.csv', '21121-02-02-4'],
    ['regionalstatistik', '13211-02-05-4.csv', '13211-02-05-4'],
    ['regionalstatistik', '82411-01-03-4.csv', '82411-01-03-4'],
  ];
  it.each(classic)('classic table %s/%s', async (folder, file, table) => {
    const summary = await importShared(folder, file);
    expect(summary.table).toBe(table);
    expect(summary.vintage).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const region of TARGETS) {
      expect(storedTokens(await stored(table, region))).toEqual(
        classicCells(sharedData(folder, file), region),
      );
    }
  });

  it('classic tables of 2021 with several years and without a time column', async () => {
    const summary = await importShared('regionalstatistik-2021', '13211-02-05-4.csv');
    expect(summary.periods).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
    for (const region of TARGETS) {
      for (const period of summary.periods) {
        expect(storedTokens(await stored('13211-02-05-4', region, period))).toEqual(
          classicCells(sharedData('regionalstatistik-2021', '13211-02-05-4.csv'), region, period),
        );
      }
    }
    // The same table downloaded in 2025 for 2025 stays: different vintage and periods.
    for (const year of ['2015', '2016', '2017', '2018', '2019', '2020']) {
      const sector = await importShared('regionalstatistik-2021', `13111-07-05-4_${year}.csv`);
      expect(sector.periods).toEqual([`${year}-06-30`]);
      for (const region of TARGETS) {
        expect(storedTokens(await stored('13111-07-05-4', region, `${year}-06-30`))).toEqual(
          classicCells(sharedData('regionalstatistik-2021', `13111-07-05-4_${year}.csv`), region),
        );
      }
    }
  });

  it('GENESIS-Online classic CSV (12411-0018) per Stichtag', async () => {
    const summary = await importShared('genesis-online', '12411-0018.csv');
    expect(summary.periods).toContain('2020-12-31');
    for (const region of TARGETS) {
      for (const period of ['2015-12-31', '2020-12-31']) {
        expect(storedTokens(await stored('12411-0018', region, period))).toEqual(
          classicCells(sharedData('genesis-online', '12411-0018.csv'), region, period),
        );
      }
    }
  });

  it('GENESIS-Online classic CSV keyed by Land names (12211-1003)', async () => {
    const summary = await importShared('genesis-online', '12211-1003-DLAND_.F.csv');
    expect(summary.regions).toBe(16);
    const niedersachsen = await stored('12211-1003', '03');
    const text = new TextDecoder('windows-1252').decode(
      readFileSync(sharedData('genesis-online', '12211-1003-DLAND_.F.csv')),
    );
    const expected = text
      .split('\n')
      .filter((line) => line.startsWith('2022;Niedersachsen;'))
      .flatMap((line) => line.split(';').slice(4).map(cellToken))
      .filter((token): token is string => token !== null)
      .sort();
    expect(storedTokens(niedersachsen)).toEqual(expected);
    expect(niedersachsen.some((row) => row.flag === '/' && row.value === null)).toBe(true);
  });

  it('GENESIS ffcsv (new flat) from the API', async () => {
    const summary = await importShared('genesis-api', '12411-01-01-4_1773175772751_de_flat.csv');
    expect(summary.table).toBe('12411-01-01-4');
    const stade = await stored('12411-01-01-4', '03359', '2024-12-31');
    const byDims = Object.fromEntries(stade.map((row) => [JSON.stringify(row.dims), row.value]));
    expect(byDims).toEqual({ '{}': 207700, '{"GES":"GESM"}': 103090, '{"GES":"GESW"}': 104610 });
    const harburg = await stored('12411-01-01-4', '03353', '2024-12-31');
    expect(harburg.find((row) => Object.keys(row.dims).length === 0)?.value).toBe(265864);
  });

  it('GENESIS ffcsv zipped, and its markers', async () => {
    const summary = await importShared('genesis-api', '13111-01-03-4_1773175029986_de_flat.zip');
    expect(summary.rows).toBe(3300);
    expect(summary.markers['-']).toBeGreaterThan(0);
    const stade = await stored('13111-01-03-4', '03359', '2025-06-30');
    expect(stade.length).toBeGreaterThan(0);
    expect(stade.every((row) => row.value === null && (row.flag === '-' || row.flag === '.'))).toBe(true);
  });

  it('GENESIS old flat CSV from the API (2024) and from GENESIS-Online', async () => {
    await importShared('genesis-api', '13111-01-03-4_flat.csv');
    const stade = await stored('13111-01-03-4', '03359', '2023-06-30');
    const total = stade.find((row) => Object.keys(row.dims).length === 0);
    expect(total?.value).toBe(64891);
    expect(stade.find((row) => row.dims.GES === 'GESM' && !row.dims.NAT)?.value).toBe(32997);
    expect(
      (await stored('13111-01-03-4', '03353', '2023-06-30')).find((row) => Object.keys(row.dims).length === 0)
        ?.value,
    ).toBe(72217);

    const unemployed = await importShared('genesis-online', '13211-0009-DLAND_$F_flat.csv');
    expect(unemployed.rows).toBe(1536);
    const qualification = await importShared('genesis-online', '13111-0002_$F_flat.csv');
    expect(qualification.rows).toBe(96);
  });

  it('GENESIS-Online xlsx (12521-0040)', async () => {
    const file = sharedData('genesis-online', '12521-0040-KREISE_$F.xlsx');
    await importShared('genesis-online', '12521-0040-KREISE_$F.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0]!;
    for (const region of TARGETS) {
      let expected: number[] = [];
      sheet.eachRow((row) => {
        if (String(row.getCell(1).value).trim() === region) {
          expected = [2, 3, 4, 5]
            .map((column) => row.getCell(column).value)
            .filter((v): v is number => typeof v === 'number');
        }
      });
      const rows = await stored('12521-0040', region);
      expect(rows.map((row) => row.value).sort()).toEqual(expected.sort());
    }
  });

  it('Gemeindeverzeichnis xlsx: Stade and Harburg population and area', async () => {
    const summary = await importShared('gemeindeverzeichnis', '31122023_Auszug_GV.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(sharedData('gemeindeverzeichnis', '31122023_Auszug_GV.xlsx'));
    const sheet = workbook.worksheets.find((ws) => ws.name.startsWith('Onlineprodukt'))!;
    // The GV prints figures only on Gemeinde rows (Satzart 60); a Kreis is the sum of its Gemeinden.
    for (const region of TARGETS) {
      let population = 0;
      let area = 0;
      sheet.eachRow((row) => {
        const key = [3, 4, 5].map((column) => String(row.getCell(column).value ?? '')).join('');
        if (String(row.getCell(1).value) === '60' && key === region) {
          area += Number(row.getCell(9).value);
          population += Number(row.getCell(10).value);
        }
      });
      expect(population).toBeGreaterThan(200_000);
      const rows = await stored(summary.table, region);
      const value = (measure: string) =>
        rows.find((row) => row.measure === measure && Object.keys(row.dims).length === 0)?.value;
      expect(value('population')).toBe(population);
      expect(value('area_km2')).toBeCloseTo(area, 6);
    }
  });

  it('BA workbooks: Engpassanalyse Germany, Länder and the occupations booklet', async () => {
    for (const file of [
      '2025_Deutschland_Engpass.xlsx',
      '2025_Deutschland_Risiko_Ergänzung.xlsx',
      '2025_Länderergebnisse.xlsx',
      'bo-heft-d-0-201912-xlsx.xlsx',
    ]) {
      const summary = await importShared('ba', file);
      expect(summary.rows).toBeGreaterThan(100);
    }
    const groups = await db.query<{ region_key: string }>(
      "SELECT DISTINCT region_key FROM observations WHERE region_key LIKE '%\\_%' ORDER BY 1",
    );
    expect(groups.rows.map((row) => row.region_key)).toContain('03_04');
  });

  const statusReplies: [string, RegExp][] = [
    ['status-98_table-too-large_12531-0043.json', /98/],
    ['status-99_job-created_12531-0043.json', /12531-0043_175879554/],
    ['status-104_catalogue-results-not-ready_12531-0043.json', /104/],
    ['status-104_no-objects_63121-0001.json', /104/],
    ['status-minus1_no-data-cube_61111-0021.json', /-1/],
    ['status-0_catalogue-results-ready_12531-0043.json', /12531-0043_175879554/],
    ['12411-01-01-4_metadata-table_de.json', /Metadaten/],
  ];
  it.each(statusReplies)('GENESIS REST reply %s becomes a clear error', async (file, message) => {
    const before = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM datasets');
    const error = await importShared('genesis-api', file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('import.api_status');
    expect((error as AppError).userMessage).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')}: `));
    expect((error as AppError).userMessage).toMatch(message);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM datasets')).rows[0]!.n).toBe(
      before.rows[0]!.n,
    );
  });

  it('importing a file a second time adds nothing', async () => {
    const before = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM observations');
    const again = await importShared('regionalstatistik', '21111-02-06-4.csv');
    expect(again.status).toBe('unchanged');
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM observations')).rows[0]!.n).toBe(
      before.rows[0]!.n,
    );
  });
});
