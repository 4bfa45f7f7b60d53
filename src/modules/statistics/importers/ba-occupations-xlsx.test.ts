import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from '../../../../test/shared-data.ts';
import { baOccupationsXlsxImporter } from './ba-occupations-xlsx.ts';
import { drain } from './importers.fixtures.ts';
import { type FileProbe, ImportFormatError } from './types.ts';

/** Column → dimensions, as documented for the importer (Tabelle I and Tabelle II). */
const TABLE_I: Record<string, Record<string, string>> = {
  B: {},
  C: { GES: 'GESM' },
  D: { GES: 'GESW' },
  E: { NAT: 'NATD' },
  F: { NAT: 'NATA' },
  G: { ALTER: 'unter_25_jahre' },
  H: { ALTER: '25_bis_unter_55_jahre' },
  I: { ALTER: '55_bis_unter_65_jahre' },
  J: { ALTER: '65_jahre_und_aelter' },
  K: { ALTER: '65_jahre_und_aelter_bis_zur_regelaltersgrenze' },
  L: { PERSGR: 'AZUBI' },
  M: { PERSGR: 'AZUBI', GES: 'GESM' },
  N: { PERSGR: 'AZUBI', GES: 'GESW' },
};
const TABLE_II: Record<string, Record<string, string>> = {
  C: { ARBZEIT: 'VOLLZEIT' },
  D: { ARBZEIT: 'TEILZEIT' },
  E: { ANFNIV: '1' },
  F: { ANFNIV: '2' },
  G: { ANFNIV: '3' },
  H: { ANFNIV: '4' },
  I: { BERAB: 'OHNE' },
  J: { BERAB: 'ANERKANNT' },
  K: { BERAB: 'AKADEMISCH' },
  L: { BERAB: 'UNBEKANNT' },
};

function same(dims: Record<string, string>, expected: Record<string, string>): boolean {
  const keys = Object.keys(dims).filter((key) => key !== 'KLDB');
  return keys.length === Object.keys(expected).length && keys.every((key) => dims[key] === expected[key]);
}

function probe(fileName: string): FileProbe {
  return { fileName, head: new Uint8Array(), lines: [], kind: 'xlsx' };
}

describe('baOccupationsXlsxImporter.detect', () => {
  it('answers for bo-heft files only', () => {
    expect(baOccupationsXlsxImporter.detect(probe('bo-heft-d-0-201912-xlsx.xlsx'))).toBe(true);
    expect(baOccupationsXlsxImporter.detect(probe('bo-heft-03359-0-202306-xlsx.xlsx'))).toBe(true);
    expect(baOccupationsXlsxImporter.detect(probe('wz-heft-d-0-202006-xlsx.xlsx'))).toBe(false);
    expect(baOccupationsXlsxImporter.detect({ ...probe('bo-heft-d-0-201912-xlsx.xlsx'), kind: 'text' })).toBe(
      false,
    );
  });
});

