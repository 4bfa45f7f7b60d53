import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGvWorkbook, makeKreiseWorkbook } from './gemeindeverzeichnis.fixtures.ts';
import { type Gemeindeverzeichnis, parseGemeindeverzeichnis } from './gemeindeverzeichnis.ts';
import { type AreaGeometry, polygonsOf, type Ring, ringArea } from './geometry.ts';
import { type KreiseTable, parseKreiseTable } from './kreise-table.ts';
import {
  buildReference,
  DEFAULT_REFERENCE_FILE,
  decodeReference,
  encodeReference,
  indexRegions,
  KNOWN_SUCCESSIONS,
  type ReferenceSource,
  type RegionReference,
  readReference,
  writeReference,
} from './reference.ts';

function square(x: number, y: number): AreaGeometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  };
}

function area(geometry: AreaGeometry): number {
  return polygonsOf(geometry).reduce((sum, rings: Ring[]) => sum + ringArea(rings[0]!), 0);
}

const SOURCE: ReferenceSource = {
  id: 'gv',
  title: 'Gemeindeverzeichnis',
  publisher: 'Statistisches Bundesamt (Destatis)',
  licence: 'Vervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet.',
  attribution: '© Statistisches Bundesamt (Destatis), 2024',
  url: null,
  referenceDate: '2023-12-31',
  files: ['x_Auszug_GV.xlsx'],
  usedFor: 'Gebietsgliederung',
};

