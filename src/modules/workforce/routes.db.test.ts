import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../test/auth.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/db.ts';
import { buildApp } from '../../platform/http/app.ts';
import { DEMO_DIR, demoFiles } from '../demo/index.ts';
import { ensureReferenceData } from '../regions/index.ts';
import { importFile } from '../statistics/import-service.ts';
import { ensureOccupationReference } from './service.ts';

let db: TestDatabase;
let app: FastifyInstance;
/** Writes (the hydrogen list) as an editor, everything else as a viewer: the least role that may. */
let editor: SignedIn;
let viewer: SignedIn;

/** The shipped demo extracts this module reads (official BA and Regionalstatistik tables). */
const DEMO_TABLES = /^(BA-ENGPASS|BA-BO-HEFT|13111-07-05-4_.*2020-06-30|21111-02-06-4|21121-02-02-4)/;

/** Own Kreis figures for Option B, in the product's long-CSV format (values invented). */
const LOCAL_CSV = `# table: ENGPASS-LOKAL-STADE
# title: Engpassindikatoren Landkreis Stade (eigene Auswertung, Testwerte)
# publisher: Landkreis Stade, Bildungsbüro
# licence: intern
# column KldB: KLDB | Beruf
# column Niveau: ANFNIV | Anforderungsniveau
region;period;measure;value;KldB;Niveau
03359;2025;vacancy_duration_median;96;8311;2
03359;2025;jobseeker_vacancy_ratio;1,66;8311;2
03359;2025;occupation_unemployment_rate;1,42;8311;2
03359;2025;foreigner_share_change;0,9;8311;2
03359;2025;unemployment_exit_rate;12,5;8311;2
03359;2025;median_wage_change;16,0;8311;2
`;

beforeAll(async () => {
  db = await createTestDatabase();
  await ensureReferenceData(db);
  await ensureOccupationReference(db);
  for (const file of demoFiles(DEMO_DIR).filter((f) => DEMO_TABLES.test(path.basename(f)))) {
    await importFile(db, { fileName: path.basename(file), bytes: new Uint8Array(readFileSync(file)) });
  }
  app = await buildApp({ db, config: { uploadLimit: 1024 * 1024, homeRegion: '03359' } });
  editor = await signIn(app, db, 'editor');
  viewer = await signIn(app, db, 'viewer');
}, 120_000);

afterAll(async () => {
  await app?.close();
  await db?.close();
});

describe('access', () => {
  it('answers 401 without a session and 403 to a viewer who writes', async () => {
    const anonymous = await app.inject({ url: '/api/v1/workforce/bottlenecks?area=DG' });
    expect(anonymous.statusCode).toBe(401);
    const anonymousWrite = await app.inject({
      method: 'PUT',
      url: '/api/v1/workforce/hydrogen/26302',
      payload: { field: 'querschnitt', reasoning: 'Elektrotechnik für die Elektrolyse.' },
    });
    expect(anonymousWrite.statusCode).toBe(401);
    const viewerWrite = await app.inject({
      headers: viewer.headers,
      method: 'PUT',
      url: '/api/v1/workforce/hydrogen/26302',
      payload: { field: 'querschnitt', reasoning: 'Elektrotechnik für die Elektrolyse.' },
    });
    expect(viewerWrite.statusCode).toBe(403);
    const viewerDelete = await app.inject({
      headers: viewer.headers,
      method: 'DELETE',
      url: '/api/v1/workforce/hydrogen/26232',
    });
    expect(viewerDelete.statusCode).toBe(403);
  });
});