describe.skipIf(!hasSharedData)(
  `Beschäftigte nach Berufen, Deutschland 31.12.2019 (${SHARED_DATA_SKIP_REASON})`,
  () => {
    const file = sharedData('ba', 'bo-heft-d-0-201912-xlsx.xlsx');

    it('parses all eight tables and matches the cells read independently', async () => {
      const bytes = new Uint8Array(readFileSync(file));
      const { records, metadata } = drain(
        await baOccupationsXlsxImporter.open({ fileName: 'bo-heft-d-0-201912-xlsx.xlsx', bytes }),
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);

      // 8311 Kinderbetreuung and the Insgesamt row, both tables of the SVB.
      for (const [sheetName, columns] of [
        ['SVB - Tabelle I', TABLE_I],
        ['SVB - Tabelle II', TABLE_II],
      ] as const) {
        const sheet = workbook.getWorksheet(sheetName)!;
        for (const [label, kldb] of [
          ['8311 ', '8311'],
          ['Insgesamt', null],
        ] as const) {
          let row = 12;
          while (!String(sheet.getCell(row, 1).value).startsWith(label)) row++;
          for (const [column, dims] of Object.entries(columns)) {
            const found = records.filter(
              (record) =>
                record.measure === 'svb' &&
                record.dims.KLDB === (kldb ?? undefined) &&
                same(record.dims, dims),
            );
            expect(found, `${sheetName} ${column}${row}`).toEqual([
              {
                region: 'DG',
                period: '2019-12-31',
                measure: 'svb',
                dims: kldb === null ? dims : { KLDB: kldb, ...dims },
                value: sheet.getCell(`${column}${row}`).value,
                flag: null,
                line: row,
              },
            ]);
          }
        }
      }
      expect(
        records.find((record) => record.dims.KLDB === '8311' && Object.keys(record.dims).length === 1)?.value,
      ).toBe(925_412);

      // One record per filled value cell; "*" cells are flags (except totals Tabelle II shows).
      let cells = 0;
      let stars = 0;
      let filled = 0;
      for (const sheet of workbook.worksheets) {
        const match = /^(SVB|GB|aGB|iNGB) - Tabelle (I|II)$/.exec(sheet.name);
        if (!match) continue;
        const other = workbook.getWorksheet(`${match[1]} - Tabelle ${match[2] === 'I' ? 'II' : 'I'}`)!;
        const lastColumn =
          match[2] === 'I' ? Object.keys(TABLE_I).length + 1 : Object.keys(TABLE_II).length + 2;
        for (let row = 12; row <= sheet.rowCount; row++) {
          const label = String(sheet.getCell(row, 1).value ?? '');
          if (!/^(\d{1,5} |Insgesamt$|Keine Zuordnung möglich$)/.test(label)) continue;
          for (let column = match[2] === 'I' ? 2 : 3; column <= lastColumn; column++) {
            const value = sheet.getCell(row, column).value;
            if (value === null || value === '') continue;
            cells++;
            if (value !== '*') continue;
            if (column === 2 && typeof other.getCell(row, 2).value === 'number') filled++;
            else stars++;
          }
        }
      }
      expect(records).toHaveLength(cells);
      const flagged = records.filter((record) => record.flag !== null);
      expect(flagged).toHaveLength(stars);
      expect(flagged.every((record) => record.flag === '*' && record.value === null)).toBe(true);
      expect(filled).toBeGreaterThan(0);
      expect(metadata.notes.some((note) => note.startsWith(`${filled} Gesamtwerte`))).toBe(true);

      expect(new Set(records.map((record) => record.measure))).toEqual(new Set(['svb', 'gb', 'agb', 'ingb']));
      expect(records.some((record) => record.dims.KLDB === '01')).toBe(true);
      expect(records.some((record) => record.dims.KLDB === 'keine_zuordnung_moeglich')).toBe(true);
      expect(metadata).toMatchObject({
        source: 'ba',
        tableCode: 'BA-BO-HEFT',
        title: 'Beschäftigte nach Berufen (KldB 2010) (Quartalszahlen) – Deutschland, Stichtag 31.12.2019',
        publisher: 'Statistik der Bundesagentur für Arbeit',
        vintage: '2020-07-15',
        regionNames: { DG: 'Deutschland' },
      });
      expect(metadata.licence).toMatch(/^© Statistik der Bundesagentur für Arbeit\n/);
      expect(metadata.licence).toContain('gewerbliche Zwecke');
      expect(metadata.measures.map((measure) => measure.code)).toEqual(['svb', 'gb', 'agb', 'ingb']);
      const codes = metadata.dimensions.map((dimension) => dimension.code);
      expect(codes).toEqual(
        expect.arrayContaining(['KLDB', 'GES', 'NAT', 'ALTER', 'PERSGR', 'ARBZEIT', 'ANFNIV', 'BERAB']),
      );
      const kldb = metadata.dimensions.find((dimension) => dimension.code === 'KLDB')!;
      expect(kldb.attributes).toContainEqual({
        code: '8311',
        label: 'Berufe i.d. Kinderbetreuung, -erziehung',
      });
      expect(kldb.attributes.filter((attribute) => attribute.code.length === 2)).toHaveLength(37);
    });
  },
);

type Cell = string | number | null;