describe('buildReference (hand-made inputs)', () => {
  let gv: Gemeindeverzeichnis;
  let kreise: KreiseTable;
  let reference: RegionReference;
  let dir: string;
  beforeAll(async () => {
    gv = await parseGemeindeverzeichnis(await makeGvWorkbook());
    kreise = await parseKreiseTable(await makeKreiseWorkbook());
    dir = mkdtempSync(path.join(tmpdir(), 'reference-'));
    reference = buildReference({
      builtAt: '2026-01-01T00:00:00.000Z',
      gemeindeverzeichnis: gv,
      kreise,
      sourceIds: { gemeindeverzeichnis: 'gv', tables: 'tables', landGroups: 'ba' },
      districtGeometries: {
        '03359': square(9, 53),
        '03351': square(10, 53),
        '03360': square(9, 52), // retired, merges into 03359
        '01001': square(8, 52), // touches 03359 only at a corner, borders 03360
      },
      stateGeometries: {
        '01': square(8, 52),
        '03': {
          type: 'Polygon',
          coordinates: [
            [
              [9, 52],
              [11, 52],
              [11, 54],
              [9, 54],
              [9, 53],
              [9, 52],
            ],
          ],
        },
      },
      tableRegions: [
        { key: '03359', name: '      Stade, Landkreis', stand: '2025-03-13' },
        { key: '03360', name: '      Uelzen (alt), Landkreis', stand: '2025-03-13' },
        { key: '03152', name: '      Göttingen, Landkreis (alter Name)', stand: '2021-08-17' },
        { key: '03152', name: '      Göttingen,  Landkreis', stand: '2025-03-13' },
        { key: '141', name: '    Chemnitz, Regierungsbezirk', stand: null },
        { key: '14161', name: '      Chemnitz, kreisfreie Stadt', stand: null },
        { key: '11001001', name: '      Berlin-Mitte', stand: null },
        { key: 'DG', name: 'Deutschland', stand: null },
      ],
      landGroups: [{ key: '01_03', name: 'Schleswig-Holstein / Niedersachsen' }],
      sources: [SOURCE],
      successions: [...KNOWN_SUCCESSIONS, { fromKey: '03360', toKey: '03359', date: '2021-07-01' }],
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('carries header and sources', () => {
    expect(reference).toMatchObject({
      format: 'bildungsregion-regions',
      version: 1,
      builtAt: '2026-01-01T00:00:00.000Z',
      territorialStatus: '2023-12-31',
      populationDate: '2023-12-31',
      sources: [SOURCE],
      simplification: { toleranceDegrees: 0.003, decimals: 4 },
    });
  });

  it.each([
    // key, level, parent, historical, successor, successorFrom, validTo, type label
    ['03359', 'district', '033', false, null, null, null, 'Landkreis'],
    ['03360', 'district', '033', true, '03359', '2021-07-01', '2021-06-30', 'Landkreis'],
    ['03152', 'district', '03', true, '03159', '2016-11-01', '2016-10-31', 'Landkreis'],
    ['141', 'gov_region', '14', true, null, null, null, 'Regierungsbezirk'],
    ['14161', 'district', '141', true, null, null, null, 'kreisfreie Stadt'],
    ['11001001', 'municipality', '11000', false, null, null, null, 'Bezirk'],
    ['01_03', 'land_group', 'DG', false, null, null, null, 'Ländergruppe'],
  ])(
    '%s: %s below %s, historical %s, successor %s',
    (key, level, parentKey, historical, successorKey, successorFrom, validTo, typeLabel) => {
      expect(indexRegions(reference).get(key)).toMatchObject({
        level,
        parentKey,
        historical,
        successorKey,
        successorFrom,
        validTo,
        typeLabel,
      });
    },
  );

  it('takes names of retired keys from the newest table and keeps the GV names', () => {
    const regions = indexRegions(reference);
    expect(regions.get('03152')?.name).toBe('Göttingen, Landkreis');
    expect(regions.get('03152')?.source).toBe('tables');
    expect(regions.get('03359')?.name).toBe('Stade');
    expect(regions.get('03359')?.source).toBe('gv');
    expect(regions.get('DG')?.name).toBe('Deutschland');
  });

  it('adds NUTS-3 codes, Gemeinde details and Land group sums', () => {
    const regions = indexRegions(reference);
    expect(regions.get('03359')).toMatchObject({ nuts3: 'DE939', population: 56161, areaKm2: 152.83 });
    expect(regions.get('01001')?.nuts3).toBe('DEF01');
    expect(regions.get('03359003')).toMatchObject({
      parentKey: '033595401',
      ars: '033595401003',
      postalCode: '21641',
      urbanisationCode: '03',
      urbanisation: 'gering besiedelt',
      populationDate: '2023-12-31',
    });
    expect(regions.get('03351501')).toMatchObject({
      unincorporated: true,
      typeLabel: 'gemeindefreies Gebiet, bewohnt',
    });
    expect(regions.get('01_03')).toMatchObject({
      members: ['01', '03'],
      population: 92667 + 56861,
      areaKm2: 301.04,
      populationDate: '2023-12-31',
    });
  });

  it('sorts Germany first, then by key', () => {
    const keys = reference.regions.map((region) => region.key);
    expect(keys[0]).toBe('DG');
    expect(keys.slice(1)).toEqual(keys.slice(1).sort());
  });

  it('merges a retired Kreis into its successor’s boundary and neighbours', () => {
    expect(Object.keys(reference.geometries).sort()).toEqual(['01', '01001', '03', '03351', '03359']);
    expect(area(reference.geometries['03359']!)).toBeCloseTo(2);
    expect(reference.neighbours).toEqual({
      '01001': ['03359'],
      '03351': ['03359'],
      '03359': ['01001', '03351'],
      '01': ['03'],
      '03': ['01'],
    });
  });

  it('round-trips through the file format', () => {
    expect(decodeReference(encodeReference(reference))).toEqual(reference);
    const file = path.join(dir, 'sub', 'regions.json.gz');
    const bytes = writeReference(file, reference);
    expect(statSync(file).size).toBe(bytes);
    expect(readReference(file)).toEqual(reference);
  });

  it.each([
    ['another format', gzipSync(JSON.stringify({ format: 'other', version: 1 })), 'falschen Format'],
    [
      'a newer version',
      gzipSync(JSON.stringify({ format: 'bildungsregion-regions', version: 99 })),
      'Version 99',
    ],
    ['bytes that are no gzip', new Uint8Array([1, 2, 3]), 'unlesbar'],
  ])('rejects %s', (_, bytes, message) => {
    const file = path.join(dir, 'bad.json.gz');
    writeFileSync(file, bytes);
    expect(() => readReference(file)).toThrow(message);
  });
});

describe('the committed reference file', () => {
  let reference: RegionReference;
  let loadMs: number;
  beforeAll(() => {
    const started = performance.now();
    reference = readReference(DEFAULT_REFERENCE_FILE);
    loadMs = performance.now() - started;
  });
  const region = (key: string) => indexRegions(reference).get(key);
  const current = (level: string) => reference.regions.filter((r) => r.level === level && !r.historical);

  it('is small and loads fast', () => {
    expect(existsSync(DEFAULT_REFERENCE_FILE)).toBe(true);
    expect(statSync(DEFAULT_REFERENCE_FILE).size).toBeLessThan(1.5 * 1024 * 1024);
    expect(loadMs).toBeLessThan(1000);
  });

  it.each([
    ['state', 16],
    ['gov_region', 29],
    ['district', 400],
    ['municipal_association', 4597],
    ['land_group', 4],
  ])('has the current %s regions (%i)', (level, count) => {
    expect(current(level)).toHaveLength(count);
  });

  it('has 10,773 Gemeinden, 208 gemeindefreie Gebiete and 12 Berlin Bezirke', () => {
    const municipalities = current('municipality');
    expect(municipalities.filter((r) => r.source === 'destatis-gv-isys' && !r.unincorporated)).toHaveLength(
      10773,
    );
    expect(municipalities.filter((r) => r.unincorporated)).toHaveLength(208);
    expect(municipalities.filter((r) => r.typeLabel === 'Bezirk')).toHaveLength(12);
  });

  it('contains Stade with figures, geometry and neighbours', () => {
    expect(region('03359')).toMatchObject({
      name: 'Stade',
      level: 'district',
      typeLabel: 'Landkreis',
      parentKey: '033',
      population: 211467,
      areaKm2: 1267.4,
      nuts3: 'DE939',
      populationDate: '2023-12-31',
    });
    expect(reference.geometries['03359']?.type).toBe('Polygon');
    // VG5000 leaves the Elbe between Stade and Pinneberg/Steinburg to neither side (1.5–2.2 km gap).
    expect(reference.neighbours['03359']).toEqual(['02000', '03352', '03353', '03357']);
    expect(reference.neighbours['03353']).toEqual(['01053', '02000', '03355', '03357', '03358', '03359']);
  });

  it.each([
    ['03152', '03159', '2016-11-01'],
    ['03156', '03159', '2016-11-01'],
    ['16056', '16063', '2021-07-01'],
  ])('has %s as historical with successor %s from %s', (key, successorKey, successorFrom) => {
    expect(region(key)).toMatchObject({ historical: true, successorKey, successorFrom, level: 'district' });
  });

  it('has the BA Land groups', () => {
    expect(current('land_group').map((r) => `${r.key} ${r.name}`)).toEqual([
      '01_02 Schleswig-Holstein / Hamburg',
      '03_04 Niedersachsen / Bremen',
      '07_10 Rheinland-Pfalz / Saarland',
      '11_12 Berlin / Brandenburg',
    ]);
  });

  it('names its sources with the required credits', () => {
    const sources = Object.fromEntries(reference.sources.map((source) => [source.id, source]));
    expect(sources['destatis-gv-isys']?.attribution).toBe('© Statistisches Bundesamt (Destatis), 2024');
    expect(sources['destatis-gv-isys']?.licence).toContain(
      'Statistisches Bundesamt (Destatis), 2024\nVervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet.',
    );
    expect(sources['bkg-vg5000']?.attribution).toBe('© GeoBasis-DE / BKG 2021 (Daten verändert)');
    expect(sources['bkg-vg5000']?.licence).toContain('dl-de/by-2-0');
    expect(sources.regionalstatistik?.licence).toContain(
      'Datenlizenz Deutschland - Namensnennung - Version 2.0',
    );
  });

  it('has a geometry for every current Kreis and Land, and symmetric neighbours', () => {
    for (const r of [...current('district'), ...current('state')])
      expect(reference.geometries[r.key]).toBeDefined();
    const keys = new Set(reference.regions.map((r) => r.key));
    for (const key of Object.keys(reference.geometries)) expect(keys.has(key)).toBe(true);
    for (const [key, list] of Object.entries(reference.neighbours)) {
      for (const other of list) expect(reference.neighbours[other]).toContain(key);
    }
  });

  it('has a known parent for every region', () => {
    const keys = new Set(reference.regions.map((r) => r.key));
    for (const r of reference.regions) if (r.parentKey !== null) expect(keys.has(r.parentKey)).toBe(true);
  });
});
