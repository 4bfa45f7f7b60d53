import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from '../../../../test/shared-data.ts';
import { probeFile } from './detect.ts';
import {
  BOM,
  cp1252,
  FF_HEADER,
  FFCSV_GEMEINDEN,
  failure,
  OLD_FLAT,
  parse,
  short,
  utf8,
} from './genesis-flat-csv.fixtures.ts';
import {
  describeValueColumn,
  genesisFfcsvImporter,
  genesisFfcsvZipImporter,
  genesisFlatCsvImporter,
  tableCodeFromFileName,
  vintageFromFileName,
} from './genesis-flat-csv.ts';
import { genesisJsonImporter } from './genesis-json.ts';
import { genesisTableCsvImporter } from './genesis-table-csv.ts';
import { type Importer, ImportFormatError } from './types.ts';

if (!hasSharedData) console.info(SHARED_DATA_SKIP_REASON);

describe('genesisFlatCsvImporter (old flat CSV)', () => {
  it('reads several value columns, DLAND and DINSG rows (Windows-1252)', async () => {
    const { records, metadata } = await parse(
      genesisFlatCsvImporter,
      cp1252(OLD_FLAT),
      '13211-0009-DLAND_$F_flat.csv',
    );
    expect(records.map(short)).toEqual([
      ['03', '2022', 'ERW006', {}, 230000, null],
      ['03', '2022', 'ERW007', {}, 5.4, null],
      ['03', '2022', 'ERW006', { GES: 'GESW' }, 100000, null],
      ['03', '2022', 'ERW007', { GES: 'GESW' }, null, '.'],
      ['DG', '2022', 'ERW006', { GES: 'GESM' }, 1300000, null],
      ['DG', '2022', 'ERW007', { GES: 'GESM' }, 5.6, null],
    ]);
    expect(records.map((record) => record.line)).toEqual([2, 2, 3, 3, 4, 4]);
    expect(metadata).toEqual({
      source: 'genesis-online',
      tableCode: '13211-0009',
      title: 'Arbeitsmarktstatistik: Arbeitslose, Arbeitslosen quote nach Geschlecht',
      publisher: 'Statistisches Bundesamt (Destatis)',
      licence:
        '© Statistisches Bundesamt (Destatis). Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0).',
      vintage: null,
      measures: [
        { code: 'ERW006', label: 'Arbeitslose', unit: 'Anzahl' },
        { code: 'ERW007', label: 'Arbeitslosen quote', unit: 'Prozent' },
      ],
      dimensions: [
        {
          code: 'GES',
          label: 'Geschlecht',
          attributes: [
            { code: 'GESW', label: 'weiblich' },
            { code: 'GESM', label: 'männlich' },
          ],
        },
      ],
      regionNames: { '03': 'Niedersachsen', DG: 'Deutschland' },
      notes: [],
    });
  });

  it('falls back to the statistic code when the file name has no table code, and says so', async () => {
    const { metadata } = await parse(genesisFlatCsvImporter, cp1252(OLD_FLAT), 'download.csv');
    expect(metadata.tableCode).toBe('13211');
    expect(metadata.notes[0]).toMatch(/Statistik-Code 13211/);
  });
});

