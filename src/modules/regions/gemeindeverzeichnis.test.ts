import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasSharedData, sharedData } from '../../../test/shared-data.ts';
import { ImportFormatError } from '../statistics/importers/types.ts';
import {
  GV_FIXTURE_ROWS,
  GV_HEADER_LABELS,
  KREISE_FIXTURE_ROWS,
  makeGvWorkbook,
  makeKreiseWorkbook,
  makeOtherWorkbook,
} from './gemeindeverzeichnis.fixtures.ts';
import {
  type Gemeindeverzeichnis,
  type GvRegion,
  parseGemeindeverzeichnis,
  TEXT_CODE_LABELS,
} from './gemeindeverzeichnis.ts';
import { type KreiseTable, parseKreiseTable } from './kreise-table.ts';

const GV_FILE = 'gemeindeverzeichnis/31122023_Auszug_GV.xlsx';
const KREISE_FILE = 'gemeindeverzeichnis/04-kreise.xlsx';

function byKey(gv: Gemeindeverzeichnis): Map<string, GvRegion> {
  return new Map(gv.regions.map((region) => [region.key, region]));
}

async function parseError(bytes: Promise<Uint8Array>): Promise<ImportFormatError> {
  const error = await parseGemeindeverzeichnis(await bytes).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ImportFormatError);
  return error as ImportFormatError;
}

