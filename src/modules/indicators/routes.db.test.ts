import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../test/auth.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { type ClassicRow, classicTableCsv } from '../../../test/fixtures.ts';
import { buildApp } from '../../platform/http/app.ts';
import { ensureReferenceData } from '../regions/index.ts';
import { importFile } from '../statistics/import-service.ts';

let db: TestDatabase;
let app: FastifyInstance;
let editor: SignedIn;

const TABLE = '99941-01-01-4';
// Leavers in total / female / without Hauptschulabschluss total / female, as in 21111-02-06-4.
const rows = (year: string, values: Record<string, string[]>): ClassicRow[] =>
  Object.entries(values).map(([key, cells]) => ({ year, key, name: `Region ${key}`, values: cells }));

const FORMULA = `{${TABLE}:absolvierende_abgehende__ohne_hauptschulabschluss} / {${TABLE}:absolvierende_abgehende} * 100`;

const customIndicator = {
  id: 'test_leavers_without_hsa',
  theme: 'D',
  nameDe: 'Abgänge ohne Hauptschulabschluss (Test)',
  nameEn: 'Leavers without lower secondary certificate (test)',
  definitionDe: 'Anteil der Abgänge ohne Hauptschulabschluss an allen Absolvierenden und Abgehenden.',
  formula: FORMULA,
  unit: '%',
  decimals: 1,
  polarity: 'lower_is_better',
  disaggregations: ['sex'],
  sources: [{ system: 'regionalstatistik', table: TABLE, title: 'Testtabelle', verification: 'verified' }],
  regionalLevels: ['K'],
  periodicity: 'jährlich',
  verification: 'verified',
};

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureReferenceData(db);
  app = await buildApp({ db, config: { uploadLimit: 1024 * 1024, homeRegion: '03359' } });
  editor = await signIn(app, db, 'editor');
  const years: [string, Record<string, string[]>][] = [
    [
      '2021',
      {
        DG: ['1000', '500', '60', '25'],
        '04011': ['400', '200', '40', '15'],
        '04012': ['100', '50', '10', '5'],
      },
    ],
    [
      '2022',
      {
        DG: ['1000', '500', '55', '25'],
        '04011': ['400', '200', '36', '15'],
        '04012': ['100', '50', '.', '5'],
      },
    ],
    [
      '2023',
      {
        DG: ['1000', '500', '50', '25'],
        '04011': ['400', '200', '32', '15'],
        '04012': ['100', '50', '8', '5'],
      },
    ],
  ];
  await importFile(db, {
    fileName: 'test.csv',
    bytes: classicTableCsv({ table: TABLE, rows: years.flatMap(([year, values]) => rows(year, values)) }),
  });
});

afterAll(async () => {
  await app.close();
  await db.close();
});

