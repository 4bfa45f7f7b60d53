import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from '../../../../test/shared-data.ts';
import { probeFile } from './detect.ts';
import {
  BOM,
  FFCSV_GEMEINDEN,
  FFCSV_NAME,
  failure,
  parse,
  short,
  utf8,
} from './genesis-flat-csv.fixtures.ts';
import { genesisFfcsvImporter, genesisFfcsvZipImporter, productDimensionCode } from './genesis-flat-csv.ts';
import { ImportFormatError } from './types.ts';

if (!hasSharedData) console.info(SHARED_DATA_SKIP_REASON);

describe('genesisFfcsvImporter (new flat CSV)', () => {
  it('reads a Gemeinde-level ffcsv with value_q, two years and two measures', async () => {
    const { records, metadata } = await parse(genesisFfcsvImporter, utf8(FFCSV_GEMEINDEN), FFCSV_NAME);
    expect(records.map(short)).toEqual([
      ['03359001', '2023-12-31', 'BEVSTD', {}, 1491, 'e'],
      ['03359001', '2023-12-31', 'BEVSTD', { GES: 'GESW' }, 765, 'p'],
      ['03359002', '2024-12-31', 'BEVSTD', { GES: 'GESM' }, null, '.'],
      ['03359002', '2024-12-31', 'BEVSTD', { GES: 'GESW' }, null, '-'],
      ['03359002', '2024-12-31', 'BEV099', { GES: 'GESW' }, 12.5, null],
    ]);
    expect(records.map((record) => record.line)).toEqual([2, 3, 4, 5, 6]);
    expect(metadata).toMatchObject({
      source: 'regionalstatistik',
      tableCode: '12411-01-01-5',
      vintage: '2025-01-01',
      publisher: 'Statistische Ämter des Bundes und der Länder',
      licence:
        '© Statistische Ämter des Bundes und der Länder, Deutschland, 2025. Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0).',
      measures: [
        { code: 'BEVSTD', label: 'Bevölkerungsstand', unit: 'Anzahl' },
        { code: 'BEV099', label: 'Anteil', unit: 'Prozent' },
      ],
      regionNames: { '03359001': 'Agathenburg', '03359002': 'Ahlerstedt' },
      notes: [],
    });
  });

  const variants: { name: string; header: string; rows: string[]; expected: unknown[][]; notes?: RegExp }[] =
    [
      {
        name: 'regional variable not in first place, recognised by key shape',
        header:
          'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label',
        rows: [
          '21111;Schulen;JAHR;Jahr;2023;SCHART;Schulart;SCHART-GYM;Gymnasien;KRS;Kreise;03353;Harburg;5;Anzahl;BIL001;Schulen',
        ],
        expected: [['03353', '2023', 'BIL001', { SCHART: 'SCHART-GYM' }, 5, null]],
      },
      {
        name: 'no regional variable: Germany',
        header:
          'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label',
        rows: [
          '12411;Bevölkerung;JAHR;Jahr;2023;GES;Geschlecht;GESW;weiblich;42000000;Anzahl;BEVSTD;Bevölkerungsstand',
        ],
        expected: [['DG', '2023', 'BEVSTD', { GES: 'GESW' }, 42000000, null]],
        notes: /kein regionales Merkmal/,
      },
      {
        name: 'decimal point and decimal comma, school year as time',
        header:
          'statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label',
        rows: [
          '21111;Schulen;SCHJAHR;Schuljahr;2023/24;DLAND;Länder;03;Niedersachsen;6.4;Prozent;QUO001;Quote',
          '21111;Schulen;SCHJAHR;Schuljahr;2023/24;DLAND;Länder;04;Bremen;6,5;Prozent;QUO001;Quote',
        ],
        expected: [
          ['03', '2023', 'QUO001', {}, 6.4, null],
          ['04', '2023', 'QUO001', {}, 6.5, null],
        ],
      },
    ];
  it.each(variants)('$name', async ({ header, rows, expected, notes }) => {
    const { records, metadata } = await parse(
      genesisFfcsvImporter,
      utf8(`${BOM}${header}\n${rows.join('\n')}\n`),
      'x_flat.csv',
    );
    expect(records.map(short)).toEqual(expected);
    if (notes) expect(metadata.notes.join(' ')).toMatch(notes);
  });
});