describe('parseGemeindeverzeichnis (hand-made workbook)', () => {
  let gv: Gemeindeverzeichnis;
  let regions: Map<string, GvRegion>;
  beforeAll(async () => {
    gv = await parseGemeindeverzeichnis(await makeGvWorkbook());
    regions = byKey(gv);
  });

  it('reads title, Stichtag, publication month and the © block', () => {
    expect(gv.referenceDate).toBe('2023-12-31');
    expect(gv.publishedMonth).toBe('2024-10');
    expect(gv.publisher).toBe('Statistisches Bundesamt (Destatis)');
    expect(gv.attribution).toBe('© Statistisches Bundesamt (Destatis), 2024');
    expect(gv.licence).toBe(
      '© Daten (im Auftrag der Herausgebergemeinschaft Statistische Ämter des Bundes und der Länder)\n' +
        'Statistisches Bundesamt (Destatis), 2024\n' +
        'Vervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet.',
    );
    expect(gv.urbanisationLabels).toEqual({
      '01': 'dicht besiedelt',
      '02': 'mittlere Besiedlungsdichte',
      '03': 'gering besiedelt',
    });
  });

  it.each([
    // key, level, type label, parent
    ['DG', 'country', 'Bund', null],
    ['01', 'state', 'Land', 'DG'],
    ['01001', 'district', 'kreisfreie Stadt', '01'],
    ['010010000', 'municipal_association', 'verbandsfreie Gemeinde', '01001'],
    ['01001000', 'municipality', 'kreisfreie Stadt', '01001'],
    ['033', 'gov_region', 'Statistische Region', '03'],
    ['03359', 'district', 'Landkreis', '033'],
    ['033595401', 'municipal_association', 'Samtgemeinde', '03359'],
    ['03359003', 'municipality', 'kreisangehörige Gemeinde', '033595401'],
    ['03359038', 'municipality', 'Stadt', '03359'],
    ['03351501', 'municipality', 'gemeindefreies Gebiet, bewohnt', '03351'],
  ])('%s: %s, %s, parent %s', (key, level, typeLabel, parentKey) => {
    const region = regions.get(key);
    expect(region).toMatchObject({ level, typeLabel, parentKey });
  });

  it('reads the Gemeinde columns', () => {
    expect(regions.get('03359003')).toMatchObject({
      name: 'Apensen',
      ars: '033595401003',
      areaKm2: 20.78,
      population: 4569,
      populationMale: 2252,
      populationFemale: 2317,
      density: 220,
      postalCode: '21641',
      longitude: 9.613698,
      latitude: 53.433183,
      urbanisation: '03',
      unincorporated: false,
    });
    expect(regions.get('03351501')?.unincorporated).toBe(true);
  });

  it.each([
    ['033595401', 42.76, 7453, 3723, 3730],
    ['03359', 152.83, 56161, 27490, 28671],
    ['03351', 91.48, 700, 400, 300],
    ['033', 244.31, 56861, 27890, 28971],
    ['03', 244.31, 56861, 27890, 28971],
    ['DG', 301.04, 149528, 73795, 75733],
  ])('sums the Gemeinden of %s', (key, area, population, male, female) => {
    expect(regions.get(key)).toMatchObject({
      areaKm2: area,
      population,
      populationMale: male,
      populationFemale: female,
    });
  });

  it('keeps the file order below Germany', () => {
    expect(gv.regions.map((region) => region.key).slice(0, 4)).toEqual(['DG', '01', '01001', '010010000']);
  });

  it('skips the Regionen of Baden-Württemberg (Satzart 30)', async () => {
    const rows = [
      ['10', null, '08', null, null, null, null, 'Baden-Württemberg'],
      ['20', null, '08', '1', null, null, null, 'Reg.-Bez. Stuttgart'],
      ['30', null, '08', '1', '1', null, null, 'Region Stuttgart'],
      ['40', '42', '08', '1', '11', null, null, 'Stuttgart, Stadtkreis'],
      ['50', '50', '08', '1', '11', '0000', null, 'Stuttgart, Landeshauptstadt'],
      [
        '60',
        '62',
        '08',
        '1',
        '11',
        '0000',
        '000',
        'Stuttgart, Landeshauptstadt',
        207.33,
        633484,
        316030,
        317454,
        3055,
      ],
    ];
    const parsed = byKey(await parseGemeindeverzeichnis(await makeGvWorkbook({ rows })));
    expect([...parsed.keys()]).toEqual(['DG', '08', '081', '08111', '081110000', '08111000']);
    expect(parsed.get('08111')?.parentKey).toBe('081');
    expect(parsed.get('08111000')?.longitude).toBeNull();
  });

  it.each([
    ['another sheet', makeOtherWorkbook(), 'Layout des Gemeindeverzeichnisses (Tabellenblatt', null],
    [
      'a changed column header',
      makeGvWorkbook({ header: GV_HEADER_LABELS.map((label) => (label === 'männlich' ? 'Männer' : label)) }),
      'Layout des Gemeindeverzeichnisses: Spaltenkopf „männlich“',
      4,
    ],
    [
      'a title without Stichtag',
      makeGvWorkbook({ title: 'Gemeinden in Deutschland' }),
      'Layout: Titel mit Stichtag',
      1,
    ],
    [
      'no Gemeinde rows',
      makeGvWorkbook({ rows: GV_FIXTURE_ROWS.slice(0, 1) }),
      'Layout: Gemeindezeilen',
      null,
    ],
    [
      'bytes that are no workbook',
      Promise.resolve(new Uint8Array([1, 2, 3])),
      'Layout: eine lesbare Excel',
      null,
    ],
  ])('complains about %s with a "Layout" error', async (_, bytes, expected, line) => {
    const error = await parseError(bytes);
    expect(error.expected.startsWith(expected)).toBe(true);
    expect(error.line).toBe(line);
  });

  it.each([
    ['an unknown Satzart', 0, 0, '70', 'Satzart', 1],
    ['a Kreis key with one digit', 1, 4, '1', 'Kreis mit 2 Ziffern', 5],
    ['an unknown Textkennzeichen', 1, 1, '49', 'Textkennzeichen', 2],
    ['a coordinate with a decimal point', 3, 14, '9.43751', 'Koordinate mit Dezimalkomma', 15],
    ['a population that is text', 3, 9, 'k. A.', 'Bevölkerung insgesamt als Zahl', 10],
  ])('reports %s with row and column', async (_, rowIndex, cellIndex, value, expected, column) => {
    const rows = GV_FIXTURE_ROWS.map((row) => row.slice());
    rows[rowIndex]![cellIndex] = value;
    const error = await parseError(makeGvWorkbook({ rows }));
    expect(error.expected).toContain(expected);
    expect(error.line).toBe(7 + rowIndex);
    expect(error.column).toBe(column);
  });

  it('names every Textkennzeichen of the file', () => {
    for (const code of [
      '41',
      '42',
      '43',
      '44',
      '45',
      '50',
      '51',
      '52',
      '53',
      '54',
      '55',
      '56',
      '58',
      '60',
      '61',
      '62',
      '63',
      '64',
      '65',
      '66',
      '67',
    ]) {
      expect(TEXT_CODE_LABELS[code]).toBeTruthy();
    }
  });
});

