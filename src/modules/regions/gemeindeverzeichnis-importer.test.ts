import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedData } from '../../../test/shared-data.ts';
import {
  type FileProbe,
  type Importer,
  ImportFormatError,
  type ObservationRecord,
  type TableMetadata,
} from '../statistics/importers/types.ts';
import { makeGvWorkbook, makeKreiseWorkbook, makeOtherWorkbook } from './gemeindeverzeichnis.fixtures.ts';
import {
  destatisKreiseXlsxImporter,
  gemeindeverzeichnisXlsxImporter,
} from './gemeindeverzeichnis-importer.ts';

function probe(fileName: string, kind: FileProbe['kind'] = 'xlsx'): FileProbe {
  return { fileName, head: new Uint8Array([0x50, 0x4b, 0x03, 0x04]), lines: [], kind };
}

async function drain(
  importer: Importer,
  fileName: string,
  bytes: Uint8Array,
): Promise<{ observations: ObservationRecord[]; metadata: TableMetadata }> {
  const stream = await importer.open({ fileName, bytes });
  const observations: ObservationRecord[] = [];
  for (;;) {
    const next = stream.next();
    if (next.done) return { observations, metadata: next.value };
    observations.push(next.value);
  }
}

function valuesOf(observations: ObservationRecord[], region: string): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const observation of observations.filter((o) => o.region === region)) {
    values[[observation.measure, ...Object.values(observation.dims)].join('/')] = observation.value;
  }
  return values;
}

describe('detect', () => {
  it.each([
    ['31122023_Auszug_GV.xlsx', 'xlsx', true, false],
    ['AuszugGV4QAktuell.xlsx', 'xlsx', true, false],
    ['downloads/30062024_Auszug_GV.xlsx', 'xlsx', true, false],
    ['04-kreise.xlsx', 'xlsx', false, true],
    ['04-kreise (1).xlsx', 'xlsx', false, true],
    ['C:\\Daten\\04-Kreise.xlsx', 'xlsx', false, true],
    ['12521-0040-KREISE_$F.xlsx', 'xlsx', false, false],
    ['2025_Länderergebnisse.xlsx', 'xlsx', false, false],
    ['31122023_Auszug_GV.csv', 'text', false, false],
    ['04-kreise.xlsx', 'binary', false, false],
  ] as [string, FileProbe['kind'], boolean, boolean][])('%s (%s)', (fileName, kind, gv, kreise) => {
    expect(gemeindeverzeichnisXlsxImporter.detect(probe(fileName, kind))).toBe(gv);
    expect(destatisKreiseXlsxImporter.detect(probe(fileName, kind))).toBe(kreise);
  });
});

describe('open checks the layout', () => {
  it.each([
    ['the GV importer on another workbook', gemeindeverzeichnisXlsxImporter, makeOtherWorkbook],
    ['the GV importer on the Kreis table', gemeindeverzeichnisXlsxImporter, () => makeKreiseWorkbook()],
    ['the Kreis importer on another workbook', destatisKreiseXlsxImporter, makeOtherWorkbook],
    ['the Kreis importer on the GV', destatisKreiseXlsxImporter, () => makeGvWorkbook()],
    [
      'the GV importer on bytes that are no workbook',
      gemeindeverzeichnisXlsxImporter,
      async () => new Uint8Array(8),
    ],
  ] as [string, Importer, () => Promise<Uint8Array>][])('%s', async (_, importer, make) => {
    const error = await importer
      .open({ fileName: 'x.xlsx', bytes: await make() })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).expected.startsWith('Layout')).toBe(true);
  });
});