describe('occupations', () => {
  it('loads all five KldB levels once and reports nothing to do on the second start', async () => {
    const counts = await db.query<{ level: number; n: number }>(
      'SELECT level::int AS level, count(*)::int AS n FROM occupations GROUP BY level ORDER BY level',
    );
    expect(counts.rows).toEqual([
      { level: 1, n: 10 },
      { level: 2, n: 37 },
      { level: 3, n: 144 },
      { level: 4, n: 703 },
      { level: 5, n: 1301 },
    ]);
    expect(await ensureOccupationReference(db)).toEqual({ loaded: false, occupations: 0 });
  });

  it('searches by title and lists children of a position', async () => {
    const search = await app.inject({
      headers: viewer.headers,
      url: '/api/v1/workforce/occupations?q=kraftwerk&level=5',
    });
    expect(search.statusCode).toBe(200);
    expect(search.json().items.map((o: { code: string }) => o.code)).toEqual(['26232', '26233', '26234']);
    const children = await app.inject({
      headers: viewer.headers,
      url: '/api/v1/workforce/occupations?parent=262',
    });
    expect(children.json().total).toBe(7);
  });

  it('returns one Berufsgattung with parents, Anforderungsniveau and ISCO-08 codes', async () => {
    const response = await app.inject({
      headers: viewer.headers,
      url: '/api/v1/workforce/occupations/52122',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      code: '52122',
      level: 5,
      requirementLevel: 2,
      requirementLevelName: 'Fachkraft',
    });
    expect(body.parents.map((p: { code: string }) => p.code)).toEqual(['5', '52', '521', '5212']);
    expect(body.isco.map((i: { code: string }) => i.code)).toContain('8332');
    const military = await app.inject({
      headers: viewer.headers,
      url: '/api/v1/workforce/occupations/01104',
    });
    expect(military.json().parentCode).toBe('0110');
    const missing = await app.inject({ headers: viewer.headers, url: '/api/v1/workforce/occupations/99999' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/nicht vorhanden/);
  });
});

describe('bottlenecks', () => {
  it('Germany: recomputed category equals the published one for every occupation', async () => {
    const response = await app.inject({
      headers: viewer.headers,
      url: '/api/v1/workforce/bottlenecks?area=DG',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.edition).toBe(2025);
    expect(body.reproduction.rate).toBeGreaterThanOrEqual(0.99);
    expect(body.reproduction.published).toBe(519);
    const truck = body.items.find((item: { kldb: string }) => item.kldb === '52122');
    expect(truck).toMatchObject({
      publishedScore: 2.5,
      computedScore: 2.5,
      computedCategory: 'engpass',
      method: 'ba_germany',
    });
    expect(truck.points).toMatchObject({ vacancy_duration_median: 3 });
    expect(body.cutPoints.indicators).toHaveLength(6);
  });

  it('Kreis: own figures scored with the BA cut-points, the rest from Niedersachsen / Bremen as proxy', async () => {
    const before = await app.inject({
      headers: viewer.headers,
      url: '/api/v1/workforce/bottlenecks?area=03359',
    });
    expect(before.statusCode).toBe(200);
    const proxy = before.json();
    expect(proxy.proxyRegion).toBe('03_04');
    expect(new Set(proxy.items.map((item: { method: string }) => item.method))).toEqual(
      new Set(['land_proxy']),
    );
    expect(proxy.items.every((item: { computedScore: unknown }) => item.computedScore === null)).toBe(true);

    await importFile(db, { fileName: 'engpass-lokal-stade.csv', bytes: new TextEncoder().encode(LOCAL_CSV) });
    const after = (
      await app.inject({ headers: viewer.headers, url: '/api/v1/workforce/bottlenecks?area=03359' })
    ).json();
    const local = after.items.filter((item: { method: string }) => item.method === 'local_estimate');
    // The worked example of the domain notes: 83112 Kinderbetreuung → 3/3/3/1/3/2 = 2.50.
    expect(local).toHaveLength(1);
    expect(local[0]).toMatchObject({
      kldb: '83112',
      computedScore: 2.5,
      computedCategory: 'engpass',
      sourceRegion: '03359',
    });
    expect(
      after.items.some(
        (item: { kldb: string; requirementLevel: string; method: string }) =>
          item.kldb === '831' && item.requirementLevel === '2' && item.method === 'land_proxy',
      ),
    ).toBe(false);
  });

  it('rejects a malformed key and explains missing editions', async () => {
    const bad = await app.inject({
      headers: viewer.headers,
      url: '/api/v1/workforce/bottlenecks?area=Stade',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Regionalschlüssel/);
    const old = await app.inject({
      headers: viewer.headers,
      url: '/api/v1/workforce/bottlenecks?area=DG&edition=2020',
    });
    expect(old.statusCode).toBe(404);
    expect(old.json().error.message).toMatch(/2020.*nicht importiert/);
    const rules = await app.inject({
      headers: viewer.headers,
      url: '/api/v1/workforce/bottleneck-rules/2025',
    });
    expect(rules.json().rules.indicators[0].levels['2'].cuts).toEqual([40, 60, 80]);
  });
});

describe('replacement demand', () => {
  it('Germany by Berufshauptgruppe with own age structure, 5 and 10 years', async () => {
    const response = await app.inject({
      headers: viewer.headers,
      method: 'POST',
      url: '/api/v1/workforce/replacement',
      payload: { area: 'DG' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.segmentBy).toBe('occupation');
    expect(body.horizons.map((h: { horizon: number }) => h.horizon)).toEqual([5, 10]);
    const [five, ten] = body.horizons;
    expect(ten.total.retirement).toBeGreaterThan(five.total.retirement);
    expect(five.segments.length).toBeGreaterThan(30);
    expect(five.segments.every((s: { ageSource: string }) => s.ageSource === 'own')).toBe(true);
  });

  it('Stade by sector with the Germany age structure as labelled proxy; parameters change the result', async () => {
    const base = (
      await app.inject({
        headers: viewer.headers,
        method: 'POST',
        url: '/api/v1/workforce/replacement',
        payload: { area: '03359' },
      })
    ).json();
    expect(base.segmentBy).toBe('sector');
    expect(base.notes.join(' ')).toMatch(/Näherung/);
    expect(base.base.schoolLeaversPerYear).toBe(2074);
    expect(base.base.vocationalGraduatesPerYear).toBe(824);
    const ten = base.horizons[1];
    expect(ten.supply.young).toBeCloseTo(2074 * 10 * 0.55, 6);
    const grown = (
      await app.inject({
        headers: viewer.headers,
        method: 'POST',
        url: '/api/v1/workforce/replacement',
        payload: { area: '03359', params: { growthRate: 0.01, supplyBasis: 'vocational' } },
      })
    ).json();
    expect(grown.horizons[1].total.expansion).toBeGreaterThan(0);
    expect(grown.horizons[1].supply.young).toBeCloseTo(824 * 10 * 0.55, 6);
    const bad = await app.inject({
      headers: viewer.headers,
      method: 'POST',
      url: '/api/v1/workforce/replacement',
      payload: { area: '03359', params: { entryRate: 2 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Eintrittsquote/);
  });
});

describe('hydrogen economy', () => {
  it('ships a documented list the office can edit', async () => {
    const list = (await app.inject({ headers: viewer.headers, url: '/api/v1/workforce/hydrogen' })).json();
    expect(list.length).toBeGreaterThanOrEqual(20);
    expect(
      list.every((entry: { reasoning: string; title: string }) => entry.reasoning.length > 20 && entry.title),
    ).toBe(true);
    const added = await app.inject({
      headers: editor.headers,
      method: 'PUT',
      url: '/api/v1/workforce/hydrogen/26302',
      payload: {
        field: 'querschnitt',
        reasoning: 'Elektrotechnik für Leistungselektronik der Elektrolyse.',
        sources: 'eigene Einschätzung',
      },
    });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({ kldb: '26302', field: 'querschnitt' });
    const upper = await app.inject({
      headers: editor.headers,
      method: 'PUT',
      url: '/api/v1/workforce/hydrogen/26300',
      payload: { field: 'querschnitt', reasoning: 'x' },
    });
    expect(upper.statusCode).toBe(400);
    expect(
      (
        await app.inject({
          headers: editor.headers,
          method: 'DELETE',
          url: '/api/v1/workforce/hydrogen/26302',
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (
        await app.inject({
          headers: editor.headers,
          method: 'DELETE',
          url: '/api/v1/workforce/hydrogen/26302',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('dashboard: bottleneck status, age risk and training supply per occupation', async () => {
    const body = (
      await app.inject({ headers: viewer.headers, url: '/api/v1/workforce/hydrogen/dashboard?area=03359' })
    ).json();
    expect(body.edition).toBe(2025);
    const energy = body.items.find((item: { kldb: string }) => item.kldb === '26232');
    expect(energy.germany.category).toMatch(/engpass|beobachtung|kein_engpass|nicht_bewertet/);
    // BA booklet, Germany 31.12.2019, Berufsuntergruppe 2623: under 25 1,308; 25–54 23,586; 55–64 10,718; 65+ 223.
    expect(energy.share55plus).toBeCloseTo((10_718 + 223) / (1_308 + 23_586 + 10_718 + 223), 9);
    expect(energy.regional.region).toBe('03_04');
    expect(
      body.items.some(
        (item: { graduateEmployeeRatio: number | null }) => item.graduateEmployeeRatio !== null,
      ),
    ).toBe(true);
  });

  it('documents every route in the OpenAPI document under the tag Fachkräfte', async () => {
    const spec = (await app.inject({ url: '/api/v1/openapi.json' })).json();
    const paths = Object.keys(spec.paths).filter((p) => p.includes('/workforce/'));
    expect(paths.length).toBeGreaterThanOrEqual(7);
    for (const p of paths)
      for (const operation of Object.values(spec.paths[p]) as { tags: string[] }[])
        expect(operation.tags).toContain('Fachkräfte');
  });
});