describe('parseKreiseTable (hand-made workbook)', () => {
  it('reads Kreise with NUTS-3, Land totals and Germany', async () => {
    const table = await parseKreiseTable(await makeKreiseWorkbook());
    expect(table.referenceDate).toBe('2019-12-31');
    expect(table.publishedMonth).toBe('2020-09');
    expect(table.attribution).toBe('© Statistisches Bundesamt (Destatis), 2020');
    expect(table.kreise.map((kreis) => `${kreis.key} ${kreis.nuts3}`)).toEqual([
      '01001 DEF01',
      '01002 DEF02',
      '03359 DE939',
      '14511 DED41',
    ]);
    expect(table.kreise.find((kreis) => kreis.key === '03359')).toMatchObject({
      typeLabel: 'Landkreis',
      name: 'Stade',
      areaKm2: 1267.38,
      population: 204512,
      populationMale: 101831,
      populationFemale: 102681,
      density: 161,
    });
    expect(table.totals.map((total) => total.key)).toEqual(['01', '03', '14', 'DG']);
    // Excel stored Sachsen's Direktionsbezirk key as the number 145.
    expect(table.headingNames['145']).toBe('Direktionsbezirk Chemnitz');
  });

  it('complains about another layout', async () => {
    const error = await parseKreiseTable(await makeOtherWorkbook()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).expected.startsWith('Layout der Kreistabelle')).toBe(true);
  });

  it('reports a figure that is no number', async () => {
    const rows = KREISE_FIXTURE_ROWS.map((row) => row.slice());
    rows[1]![5] = '.';
    const error = await parseKreiseTable(await makeKreiseWorkbook(rows)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).line).toBe(9);
  });
});

/** The file's cells read straight with exceljs, independent of the parser. */
async function gemeindeCells(
  prefix: string,
): Promise<{ area: number; population: number; male: number; female: number; count: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(sharedData(GV_FILE));
  const sheet = workbook.getWorksheet('Onlineprodukt_Gemeinden31122023')!;
  const sum = { area: 0, population: 0, male: 0, female: 0, count: 0 };
  sheet.eachRow((row) => {
    const cells = row.values as ExcelJS.CellValue[];
    const key = `${cells[3]}${cells[4]}${cells[5]}`;
    if (cells[1] !== '60' || !key.startsWith(prefix)) return;
    sum.area += cells[9] as number;
    sum.population += cells[10] as number;
    sum.male += cells[11] as number;
    sum.female += cells[12] as number;
    sum.count++;
  });
  return sum;
}