describe('gemeindeverzeichnisXlsxImporter (hand-made workbook)', () => {
  it('yields area, population by sex and density for every level', async () => {
    const { observations, metadata } = await drain(
      gemeindeverzeichnisXlsxImporter,
      'x_Auszug_GV.xlsx',
      await makeGvWorkbook(),
    );
    expect(new Set(observations.map((o) => o.period))).toEqual(new Set(['2023-12-31']));
    expect(valuesOf(observations, '03359003')).toEqual({
      area_km2: 20.78,
      population: 4569,
      'population/GESM': 2252,
      'population/GESW': 2317,
      population_density: 220,
    });
    // Above the Gemeinden, sums; density derived from them.
    expect(valuesOf(observations, '03359')).toEqual({
      area_km2: 152.83,
      population: 56161,
      'population/GESM': 27490,
      'population/GESW': 28671,
      population_density: 367,
    });
    expect(new Set(observations.map((o) => o.region))).toEqual(
      new Set(
        ['DG', '01', '01001', '010010000', '01001000', '03', '033', '03351', '033519501', '03351501'].concat([
          '03359',
          '033590038',
          '03359038',
          '033595401',
          '03359003',
          '03359006',
        ]),
      ),
    );
    expect(observations.find((o) => o.region === '03359003')?.line).toBe(20);
    expect(observations.every((o) => o.flag === null)).toBe(true);
    expect(metadata).toMatchObject({
      source: 'destatis',
      tableCode: 'GV-ISYS-AUSZUG',
      publisher: 'Statistisches Bundesamt (Destatis)',
      vintage: '2024-10-01',
      title: 'Gemeinden in Deutschland nach Fläche, Bevölkerung und Postleitzahl am 31.12.2023 (Jahr)',
    });
    expect(metadata.licence).toContain('Statistisches Bundesamt (Destatis), 2024');
    expect(metadata.licence).toContain(
      'Vervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet.',
    );
    expect(metadata.measures.map((m) => m.code)).toEqual(['area_km2', 'population', 'population_density']);
    expect(metadata.dimensions).toEqual([
      {
        code: 'GES',
        label: 'Geschlecht',
        attributes: [
          { code: 'GESM', label: 'männlich' },
          { code: 'GESW', label: 'weiblich' },
        ],
      },
    ]);
    expect(metadata.regionNames['033595401']).toBe('Apensen');
  });

  it('falls back to the Stichtag when the publication month is missing', async () => {
    const { metadata } = await drain(
      gemeindeverzeichnisXlsxImporter,
      'x.xlsx',
      await makeGvWorkbook({ published: null }),
    );
    expect(metadata.vintage).toBe('2023-12-31');
  });
});

describe('destatisKreiseXlsxImporter (hand-made workbook)', () => {
  it('yields Kreise, Land totals and Germany', async () => {
    const { observations, metadata } = await drain(
      destatisKreiseXlsxImporter,
      '04-kreise.xlsx',
      await makeKreiseWorkbook(),
    );
    expect(valuesOf(observations, '03359')).toEqual({
      area_km2: 1267.38,
      population: 204512,
      'population/GESM': 101831,
      'population/GESW': 102681,
      population_density: 161,
    });
    expect([...new Set(observations.map((o) => o.region))]).toEqual([
      '01001',
      '01002',
      '03359',
      '14511',
      '01',
      '03',
      '14',
      'DG',
    ]);
    expect(new Set(observations.map((o) => o.period))).toEqual(new Set(['2019-12-31']));
    expect(metadata).toMatchObject({
      source: 'destatis',
      tableCode: 'DESTATIS-KREISE-FLAECHE-BEVOELKERUNG',
      vintage: '2020-09-01',
      publisher: 'Statistisches Bundesamt (Destatis)',
    });
    expect(metadata.regionNames).toMatchObject({
      '03359': 'Stade',
      '033': 'Statistische Region Lüneburg',
      '145': 'Direktionsbezirk Chemnitz',
    });
  });
});

describe.skipIf(!hasSharedData)('importers on the official files', () => {
  it('yields Stade’s population from 31122023_Auszug_GV.xlsx equal to the file', async () => {
    const file = sharedData('gemeindeverzeichnis/31122023_Auszug_GV.xlsx');
    // The Gemeinde cells, read independently of the parser.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    let population = 0;
    let stadeCity: number | null = null;
    workbook.getWorksheet('Onlineprodukt_Gemeinden31122023')!.eachRow((row) => {
      const cells = row.values as ExcelJS.CellValue[];
      if (cells[1] !== '60' || `${cells[3]}${cells[4]}${cells[5]}` !== '03359') return;
      population += cells[10] as number;
      if (cells[7] === '038') stadeCity = cells[10] as number;
    });

    const { observations, metadata } = await drain(
      gemeindeverzeichnisXlsxImporter,
      '31122023_Auszug_GV.xlsx',
      readFileSync(file),
    );
    const stade = valuesOf(observations, '03359');
    expect(stade.population).toBe(population);
    expect(stade.population).toBe(211467);
    expect(valuesOf(observations, '03359038').population).toBe(stadeCity);
    expect(valuesOf(observations, '03353').population).toBe(263616);
    // DG, 16 Länder, 29 RBs, 400 Kreise, 4597 Gemeindeverbände, 10,981 Gemeinden and gemeindefreie Gebiete.
    expect(observations).toHaveLength(16024 * 5);
    expect(metadata.vintage).toBe('2024-10-01');
  });

  it('yields Stade’s 2019 figures and NUTS-free metadata from 04-kreise.xlsx', async () => {
    const { observations, metadata } = await drain(
      destatisKreiseXlsxImporter,
      '04-kreise.xlsx',
      readFileSync(sharedData('gemeindeverzeichnis/04-kreise.xlsx')),
    );
    expect(valuesOf(observations, '03359')).toMatchObject({ population: 204512, area_km2: 1267.38 });
    expect(valuesOf(observations, 'DG').population).toBe(83166711);
    expect(new Set(observations.map((o) => o.region)).size).toBe(401 + 14 + 1);
    expect(metadata.regionNames['16056']).toBe('Eisenach, Stadt');
  });
});
