/**
 * The Kita/Ganztag forecast for Landkreis Stade (03359) from the shipped demo extract of table
 * 12411-0018, loaded through the ordinary import path as `npm start` does, checked against a hand
 * computation of the documented formula; and saved scenarios: create, compare, export, delete.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../test/auth.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/db.ts';
import { buildApp } from '../../../platform/http/app.ts';
import { DEMO_DIR } from '../../demo/index.ts';
import { ensureReferenceData } from '../../regions/index.ts';
import { importFile } from '../../statistics/import-service.ts';
import * as service from './service.ts';

let db: TestDatabase;
let app: FastifyInstance;
/** Scenarios are saved by an editor; the forecast and saved scenarios are read by a viewer. */
let editor: SignedIn;
let viewer: SignedIn;

const DEMO_FILE = '12411-0018_2021-08-17_2015-12-31.extract.jsonl.gz';

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureReferenceData(db);
  await importFile(db, {
    fileName: DEMO_FILE,
    bytes: new Uint8Array(readFileSync(path.join(DEMO_DIR, DEMO_FILE))),
  });
  app = await buildApp({ db, config: { uploadLimit: 1024 * 1024, homeRegion: '03359' } });
  editor = await signIn(app, db, 'editor');
  viewer = await signIn(app, db, 'viewer');
}, 60_000);

afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('access', () => {
  it('answers 401 without a session and 403 to a viewer who saves a scenario', async () => {
    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/v1/workforce/childcare/forecast',
      payload: { region: '03359' },
    });
    expect(anonymous.statusCode).toBe(401);
    const anonymousList = await app.inject({ url: '/api/v1/workforce/childcare/scenarios?region=03359' });
    expect(anonymousList.statusCode).toBe(401);
    const viewerWrite = await app.inject({
      headers: viewer.headers,
      method: 'POST',
      url: '/api/v1/workforce/childcare/scenarios',
      payload: { region: '03359', label: 'Nur lesen' },
    });
    expect(viewerWrite.statusCode).toBe(403);
  });
});