describe.skipIf(!hasSharedData)('parseGemeindeverzeichnis (31122023_Auszug_GV.xlsx)', () => {
  let gv: Gemeindeverzeichnis;
  let regions: Map<string, GvRegion>;
  const count = (predicate: (region: GvRegion) => boolean) => gv.regions.filter(predicate).length;
  beforeAll(async () => {
    gv = await parseGemeindeverzeichnis(readFileSync(sharedData(GV_FILE)));
    regions = byKey(gv);
  });

  it.each([
    ['Länder', (region: GvRegion) => region.level === 'state', 16],
    ['Regierungsbezirke / Statistische Regionen', (region: GvRegion) => region.level === 'gov_region', 29],
    ['Kreise', (region: GvRegion) => region.level === 'district', 400],
    ['Gemeindeverbände', (region: GvRegion) => region.level === 'municipal_association', 4597],
    ['Gemeinden', (region: GvRegion) => region.level === 'municipality' && !region.unincorporated, 10773],
    ['gemeindefreie Gebiete', (region: GvRegion) => region.unincorporated, 208],
    ['kreisfreie Städte', (region: GvRegion) => region.textCode === '41' || region.textCode === '42', 106],
  ])('%s', (_, predicate, expected) => {
    expect(count(predicate)).toBe(expected);
  });

  it('dates the figures from the title', () => {
    expect(gv.referenceDate).toBe('2023-12-31');
    expect(gv.publishedMonth).toBe('2024-10');
    expect(gv.licence).toContain(
      'Vervielfältigung und Verbreitung, auch auszugsweise, mit Quellenangabe gestattet.',
    );
  });

  it.each([
    ['03359', 'Stade', 'Landkreis', '033', 40],
    ['03353', 'Harburg', 'Landkreis', '033', 42],
  ])(
    '%s %s: %s below %s, figures equal to the file cells',
    async (key, name, typeLabel, parentKey, gemeinden) => {
      const cells = await gemeindeCells(key);
      expect(cells.count).toBe(gemeinden);
      expect(regions.get(key)).toMatchObject({
        name,
        typeLabel,
        parentKey,
        level: 'district',
        population: cells.population,
        populationMale: cells.male,
        populationFemale: cells.female,
        areaKm2: Math.round(cells.area * 100) / 100,
      });
    },
  );

  it.each([
    ['03359', 211467, 1267.4],
    ['03353', 263616, 1248.47],
    ['DG', 84669326, 357683.85],
  ])('%s has %i inhabitants on %s km²', (key, population, area) => {
    expect(regions.get(key)).toMatchObject({ population, areaKm2: area });
  });

  it.each([
    ['033', 'Statistische Region Lüneburg', '03'],
    ['02000', 'Hamburg, Freie und Hansestadt', '02'],
    ['02000000', 'Hamburg, Freie und Hansestadt', '02000'],
    ['11000', 'Berlin, Stadt', '11'],
    ['03241001', 'Hannover, Landeshauptstadt', '03241'],
    ['033535401', 'Elbmarsch', '03353'],
    ['03353007', 'Drage', '033535401'],
    ['03353005', 'Buchholz in der Nordheide, Stadt', '03353'],
    ['03359038', 'Stade, Hansestadt', '03359'],
    ['10041100', 'Saarbrücken, Landeshauptstadt', '10041'],
    ['16063', 'Wartburgkreis', '16'],
    // Gemeindefreie Gebiete outside any Kreis hang below their Land.
    ['07000999', 'Gemeinsames deutsch-luxemburgisches Hoheitsgebiet', '07'],
    ['13000999', 'Küstengewässer einschl. Anteil am Festlandsockel', '13'],
  ])('%s %s below %s', (key, name, parentKey) => {
    expect(regions.get(key)).toMatchObject({ name, parentKey });
  });

  it('has parents for all regions and no Eisenach', () => {
    for (const region of gv.regions) if (region.parentKey) expect(regions.has(region.parentKey)).toBe(true);
    expect(regions.has('16056')).toBe(false);
  });

  it('sums the Länder to Germany', () => {
    const states = gv.regions.filter((region) => region.level === 'state');
    expect(states.reduce((sum, state) => sum + state.population, 0)).toBe(regions.get('DG')?.population);
  });
});

describe.skipIf(!hasSharedData)('parseKreiseTable (04-kreise.xlsx)', () => {
  let table: KreiseTable;
  beforeAll(async () => {
    table = await parseKreiseTable(readFileSync(sharedData(KREISE_FILE)));
  });

  it('reads 401 Kreise of 31.12.2019 with NUTS-3 codes', () => {
    expect(table.referenceDate).toBe('2019-12-31');
    expect(table.kreise).toHaveLength(401);
    expect(table.kreise.every((kreis) => /^DE[0-9A-G][0-9A-Z]{2}$/.test(kreis.nuts3))).toBe(true);
  });

  it.each([
    ['03359', 'DE939', 204512, 1267.38],
    ['03353', 'DE933', 254431, 1248.45],
    ['16056', 'DEG0N', 42250, 104.17],
  ])('%s → %s', (key, nuts3, population, area) => {
    expect(table.kreise.find((kreis) => kreis.key === key)).toMatchObject({
      nuts3,
      population,
      areaKm2: area,
    });
  });

  it('has totals for 14 Länder and Germany', () => {
    expect(table.totals).toHaveLength(15);
    expect(table.totals.at(-1)).toMatchObject({ key: 'DG', population: 83166711 });
  });
});
