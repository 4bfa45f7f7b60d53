import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_DIR } from '../../../test/shared-data.ts';
import { buildReferenceFromSources, readGeoJsonAreas, scanClassicTableRegions } from './build-reference.ts';
import { DEFAULT_REFERENCE_FILE, readReference } from './reference.ts';

const TIMED = [
  'GENESIS-Tabelle: 21111-02-06-4',
  'Absolvierende/Abgehende allgemeinbildender Schulen nach;;;;',
  ';;;Insgesamt;weiblich',
  '2023;DG;Deutschland;791562;384104',
  '2023;03;  Niedersachsen;77466;37508',
  '2023;033;    Statistische Region Lüneburg;16567;8047',
  '2023;03152;      Göttingen, Landkreis;-;-',
  '2023;03359;      Stade, Landkreis;2097;1022',
  '2023;03359;      Stade, Landkreis;2097;1022',
  '__________',
  '"zu ""gesamte Tabelle"":',
  '2023;99999;not data"',
  '"© Statistische Ämter des Bundes und der Länder, Deutschland, 2025.',
  'Dieses Werk ist lizenziert unter der Datenlizenz Deutschland',
  '- Namensnennung - Version 2.0."',
  'Stand: 13.03.2025 / 16:40:08',
].join('\n');

const UNTIMED = [
  'Tabelle: 13111-07-05-4',
  'Stichtag: 30.06.2020;;;;;;;;',
  ';;;Insgesamt;männlich',
  'DG;Deutschland;Land- und Forstwirtschaft, Fischerei (A);247538;167922',
  '11001001;      Berlin-Mitte;Insgesamt;1;2',
  '16056;      Eisenach, kreisfreie Stadt;Insgesamt;-;-',
].join('\r\n');

describe('scanClassicTableRegions', () => {
  it.each([
    [
      'with a time column',
      TIMED,
      '21111-02-06-4',
      '2025-03-13',
      ['DG', '03', '033', '03152', '03359'],
      '© Statistische Ämter des Bundes und der Länder, Deutschland, 2025. Dieses Werk ist lizenziert unter der Datenlizenz Deutschland - Namensnennung - Version 2.0.',
    ],
    ['without a time column', UNTIMED, '13111-07-05-4', null, ['DG', '11001001', '16056'], null],
  ])('%s', (_, text, tableCode, stand, keys, copyright) => {
    const scan = scanClassicTableRegions(text);
    expect(scan.tableCode).toBe(tableCode);
    expect(scan.stand).toBe(stand);
    expect(scan.copyright).toBe(copyright);
    expect(scan.regions.map((region) => region.key)).toEqual(keys);
  });

  it('keeps the indented names as written', () => {
    expect(scanClassicTableRegions(TIMED).regions[3]).toEqual({
      key: '03152',
      name: '      Göttingen, Landkreis',
    });
  });
});

describe('readGeoJsonAreas', () => {
  const feature = (ars: string, x: number) => ({
    type: 'Feature',
    properties: { ARS: ars, GEN: ars },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 0],
          [x + 1, 0],
          [x + 1, 1],
          [x, 0],
        ],
      ],
    },
  });

  it('keeps the first feature per ARS (the land area) and counts the rest', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [feature('01', 0), feature('03', 1), feature('01', 5)],
    });
    const { geometries, skipped } = readGeoJsonAreas(text, 'x.geojson');
    expect(Object.keys(geometries)).toEqual(['01', '03']);
    expect(geometries['01']?.type).toBe('Polygon');
    expect(skipped).toBe(1);
  });

  it.each([
    ['no FeatureCollection', { type: 'Feature' }],
    [
      'a feature without ARS',
      { type: 'FeatureCollection', features: [{ ...feature('01', 0), properties: {} }] },
    ],
    [
      'a line',
      { type: 'FeatureCollection', features: [{ ...feature('01', 0), geometry: { type: 'LineString' } }] },
    ],
  ])('rejects %s', (_, data) => {
    expect(() => readGeoJsonAreas(JSON.stringify(data), 'x.geojson')).toThrow('x.geojson');
  });
});

describe.skipIf(!hasSharedData)('buildReferenceFromSources (shared/data)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reference-build-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the reference that is committed', async () => {
    const file = path.join(dir, 'regions.json.gz');
    const summary = await buildReferenceFromSources(SHARED_DATA_DIR, file);
    expect(summary).toMatchObject({
      outFile: file,
      territorialStatus: '2023-12-31',
      landGroups: ['01_02', '03_04', '07_10', '11_12'],
      geometries: { districts: 400, states: 16 },
      berlinBezirke: 12,
      sources: [
        'destatis-gv-isys',
        'destatis-kreise',
        'bkg-vg5000',
        'regionalstatistik',
        'ba-engpassanalyse',
      ],
    });
    expect(summary.historical).toEqual(
      expect.arrayContaining(['03152', '03156', '05354', '13001', '141', '15101', '16056']),
    );
    expect(summary.warnings).toEqual([
      '9 Wasserflächen-Features (Küstengewässer, Bodensee) der Länder übergangen.',
    ]);
    expect(summary.bytes).toBeLessThan(1.5 * 1024 * 1024);

    // The committed file must match what the sources give today (apart from the build time).
    const built = readReference(file);
    const committed = readReference(DEFAULT_REFERENCE_FILE);
    expect(committed.regions).toEqual(built.regions);
    expect(committed.neighbours).toEqual(built.neighbours);
    expect(committed.geometries).toEqual(built.geometries);
    expect(committed.sources).toEqual(built.sources);
  });
});