/** A booklet in the BA layout: Deckblatt, Impressum and the SVB tables with header rows 8–11. */
async function booklet(options: {
  region: string;
  stichtag: string;
  tableI: Cell[][];
  tableII?: Cell[][];
}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Deckblatt');
  const impressum = workbook.addWorksheet('Impressum');
  impressum.getCell('A4').value = 'Impressum';
  impressum.getCell('A9').value = 'Titel:';
  impressum.getCell('C9').value = 'Beschäftigte nach Berufen (KldB 2010) (Quartalszahlen)';
  impressum.getCell('A11').value = 'Region:';
  impressum.getCell('C11').value = options.region;
  impressum.getCell('A15').value = 'Erstellungsdatum:';
  impressum.getCell('C15').value = '10. Januar 2024';
  impressum.getCell('A45').value = 'Nutzungsbedingungen:';
  impressum.getCell('C45').value = '© Statistik der Bundesagentur für Arbeit';

  const table = (name: string, title: string, header: [Cell[], Cell[], Cell[]], rows: Cell[][]) => {
    const sheet = workbook.addWorksheet(name);
    const width = header[2].length;
    sheet.getCell('A4').value = title;
    sheet.getCell('A5').value = options.region;
    sheet.getCell('A6').value = `Stichtag ${options.stichtag}`;
    sheet.getCell('A8').value =
      'ausgeübte Tätigkeit nach der KldB 2010;\nBerufshauptgruppen, Berufsgruppen und -untergruppen';
    sheet.mergeCells('A8:A11');
    header.forEach((cells, index) => {
      cells.forEach((value, column) => {
        if (value !== null) sheet.getCell(8 + index, column + 2).value = value;
      });
    });
    sheet.mergeCells('B8:B10');
    for (let column = 2; column <= width + 1; column++) sheet.getCell(11, column).value = column - 1;
    rows.forEach((cells, index) => {
      cells.forEach((value, column) => {
        if (value !== null) sheet.getCell(12 + index, column + 1).value = value;
      });
    });
    const footer = 12 + rows.length;
    sheet.getCell(footer, 7).value = '© Statistik der Bundesagentur für Arbeit';
    sheet.getCell(footer + 1, 1).value = {
      richText: [
        { text: '*)', font: { vertAlign: 'superscript' } },
        { text: ' Aus Datenschutzgründen … anonymisiert.' },
      ],
    };
    sheet.mergeCells(footer + 1, 1, footer + 1, width + 1);
    return sheet;
  };

  const one = table(
    'SVB - Tabelle I',
    '1. Sozialversicherungspflichtig Beschäftigte nach der ausgeübten Tätigkeit',
    [
      [
        'Insgesamt',
        'darunter ',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        'darunter: Auszubildende',
        null,
        null,
      ],
      [
        null,
        'Geschlecht',
        null,
        'Staatsangehörigkeit',
        null,
        'Altersgruppen',
        null,
        null,
        null,
        null,
        'Geschlecht',
        null,
        null,
      ],
      [
        null,
        'Männer',
        'Frauen',
        'Deutsche',
        'Ausländer',
        'unter 25\nJahre',
        '25 bis unter 55 Jahre',
        '55 bis unter 65 Jahre ',
        '65 Jahre und älter',
        'darunter\n\nbis zur Regelalters-grenze',
        'Insgesamt',
        'Männer',
        'Frauen',
      ],
    ],
    options.tableI,
  );
  one.mergeCells('C8:K8');
  one.mergeCells('L8:N8');
  one.mergeCells('C9:D9');
  one.mergeCells('E9:F9');
  one.mergeCells('G9:K9');
  one.mergeCells('L9:N9');
  if (options.tableII) {
    const two = table(
      'SVB - Tabelle II',
      '2. Sozialversicherungspflichtig Beschäftigte nach der ausgeübten Tätigkeit',
      [
        ['Insgesamt', 'darunter', null, null, null, null, null, null, null, null, null],
        [
          null,
          'Arbeitszeit',
          null,
          'Anforderungsniveau aus der KldB2010',
          null,
          null,
          null,
          'Berufsabschluss',
          null,
          null,
          null,
        ],
        [
          null,
          'in Vollzeit',
          'in Teilzeit',
          'Helfer',
          'Fachkraft',
          'Spezialist',
          ' Experte',
          'Ohne berufl. Ausbildungs- abschluss',
          'mit anerkanntem Berufs- abschluss 1)',
          'mit akademi-schem Berufs-abschluss 2)',
          'Ausbildung unbekannt',
        ],
      ],
      options.tableII,
    );
    two.mergeCells('C8:L8');
    two.mergeCells('C9:D9');
    two.mergeCells('E9:H9');
    two.mergeCells('I9:L9');
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const STADE_I: Cell[][] = [
  [
    'Insgesamt',
    60_000,
    33_000,
    27_000,
    55_000,
    5_000,
    7_000,
    40_000,
    12_000,
    1_000,
    300,
    2_500,
    1_400,
    1_100,
  ],
  ['davon:'],
  [
    '26 Mechatronik-, Energie- und Elektroberufe',
    3_000,
    2_800,
    200,
    2_700,
    300,
    500,
    2_000,
    450,
    50,
    20,
    300,
    290,
    10,
  ],
  ['262 Energietechnik', 1_200, 1_150, 50, 1_100, 100, 200, 800, 180, 20, 8, 120, 118, '*'],
  ['2621 Berufe in der Bauelektrik', 900, 880, 20, 830, 70, 150, 600, 135, 15, 6, 100, 98, '*'],
  ['Keine Zuordnung möglich', 40, 25, 15, 30, 10, 5, 30, 5, 0, 0, 0, 0, 0],
];

describe('BA booklets built in the test', () => {
  it('reads a Kreis edition: region from the file name, Stichtag from the table', async () => {
    const bytes = await booklet({ region: 'Stade', stichtag: '30.06.2023', tableI: STADE_I });
    const { records, metadata } = drain(
      await baOccupationsXlsxImporter.open({ fileName: 'bo-heft-03359-0-202306-xlsx.xlsx', bytes }),
    );
    expect(records).toHaveLength(5 * 13);
    expect(records.every((record) => record.region === '03359' && record.period === '2023-06-30')).toBe(true);
    expect(records.slice(0, 3)).toEqual([
      {
        region: '03359',
        period: '2023-06-30',
        measure: 'svb',
        dims: {},
        value: 60_000,
        flag: null,
        line: 12,
      },
      {
        region: '03359',
        period: '2023-06-30',
        measure: 'svb',
        dims: { GES: 'GESM' },
        value: 33_000,
        flag: null,
        line: 12,
      },
      {
        region: '03359',
        period: '2023-06-30',
        measure: 'svb',
        dims: { GES: 'GESW' },
        value: 27_000,
        flag: null,
        line: 12,
      },
    ]);
    const electric = records.filter((record) => record.dims.KLDB === '2621');
    for (const [index, [column, dims]] of Object.entries(TABLE_I).entries()) {
      const expected = STADE_I[4]![index + 1];
      const found = electric.filter((record) => same(record.dims, dims));
      expect(found, column).toEqual([
        expect.objectContaining({
          value: expected === '*' ? null : expected,
          flag: expected === '*' ? '*' : null,
          line: 16,
        }),
      ]);
    }
    expect(records.filter((record) => record.dims.KLDB === '26')).toHaveLength(13);
    expect(records.filter((record) => record.dims.KLDB === 'keine_zuordnung_moeglich')).toHaveLength(13);
    expect(metadata).toMatchObject({
      tableCode: 'BA-BO-HEFT',
      vintage: '2024-01-10',
      regionNames: { '03359': 'Stade' },
      licence: '© Statistik der Bundesagentur für Arbeit',
    });
    expect(metadata.dimensions.find((dimension) => dimension.code === 'ALTER')?.attributes).toContainEqual({
      code: '65_jahre_und_aelter_bis_zur_regelaltersgrenze',
      label: 'darunter bis zur Regelaltersgrenze',
    });
  });

  it('takes the key from the region text and merges the repeated total of Tabelle II', async () => {
    const bytes = await booklet({
      region: 'Landkreis Stade (03359)',
      stichtag: '31.12.2023',
      tableI: [
        ['Insgesamt', 60_000],
        ['2621 Berufe in der Bauelektrik', '*'],
      ],
      tableII: [
        ['Insgesamt', 60_000, 45_000, 15_000, 9_000, 35_000, 8_000, 8_000, 7_000, 40_000, 8_000, 5_000],
        ['2621 Berufe in der Bauelektrik', 900, 850, 50, 100, 700, 60, 40, 90, 760, '*', '*'],
      ],
    });
    const { records, metadata } = drain(
      await baOccupationsXlsxImporter.open({ fileName: 'upload.xlsx', bytes }),
    );
    expect(metadata.regionNames).toEqual({ '03359': 'Landkreis Stade' });
    const totals = records.filter(
      (record) => Object.keys(record.dims).filter((key) => key !== 'KLDB').length === 0,
    );
    expect(totals.map(({ dims, value, flag, line }) => ({ kldb: dims.KLDB, value, flag, line }))).toEqual([
      { kldb: undefined, value: 60_000, flag: null, line: 12 },
      { kldb: '2621', value: 900, flag: null, line: 13 },
    ]);
    expect(
      records.filter((record) => record.dims.KLDB === '2621' && record.dims.BERAB === 'AKADEMISCH'),
    ).toEqual([expect.objectContaining({ value: null, flag: '*', line: 13 })]);
    expect(records.filter((record) => record.dims.ANFNIV === '4')).toHaveLength(2);
    expect(metadata.notes.some((note) => note.startsWith('1 Gesamtwerte'))).toBe(true);
  });

  it('gives Kreis, Land and Deutschland editions of any date the same table code', async () => {
    const editions = [
      { region: 'Stade', stichtag: '30.06.2023', fileName: 'bo-heft-03359-0-202306-xlsx.xlsx' },
      { region: 'Niedersachsen', stichtag: '31.12.2024', fileName: 'bo-heft-03-0-202412-xlsx.xlsx' },
      { region: 'Deutschland', stichtag: '31.12.2019', fileName: 'bo-heft-d-0-201912-xlsx.xlsx' },
    ];
    const read = await Promise.all(
      editions.map(async ({ region, stichtag, fileName }) => {
        const bytes = await booklet({ region, stichtag, tableI: [['Insgesamt', 100]] });
        return drain(await baOccupationsXlsxImporter.open({ fileName, bytes }));
      }),
    );
    expect(read.map(({ metadata }) => metadata.tableCode)).toEqual([
      'BA-BO-HEFT',
      'BA-BO-HEFT',
      'BA-BO-HEFT',
    ]);
    // Region and Stichtag stay apart in the observations.
    expect(read.map(({ records }) => [records[0]!.region, records[0]!.period])).toEqual([
      ['03359', '2023-06-30'],
      ['03', '2024-12-31'],
      ['DG', '2019-12-31'],
    ]);
  });

  it('names sheet, row and column when a value cell holds text', async () => {
    const rows = STADE_I.map((row) => [...row]);
    rows[3]![2] = 'ca. 1150';
    const bytes = await booklet({ region: 'Stade', stichtag: '30.06.2023', tableI: rows });
    const error = await baOccupationsXlsxImporter
      .open({ fileName: 'bo-heft-03359-0-202306-xlsx.xlsx', bytes })
      .then(drain)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).message).toMatch(
      /^Blatt "SVB - Tabelle I", Zeile 15, Spalte C: erwartet eine Zahl/,
    );
    expect(error).toMatchObject({ line: 15, column: 3, found: 'ca. 1150' });
  });

  it('says so when neither the booklet nor the file name gives a region key', async () => {
    const bytes = await booklet({ region: 'Stade', stichtag: '30.06.2023', tableI: STADE_I });
    const error = await baOccupationsXlsxImporter
      .open({ fileName: 'upload.xlsx', bytes })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).message).toMatch(
      /^Blatt "SVB - Tabelle I", Zeile 5, Spalte A: erwartet die Region/,
    );
    expect((error as ImportFormatError).expected.startsWith('Layout')).toBe(false);
  });

  it('complains with a layout error about other workbooks', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Fachkräfte').addRow(['1110 Berufe in der Landwirtschaft', 1]);
    const other = new Uint8Array(await workbook.xlsx.writeBuffer());
    const error = await baOccupationsXlsxImporter
      .open({ fileName: 'x.xlsx', bytes: other })
      .catch((caught: unknown) => caught);
    expect((error as ImportFormatError).expected).toMatch(/^Layout BA-Tabellenheft/);

    const noNumbers = new ExcelJS.Workbook();
    noNumbers.addWorksheet('SVB - Tabelle I').addRow(['Insgesamt', 5]);
    const layout = await baOccupationsXlsxImporter
      .open({ fileName: 'x.xlsx', bytes: new Uint8Array(await noNumbers.xlsx.writeBuffer()) })
      .catch((caught: unknown) => caught);
    expect((layout as ImportFormatError).expected).toMatch(/^Layout /);
    expect((layout as ImportFormatError).message).toContain('Blatt "SVB - Tabelle I"');
  });
});