describe('flat CSV: bad input', () => {
  const lines = FFCSV_GEMEINDEN.split('\r\n');
  const withLine = (index: number, content: string) =>
    lines.map((line, at) => (at === index ? content : line)).join('\n');
  const cases: {
    name: string;
    importer: Importer;
    input: Uint8Array;
    expected: { line: number | null; column?: number; message: RegExp };
  }[] = [
    {
      name: 'empty file',
      importer: genesisFfcsvImporter,
      input: new Uint8Array(),
      expected: { line: null, message: /leer/ },
    },
    {
      name: 'binary garbage',
      importer: genesisFlatCsvImporter,
      input: Uint8Array.from({ length: 3000 }, (_, index) => (index * 131) % 256),
      expected: { line: null, message: /Binärdaten/ },
    },
    {
      name: 'comma as separator (ffcsv)',
      importer: genesisFfcsvImporter,
      input: utf8(FFCSV_GEMEINDEN.replace(/;/g, ',')),
      expected: {
        line: 1,
        message: /^Zeile 1: erwartet Semikolon \(;\) als Trennzeichen, die Kopfzeile ist aber durch Komma/,
      },
    },
    {
      name: 'comma as separator (old flat)',
      importer: genesisFlatCsvImporter,
      input: cp1252(OLD_FLAT.replace(/;/g, ',')),
      expected: { line: 1, message: /Semikolon/ },
    },
    {
      name: 'file cut off in the middle of the last row',
      importer: genesisFfcsvImporter,
      input: utf8(FFCSV_GEMEINDEN.slice(0, FFCSV_GEMEINDEN.lastIndexOf(';Prozent'))),
      expected: {
        line: 6,
        message:
          /^Zeile 6: erwartet 18 Felder wie in der Kopfzeile, die Zeile hat aber nur 15 \(Datei abgeschnitten/,
      },
    },
    {
      name: 'value that is neither number nor marker',
      importer: genesisFfcsvImporter,
      input: utf8(withLine(2, lines[2]!.replace(';765;', ';siebenhundert;'))),
      expected: {
        line: 3,
        column: 14,
        message:
          /^Zeile 3, Spalte 14: erwartet eine Zahl oder ein Zeichen der Zeichenerklärung \(-, \., x, \/, \.\.\.\), gefunden: "siebenhundert"$/,
      },
    },
    {
      name: 'value in the old layout',
      importer: genesisFlatCsvImporter,
      input: cp1252(OLD_FLAT.replace(';100000;', ';1e5x;')),
      expected: { line: 3, column: 14, message: /gefunden: "1e5x"/ },
    },
    {
      name: 'unknown quality sign',
      importer: genesisFfcsvImporter,
      input: utf8(withLine(1, lines[1]!.replace(';1491;e;', ';1491;q;'))),
      expected: { line: 2, column: 15, message: /Qualitätskennzeichen/ },
    },
    {
      name: 'time that is not a period',
      importer: genesisFfcsvImporter,
      input: utf8(withLine(3, lines[3]!.replace('2024-12-31', 'Dezember'))),
      expected: { line: 4, column: 5, message: /Zeitangabe/ },
    },
    {
      name: 'broken region key',
      importer: genesisFfcsvImporter,
      input: utf8(withLine(3, lines[3]!.replace('03359002', '0335900'))),
      expected: { line: 4, column: 8, message: /Regionalschlüssel/ },
    },
    {
      name: 'header without value column',
      importer: genesisFfcsvImporter,
      input: utf8(`${FF_HEADER.replace(';value;', ';wert;')}\n`),
      expected: { line: 1, message: /die Spalte „value“/ },
    },
    {
      name: 'header only',
      importer: genesisFfcsvImporter,
      input: utf8(`${BOM}${FF_HEADER}\n`),
      expected: { line: null, message: /mindestens eine Datenzeile/ },
    },
  ];
  it.each(cases)('$name', async ({ importer, input, expected }) => {
    const error = await failure(importer, input);
    expect(error).toBeInstanceOf(ImportFormatError);
    const formatError = error as ImportFormatError;
    expect(formatError.line).toBe(expected.line);
    if (expected.column !== undefined) expect(formatError.column).toBe(expected.column);
    expect(formatError.message).toMatch(expected.message);
  });
});

describe('file names', () => {
  it.each([
    { input: '12411-01-01-4_1773175772751_de_flat.csv', code: '12411-01-01-4', vintage: '2026-03-10' },
    { input: '13211-0009-DLAND_$F_flat.csv', code: '13211-0009', vintage: null },
    { input: '13111-0002_$F_flat.csv', code: '13111-0002', vintage: null },
    { input: 'downloads/13111-01-03-4_flat.csv', code: '13111-01-03-4', vintage: null },
    { input: 'tabelle_flat.csv', code: null, vintage: null },
  ])('$input', ({ input, code, vintage }) => {
    expect(tableCodeFromFileName(input)).toBe(code);
    expect(vintageFromFileName(input)).toBe(vintage);
  });

  it.each([
    {
      input: 'ERW065__Sozialvers.pflichtig_Beschaeftigte_am_Arbeitsort__Anzahl',
      code: 'ERW065',
      label: 'Sozialvers.pflichtig Beschaeftigte am Arbeitsort',
      unit: 'Anzahl',
    },
    {
      input: 'ERW032__Sozialversicherungspfl._Beschaeftigte_(Arbeitsort)__Anzahl',
      code: 'ERW032',
      label: 'Sozialversicherungspfl. Beschaeftigte (Arbeitsort)',
      unit: 'Anzahl',
    },
    { input: 'BEV001', code: 'BEV001', label: 'BEV001', unit: null },
  ])('value column $input', ({ input, code, label, unit }) => {
    expect(describeValueColumn(input)).toEqual({ code, label, unit });
  });
});

describe('detection', () => {
  const mine: Importer[] = [
    genesisFlatCsvImporter,
    genesisFfcsvImporter,
    genesisFfcsvZipImporter,
    genesisTableCsvImporter,
    genesisJsonImporter,
  ];
  const probe = (fileName: string, bytes: Uint8Array) => probeFile({ fileName, bytes });
  it.each([
    { name: 'old flat', file: probe('a.csv', cp1252(OLD_FLAT)), expected: 'genesis-flat-csv' },
    { name: 'ffcsv', file: probe('a.csv', utf8(FFCSV_GEMEINDEN)), expected: 'genesis-ffcsv' },
    {
      name: 'ffcsv saved with commas (open explains)',
      file: probe('a.csv', utf8(FFCSV_GEMEINDEN.replace(/;/g, ','))),
      expected: 'genesis-ffcsv',
    },
    {
      name: 'zip',
      file: probe('a.zip', zipSync({ 'a_flat.csv': utf8(FFCSV_GEMEINDEN) })),
      expected: 'genesis-ffcsv',
    },
  ])('$name', ({ file, expected }) => {
    expect(mine.filter((importer) => importer.detect(file)).map((importer) => importer.format)).toEqual([
      expected,
    ]);
  });
});

interface RealFlat {
  path: string[];
  importer: Importer;
  encoding: 'utf-8' | 'windows-1252';
  rows: number;
  tableCode: string;
  vintage: string | null;
  /** Hand-read values: region, dims, value. */
  spot: {
    region: string;
    period?: string;
    dims: Record<string, string>;
    value: number | null;
    flag?: string;
  }[];
}

const REAL_FLAT: RealFlat[] = [
  {
    path: ['genesis-api', '12411-01-01-4_1773175772751_de_flat.csv'],
    importer: genesisFfcsvImporter,
    encoding: 'utf-8',
    rows: 1467,
    tableCode: '12411-01-01-4',
    vintage: '2026-03-10',
    spot: [
      { region: '03359', dims: {}, value: 207700 },
      { region: '03359', dims: { GES: 'GESM' }, value: 103090 },
      { region: '03359', dims: { GES: 'GESW' }, value: 104610 },
      { region: '03353', dims: {}, value: 265864 },
      { region: '03353', dims: { GES: 'GESW' }, value: 133764 },
    ],
  },
  {
    path: ['genesis-api', '12411-01-01-4_1773175790049_en_flat.csv'],
    importer: genesisFfcsvImporter,
    encoding: 'utf-8',
    rows: 1467,
    tableCode: '12411-01-01-4',
    vintage: '2026-03-10',
    spot: [
      { region: '03359', dims: {}, value: 207700 },
      { region: '03353', dims: { GES: 'GESM' }, value: 132100 },
    ],
  },
  {
    path: ['genesis-api', '13111-01-03-4_1773175029986_de_flat.csv'],
    importer: genesisFfcsvImporter,
    encoding: 'utf-8',
    rows: 3300,
    tableCode: '13111-01-03-4',
    vintage: '2026-03-10',
    spot: [
      { region: '03359', dims: {}, value: null, flag: '-' },
      { region: 'DG', dims: {}, value: 34885481 },
      { region: 'DG', dims: { NAT: 'NATA' }, value: 5837916 },
    ],
  },
  {
    path: ['genesis-api', '13111-01-03-4_flat.csv'],
    importer: genesisFlatCsvImporter,
    encoding: 'utf-8',
    rows: 3228,
    tableCode: '13111-01-03-4',
    vintage: null,
    spot: [
      { region: '03359', dims: {}, value: 64891 },
      { region: '03359', dims: { GES: 'GESM' }, value: 32997 },
      { region: '03353', dims: {}, value: 72217 },
      { region: '03353', dims: { NAT: 'NATA', GES: 'GESW' }, value: 3710 },
    ],
  },
  {
    path: ['genesis-online', '13211-0009-DLAND_$F_flat.csv'],
    importer: genesisFlatCsvImporter,
    encoding: 'windows-1252',
    rows: 1536,
    tableCode: '13211-0009',
    vintage: null,
    spot: [{ region: '03', period: '1991', dims: { GES: 'GESM' }, value: 125489 }],
  },
  {
    path: ['genesis-online', '13111-0002_$F_flat.csv'],
    importer: genesisFlatCsvImporter,
    encoding: 'windows-1252',
    rows: 96,
    tableCode: '13111-0002',
    vintage: null,
    spot: [
      { region: 'DG', period: '2020-12-31', dims: { BERAB2: 'BERAB-X-01', GES: 'GESM' }, value: 2512165 },
    ],
  },
];

/** Independent reading: split the raw lines and take value and dims by the header's names. */
function rawRows(file: RealFlat, key: string) {
  const text = new TextDecoder(file.encoding)
    .decode(readFileSync(sharedData(...file.path)))
    .replace(/^\ufeff/, '');
  const lines = text.split('\n');
  const header = lines[0]!.split(';');
  const regional = new Set(['DINSG', 'DLAND', 'REGBEZ', 'KREISE', 'GEMEIN']);
  return lines
    .map((content, index) => ({ line: index + 1, fields: content.split(';') }))
    .filter(({ fields }) => fields.includes(key))
    .map(({ line, fields }) => {
      const dims: Record<string, string> = {};
      header.forEach((name, index) => {
        const variable = /^(\d+)_(variable|Merkmal)_Code$/i.exec(name);
        if (!variable) return;
        const code = fields[index]!;
        const attribute = fields[index + 2]!;
        if (!regional.has(code) && attribute !== '') dims[code] = attribute;
      });
      const valueIndex = header.includes('value') ? header.indexOf('value') : header.length - 1;
      const value = fields[valueIndex]!;
      return {
        line,
        dims,
        value: /^\d+$/.test(value) ? Number(value) : null,
        flag: /^\d+$/.test(value) ? null : value,
      };
    });
}

describe.skipIf(!hasSharedData)('flat CSV: real files from ../shared/data', () => {
  it.each(REAL_FLAT)('$path.1: all rows, Stade/Harburg as in the raw lines', async (file) => {
    const fileName = file.path.at(-1)!;
    const bytes = new Uint8Array(readFileSync(sharedData(...file.path)));
    const probe = probeFile({ fileName, bytes });
    expect(
      [genesisFlatCsvImporter, genesisFfcsvImporter, genesisTableCsvImporter, genesisJsonImporter].filter(
        (importer) => importer.detect(probe),
      ),
    ).toEqual([file.importer]);
    const { records, metadata } = await parse(file.importer, bytes, fileName);
    expect(records).toHaveLength(file.rows);
    expect(metadata.tableCode).toBe(file.tableCode);
    expect(metadata.vintage).toBe(file.vintage);
    expect(metadata.source).toBe(file.tableCode.endsWith('-4') ? 'regionalstatistik' : 'genesis-online');

    for (const key of ['03359', '03353']) {
      for (const raw of rawRows(file, key)) {
        const record = records.find((candidate) => candidate.line === raw.line)!;
        expect({ region: record.region, dims: record.dims, value: record.value, flag: record.flag }).toEqual({
          region: key,
          dims: raw.dims,
          value: raw.value,
          flag: raw.flag,
        });
      }
    }
    for (const spot of file.spot) {
      const found = records.filter(
        (record) =>
          record.region === spot.region &&
          (spot.period === undefined || record.period === spot.period) &&
          JSON.stringify(record.dims) === JSON.stringify(spot.dims),
      );
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ value: spot.value, flag: spot.flag ?? null });
    }
  });
});