describe('genesisFfcsvZipImporter', () => {
  const zip = (files: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, utf8(text)])));

  it('unpacks the single CSV and parses it like the plain file', async () => {
    const bytes = zip({ [FFCSV_NAME]: FFCSV_GEMEINDEN });
    const probe = probeFile({ fileName: FFCSV_NAME.replace('.csv', '.zip'), bytes });
    expect(probe.kind).toBe('zip');
    expect(genesisFfcsvZipImporter.detect(probe)).toBe(true);
    const zipped = await parse(genesisFfcsvZipImporter, bytes, FFCSV_NAME.replace('.csv', '.zip'));
    const plain = await parse(genesisFfcsvImporter, utf8(FFCSV_GEMEINDEN), FFCSV_NAME);
    expect(zipped).toEqual(plain);
  });

  it('names the file inside the archive in errors', async () => {
    const broken = FFCSV_GEMEINDEN.replace(';765;p;', ';7x5;p;');
    const error = await failure(genesisFfcsvZipImporter, zip({ [FFCSV_NAME]: broken }), 'download.zip');
    expect(error).toBeInstanceOf(ImportFormatError);
    expect(error.message).toBe(
      `${FFCSV_NAME}: Zeile 3, Spalte 14: erwartet eine Zahl oder ein Zeichen der Zeichenerklärung (-, ., x, /, ...), gefunden: "7x5"`,
    );
  });

  const bad: { name: string; bytes: Uint8Array; message: RegExp }[] = [
    {
      name: 'two CSV files',
      bytes: zip({ 'a.csv': FFCSV_GEMEINDEN, 'b.csv': FFCSV_GEMEINDEN }),
      message: /^erwartet Layout: ein ZIP-Archiv mit genau einer CSV-Datei, es enthält aber 2/,
    },
    {
      name: 'no CSV file',
      bytes: zip({ 'readme.txt': 'hallo' }),
      message: /es enthält aber keine, gefunden: "readme.txt"/,
    },
    {
      name: 'a CSV of another kind',
      bytes: zip({ 'x.csv': 'a;b\n1;2\n' }),
      message: /^Zeile 1: erwartet Layout: eine GENESIS-CSV im ZIP-Archiv/,
    },
    {
      name: 'a broken archive',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      message: /^erwartet Layout: ein lesbares ZIP-Archiv/,
    },
  ];
  it.each(bad)('$name', async ({ bytes, message }) => {
    const error = await failure(genesisFfcsvZipImporter, bytes, 'x.zip');
    expect(error).toBeInstanceOf(ImportFormatError);
    expect(error.message).toMatch(message);
  });
});

describe.skipIf(!hasSharedData)('flat CSV: real files from ../shared/data', () => {
  it('13111-01-03-4 ffcsv: mixed levels, markers, the zipped download gives the same result', async () => {
    const csv = await parse(
      genesisFfcsvImporter,
      new Uint8Array(readFileSync(sharedData('genesis-api', '13111-01-03-4_1773175029986_de_flat.csv'))),
      '13111-01-03-4_1773175029986_de_flat.csv',
    );
    const zipName = '13111-01-03-4_1773175029986_de_flat.zip';
    const zipBytes = new Uint8Array(readFileSync(sharedData('genesis-api', zipName)));
    expect(genesisFfcsvZipImporter.detect(probeFile({ fileName: zipName, bytes: zipBytes }))).toBe(true);
    const zipped = await parse(genesisFfcsvZipImporter, zipBytes, zipName);
    expect(zipped).toEqual(csv);

    const levels: Record<string, number> = {};
    for (const record of csv.records) {
      const level = record.region === 'DG' ? 'DG' : String(record.region.length);
      levels[level] = (levels[level] ?? 0) + 1;
    }
    // KREISE rows carry 5-digit keys and 8-digit keys of cities that are not Kreise (Hannover …).
    expect(levels).toEqual({ DG: 6, 2: 96, 3: 264, 5: 2844, 8: 90 });
    const kreise = csv.records.filter((record) => record.region.length >= 5);
    expect(kreise.filter((record) => record.flag === '-')).toHaveLength(2862);
    expect(kreise.filter((record) => record.flag === '.')).toHaveLength(72);
    expect(new Set(csv.records.map((record) => record.region)).size).toBe(550);
  });

  it('the English ffcsv gives the same observations as the German one', async () => {
    const read = async (name: string) =>
      parse(genesisFfcsvImporter, new Uint8Array(readFileSync(sharedData('genesis-api', name))), name);
    const german = await read('12411-01-01-4_1773175772751_de_flat.csv');
    const english = await read('12411-01-01-4_1773175790049_en_flat.csv');
    expect(english.records).toEqual(german.records);
    expect(english.metadata.title).toMatch(/^Rolled forward population estimates/);
  });
});

describe('age variables', () => {
  it.each([
    { input: 'ALTX20', expected: 'ALTX' },
    { input: 'ALTX17', expected: 'ALTX' },
    { input: 'ALTX', expected: 'ALTX' },
    { input: 'GES', expected: 'GES' },
    { input: 'ALTER1', expected: 'ALTER1' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(productDimensionCode(input)).toBe(expected);
  });
});