describe('Stade forecast from the demo data, by hand', () => {
  // Inputs read from the demo extract, 12411-0018, Stichtag 31.12.2020, Landkreis Stade (03359):
  //   unter 3 Jahre:         3,194 male + 2,930 female = 6,124
  //   3 bis unter 6 Jahre:   3,283 male + 3,016 female = 6,299
  //   6 bis unter 10 Jahre:  4,039 male + 3,761 female = 7,800
  // Default parameters: births constant, closed cohorts; care rates 2.0 / 36.3 / 62.9 % (ages 0/1/2)
  // and 95 % (3–5); 35 h/week (factor 35/40); ratios 1:4.1 (U3) and 1:8.6 (Ü3); Leitung 6 %;
  // 0.75 FTE per person; staff derived from 2020; age shares 50–54 12 %, 55–59 11 %, 60+ 10 %,
  // retirement at 65; other exits 3 %; 120 graduates × 70 % entry + 0 lateral = 84 entries per year;
  // Ganztag take-up 75 % entitled / 45 % other, existing places 45 % of 2020's 7,800 pupils, 17.1 places/FTE.
  const age0to2 = 6124 / 3; // each of ages 0, 1, 2 and every later birth cohort
  const age3to5 = 6299 / 3;
  const age6to9 = 7800 / 4;
  const u3Fte = (age0to2 * (0.02 + 0.363 + 0.629) * (35 / 40)) / 4.1;
  const fteKita2020 = (u3Fte + (3 * age3to5 * 0.95 * (35 / 40)) / 8.6) * 1.06;
  // From 2023 on, ages 0–5 are all born after the base date: 2,041.33 each.
  const fteKitaLater = (u3Fte + (3 * age0to2 * 0.95 * (35 / 40)) / 8.6) * 1.06;
  const staff2020 = fteKita2020 / 0.75;
  // Retirements in years 1–5: the 60+ band (10 %) spread over ages 60–64 → 2 % of 2020's staff a year.
  const staff2021 = staff2020 * (1 - 0.03) - 0.02 * staff2020 + 84;
  const staff2022 = staff2021 * (1 - 0.03) - 0.02 * staff2020 + 84;
  const existingPlaces = 0.45 * 7800;
  // 2026/27: grade 1 entitled. Pupils (ages 6, 7, 8, 9 on 31.12.2026) come from 2020's ages 0, 1, 2, 3.
  const demand2026 = age0to2 * 0.75 + (2 * age0to2 + age3to5) * 0.45;
  // 2029/30: all grades entitled; ages 6–9 in 2029 are 2020's ages 0–2 and the 2021 births.
  const demand2029 = 4 * age0to2 * 0.75;

  let result: Awaited<ReturnType<typeof service.forecast>>;
  beforeAll(async () => {
    result = await service.forecast(db, { region: '03359', horizonYear: 2035, params: {} });
  });

  it('reads the base population from the imported age table', () => {
    expect(result.region.name).toMatch(/Stade/);
    expect(result.base).toMatchObject({ year: 2020, under3: 6124, age3to5: 6299, age6to9: 7800 });
    expect(result.base.source).toMatchObject({
      table: '12411-0018',
      period: '2020-12-31',
      vintage: '2021-08-17',
    });
    expect(result.years.map((row) => row.year)).toEqual(Array.from({ length: 16 }, (_, i) => 2020 + i));
    expect(result.staffPersonsDerived).toBe(true);
  });

  it.each([
    // year, required Kita FTE, Ganztag demand, additional Ganztag FTE
    [2020, fteKita2020, 4 * age6to9 * 0.45, 0],
    [2026, fteKitaLater, demand2026, (demand2026 - existingPlaces) / 17.1],
    [2029, fteKitaLater, demand2029, (demand2029 - existingPlaces) / 17.1],
    [2035, fteKitaLater, demand2029, (demand2029 - existingPlaces) / 17.1],
  ])('%i: Kita FTE, Ganztag demand and FTE', (year, fteKita, demand, fteGanztag) => {
    const row = result.years.find((entry) => entry.year === year)!;
    expect(row.fteKita).toBeCloseTo(fteKita, 6);
    expect(row.ganztagDemand).toBeCloseTo(demand, 6);
    expect(row.fteGanztag).toBeCloseTo(fteGanztag, 6);
    expect(row.requiredFte).toBeCloseTo(fteKita + fteGanztag, 6);
  });

  it('states the figures a reader can check: 2020 ≈ 1,112.7 Kita FTE, 2029/30 ≈ 152.9 additional Ganztag FTE', () => {
    // U3: 2,041.33 × 1.012 × 0.875 / 4.1 = 440.88; Ü3: 6,299 × 0.95 × 0.875 / 8.6 = 608.84; (1,049.72) × 1.06 = 1,112.70.
    expect(fteKita2020).toBeCloseTo(1112.7, 1);
    // 4 × 2,041.33 × 0.75 = 6,124 places wanted − 3,510 existing = 2,614 / 17.1 = 152.87.
    expect((demand2029 - existingPlaces) / 17.1).toBeCloseTo(152.9, 1);
  });

  it.each([
    [2020, staff2020],
    [2021, staff2021],
    [2022, staff2022],
  ])('%i: staff and the gap in FTE', (year, staff) => {
    const row = result.years.find((entry) => entry.year === year)!;
    expect(row.staffPersons).toBeCloseTo(staff, 6);
    expect(row.availableFte).toBeCloseTo(staff * 0.75, 6);
    expect(row.gapFte).toBeCloseTo(row.requiredFte - staff * 0.75, 6);
  });

  it('answers over HTTP and refuses a region without age data with a German message', async () => {
    const ok = await app.inject({
      headers: viewer.headers,
      method: 'POST',
      url: '/api/v1/workforce/childcare/forecast',
      payload: { region: '03359' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().years).toHaveLength(16);
    const missing = await app.inject({
      headers: viewer.headers,
      method: 'POST',
      url: '/api/v1/workforce/childcare/forecast',
      payload: { region: '09162' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/keine Bevölkerung nach Altersgruppen/);
    const bad = await app.inject({
      headers: viewer.headers,
      method: 'POST',
      url: '/api/v1/workforce/childcare/forecast',
      payload: { region: '03359', params: { ratioU3: 0 } },
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('scenarios', () => {
  let statusQuo: number;
  let recommended: number;

  it('saves scenarios and refuses a duplicate name', async () => {
    const first = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: '/api/v1/workforce/childcare/scenarios',
      payload: { region: '03359', label: 'Status quo', params: { staffPersons: 1500 } },
    });
    expect(first.statusCode).toBe(201);
    statusQuo = first.json().id;
    // The scenario names the account that saved it.
    const account = await db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [editor.email]);
    expect(first.json().createdBy).toBe(account.rows[0]!.id);
    const second = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: '/api/v1/workforce/childcare/scenarios',
      payload: {
        region: '03359',
        label: 'Empfohlener Schlüssel',
        params: { staffPersons: 1500, ratioU3: 3, ratioUe3: 7.5 },
      },
    });
    expect(second.statusCode).toBe(201);
    recommended = second.json().id;
    const duplicate = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: '/api/v1/workforce/childcare/scenarios',
      payload: { region: '03359', label: 'Status quo' },
    });
    expect(duplicate.statusCode).toBe(409);
    const list = await app.inject({
      headers: viewer.headers,
      method: 'GET',
      url: '/api/v1/workforce/childcare/scenarios?region=03359',
    });
    expect(list.json().items.map((s: { label: string }) => s.label)).toEqual([
      'Empfohlener Schlüssel',
      'Status quo',
    ]);
  });

  it('compares side by side: better ratios need more staff, same supply', async () => {
    const response = await app.inject({
      headers: viewer.headers,
      method: 'GET',
      url: `/api/v1/workforce/childcare/scenarios/compare?ids=${statusQuo},${recommended}`,
    });
    expect(response.statusCode).toBe(200);
    const [a, b] = response.json().items;
    expect(a.scenario.label).toBe('Status quo');
    const a2030 = a.forecast.years.find((row: { year: number }) => row.year === 2030);
    const b2030 = b.forecast.years.find((row: { year: number }) => row.year === 2030);
    expect(b2030.requiredFte).toBeGreaterThan(a2030.requiredFte);
    expect(b2030.availableFte).toBeCloseTo(a2030.availableFte, 9);
    expect(a.forecast.years[0].staffPersons).toBe(1500);
    expect(a.forecast.parameters.find((p: { key: string }) => p.key === 'ratioU3').isDefault).toBe(true);
    expect(b.forecast.parameters.find((p: { key: string }) => p.key === 'ratioU3')).toMatchObject({
      value: 3,
      isDefault: false,
    });
  });

  it('exports CSV and XLSX with the parameters and their sources', async () => {
    const csv = await app.inject({
      headers: viewer.headers,
      method: 'GET',
      url: `/api/v1/workforce/childcare/scenarios/export?ids=${statusQuo},${recommended}&format=csv`,
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Szenario;Region;Jahr;Schuljahr;/);
    expect(lines.filter((line) => line.startsWith('Status quo;'))).toHaveLength(16);
    expect(lines.some((line) => line.startsWith('# Status quo: Basis 12411-0018'))).toBe(true);

    const xlsx = await app.inject({
      headers: viewer.headers,
      method: 'GET',
      url: `/api/v1/workforce/childcare/scenarios/export?ids=${statusQuo}&format=xlsx`,
    });
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Prognose')!;
    expect(sheet.rowCount).toBe(17);
    expect(sheet.getRow(2).getCell(3).value).toBe(2020);
    const params = workbook.getWorksheet('Parameter')!;
    const ratio = params.getRows(2, params.rowCount - 1)!.find((row) => row.getCell(2).value === 'ratioU3')!;
    expect(String(ratio.getCell(6).value)).toMatch(/Bertelsmann/);
  });

  it('keeps a chosen base year with the scenario', async () => {
    const created = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: '/api/v1/workforce/childcare/scenarios',
      payload: { region: '03359', label: 'Basis 2018', baseYear: 2018, params: {} },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().baseYear).toBe(2018);
    const compared = await app.inject({
      headers: viewer.headers,
      method: 'GET',
      url: `/api/v1/workforce/childcare/scenarios/compare?ids=${created.json().id}`,
    });
    const forecast = compared.json().items[0].forecast;
    expect(forecast.base).toMatchObject({ year: 2018, source: { period: '2018-12-31' } });
    expect(forecast.base.availablePeriods).toEqual([
      '2020-12-31',
      '2019-12-31',
      '2018-12-31',
      '2017-12-31',
      '2016-12-31',
      '2015-12-31',
    ]);
    expect(forecast.years[0].year).toBe(2018);
    const missing = await app.inject({
      headers: editor.headers,
      method: 'POST',
      url: '/api/v1/workforce/childcare/scenarios',
      payload: { region: '03359', label: 'Basis 2010', baseYear: 2010, params: {} },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/für das Basisjahr 2010/);
  });

  it('updates and deletes', async () => {
    const updated = await app.inject({
      headers: editor.headers,
      method: 'PUT',
      url: `/api/v1/workforce/childcare/scenarios/${statusQuo}`,
      payload: { region: '03359', label: 'Status quo 2030', horizonYear: 2030, params: {} },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ label: 'Status quo 2030', horizonYear: 2030, params: {} });
    const removed = await app.inject({
      headers: editor.headers,
      method: 'DELETE',
      url: `/api/v1/workforce/childcare/scenarios/${statusQuo}`,
    });
    expect(removed.statusCode).toBe(204);
    const again = await app.inject({
      headers: editor.headers,
      method: 'DELETE',
      url: `/api/v1/workforce/childcare/scenarios/${statusQuo}`,
    });
    expect(again.statusCode).toBe(404);
  });
});