describe('indicators API', () => {
  it('lists the standard catalogue of 60 indicators with their data situation', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/indicators' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{
      items: { definition: { id: string }; situation: { status: string; missing: unknown[] } }[];
    }>();
    expect(body.items).toHaveLength(60);
    const leavers = body.items.find((item) => item.definition.id === 'leavers_without_hsa_rate')!;
    expect(leavers.situation.status).toBe('not_imported');
    expect(leavers.situation.missing).toEqual([expect.objectContaining({ table: '21111-02-06-4' })]);
    expect(body.items.some((item) => item.situation.status === 'no_formula')).toBe(true);
  });

  it('gives one indicator with its data situation', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/indicators/leavers_without_hsa_rate' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      definition: { id: 'leavers_without_hsa_rate' },
      custom: false,
      situation: { status: 'not_imported', missing: [expect.objectContaining({ table: '21111-02-06-4' })] },
    });
    const unknown = await app.inject({ method: 'GET', url: '/api/v1/indicators/gibt_es_nicht' });
    expect(unknown.statusCode).toBe(404);
  });

  it('rejects a broken formula with its position', async () => {
    const response = await app.inject({
      method: 'POST',
      headers: editor.headers,
      url: '/api/v1/indicators/check-formula',
      payload: { formula: `{${TABLE}:absolvierende_abgehende} / * 100` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/Zeichen \d+: erwartet/);
    expect(response.json().error.details.position).toBeGreaterThan(0);
    const unknown = await app.inject({
      method: 'POST',
      headers: editor.headers,
      url: '/api/v1/indicators/check-formula',
      payload: { formula: `{${TABLE}:gibt_es_nicht} * 2` },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/gibt_es_nicht/);
  });

  it('computes an editor’s indicator; a confidential input gives a flagged result, never a number', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/indicators',
      payload: customIndicator,
      headers: editor.headers,
    });
    expect(created.statusCode).toBe(201);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/indicators/${customIndicator.id}/values?region=04012`,
    });
    expect(response.statusCode).toBe(200);
    const values = response.json().series[0].values;
    expect(values).toEqual([
      { period: '2021', value: 10, flag: null },
      { period: '2022', value: null, flag: '.' },
      { period: '2023', value: 8, flag: null },
    ]);
  });

  it('sums Kreise to the Land when all are present, compares with Bund, ranks and measures change', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/indicators/${customIndicator.id}/values?region=04011&compare=land,bund,neighbours`,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    const byRole = Object.fromEntries(body.series.map((series: { role: string }) => [series.role, series]));
    expect(byRole.region.values.map((point: { value: number }) => point.value)).toEqual([10, 9, 8]);
    // Bremen (04) is not published: summed from 04011 and 04012 where both are complete.
    expect(byRole.land.values).toEqual([
      { period: '2021', value: 10, flag: null, aggregated: { value: 10, flag: null } },
      { period: '2022', value: null, flag: '.', aggregated: { value: null, flag: '.' } },
      { period: '2023', value: 8, flag: null, aggregated: { value: 8, flag: null } },
    ]);
    // Germany is published and takes precedence.
    expect(byRole.bund.values[2]).toMatchObject({ period: '2023', value: 5, flag: null });
    expect(body.rank).toEqual({ period: '2023', rank: 1, of: 2 });
    expect(body.change.previous).toEqual({
      from: '2022',
      to: '2023',
      absolute: -1,
      percent: expect.closeTo(-11.111, 2),
    });
    expect(body.sources).toEqual([expect.objectContaining({ table: TABLE, vintage: '2025-03-13' })]);
  });

  it('keeps targets and computes their status from the series', async () => {
    const created = await app.inject({
      method: 'POST',
      headers: editor.headers,
      url: `/api/v1/indicators/${customIndicator.id}/targets`,
      payload: { region: '04011', targetValue: 5, targetYear: 2026, direction: 'at_most' },
    });
    expect(created.statusCode).toBe(201);
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/indicators/${customIndicator.id}/values?region=04011`,
    });
    expect(response.json().targets).toEqual([
      expect.objectContaining({
        targetValue: 5,
        targetYear: 2026,
        assessment: expect.objectContaining({ status: 'on_track', projected: expect.closeTo(5, 6) }),
      }),
    ]);
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/v1/targets/${created.json().id}`,
      headers: editor.headers,
    });
    expect(removed.statusCode).toBe(204);
  });

  it('downloads the series, all Kreise of the Land and the sources as XLSX; a secret value stays its marker', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/indicators/${customIndicator.id}/export.xlsx?region=04012&compare=land,bund`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(`${customIndicator.id}_04012.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Verlauf',
      'Kreise',
      'Quellen',
      'Zeichenerklärung',
    ]);
    const rowsOf = (name: string) =>
      (workbook.getWorksheet(name)?.getSheetValues() ?? [])
        .filter(Boolean)
        .map((row) => (row as unknown[]).slice(1));
    const series = rowsOf('Verlauf');
    expect(series[2]).toEqual(['AGS', 'Region', 'Rolle', '2021', '2022', '2023']);
    // 04012: 10/100, then "." (secret), then 8/100; Germany 60/1000 …
    expect(series.find((row) => row[0] === '04012')).toEqual([
      '04012',
      'Bremerhaven, Stadt',
      'Region',
      10,
      '.',
      8,
    ]);
    expect(series.find((row) => row[0] === 'DG')?.slice(3)).toEqual([6, 5.5, 5]);
    const districts = rowsOf('Kreise');
    expect(districts.find((row) => row[0] === '04011')?.slice(2)).toEqual([10, 9, 8]);
    const sources = rowsOf('Quellen').map((row) => row.join(' | '));
    expect(sources.some((line) => line.startsWith(TABLE))).toBe(true);
    expect(sources.some((line) => line.includes('/indikatoren/test_leavers_without_hsa?region=04012'))).toBe(
      true,
    );
    expect(rowsOf('Zeichenerklärung').some((row) => row[0] === '.')).toBe(true);
  });

  it('gives the key figures of a region in one answer, equal to each indicator’s own answer', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/key-figures?region=04012&theme=D' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json() as { items: { indicator: { id: string }; series: unknown[] }[] };
    const custom = items.find((item) => item.indicator.id === customIndicator.id);
    const single = await app.inject({
      method: 'GET',
      url: `/api/v1/indicators/${customIndicator.id}/values?region=04012&compare=land,bund`,
    });
    expect(custom?.series).toEqual(single.json().series);
    const other = await app.inject({ method: 'GET', url: '/api/v1/key-figures?region=04012&theme=A' });
    expect(
      other
        .json()
        .items.some((item: { indicator: { id: string } }) => item.indicator.id === customIndicator.id),
    ).toBe(false);
  });

  it('gives values for all Kreise of a Land', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/v1/indicators/${customIndicator.id}/districts?parent=04&period=2023`,
    });
    expect(response.statusCode).toBe(200);
    expect(
      response
        .json()
        .series.map((series: { region: string; values: unknown[] }) => [series.region, series.values]),
    ).toEqual([
      ['04011', [{ period: '2023', value: 8, flag: null }]],
      ['04012', [{ period: '2023', value: 8, flag: null }]],
    ]);
  });

  it('answers 404 for an unknown indicator and explains an indicator without formula', async () => {
    const missing = await app.inject({
      method: 'GET',
      url: '/api/v1/indicators/gibt_es_nicht/values?region=03359',
    });
    expect(missing.statusCode).toBe(404);
    const noFormula = await app.inject({
      method: 'GET',
      url: '/api/v1/indicators/commuter_balance/values?region=03359',
    });
    expect(noFormula.statusCode).toBe(400);
    expect(noFormula.json().error.message).toMatch(/noch keine Berechnungsvorschrift/);
  });
});
