import { describe, expect, it } from 'vitest';
import { probeFile } from './detect.ts';
import { genericLongCsvImporter } from './generic-long-csv.ts';
import { genesisFfcsvImporter, genesisFlatCsvImporter } from './genesis-flat-csv.ts';
import { genesisTableCsvImporter } from './genesis-table-csv.ts';
import { cp1252, drain, formatError, short, utf8 } from './importers.fixtures.ts';
import type { ImportFormatError } from './types.ts';

async function parse(bytes: Uint8Array, fileName = 'eigene-daten.csv') {
  return drain(await genericLongCsvImporter.open({ fileName, bytes }));
}

async function failure(bytes: Uint8Array): Promise<ImportFormatError> {
  return formatError(parse(bytes));
}

const WITH_FRONT_MATTER = [
  '# table: EIGEN-001',
  '# title: Schulabgänge nach Schulform',
  '# publisher: Landkreis Stade, Bildungsbüro',
  '# licence: nur für den Dienstgebrauch',
  '# vintage: 30.06.2025',
  '# measure ABG: Abgänge | Anzahl',
  '# measure QUOTE: Abgangsquote | %',
  '# column Schulform: SCHULFORM | Schulform (eigene Systematik)',
  '# column Bemerkung: ignore',
  '# Eine Zeile ohne Doppelpunkt ist ein Kommentar, auch mit "Anführungszeichen',
  'region;period;measure;value;flag;Geschlecht;Schulform;Bemerkung',
  '03359;2024;ABG;123;;weiblich;Gymnasium;',
  '03359;2024;ABG;;.;männlich;Gymnasium;geheim',
  '3353;2023/24;QUOTE;6,4;p;Insgesamt;Oberschule;',
  'Niedersachsen;31.12.2024;ABG;1.234;;GESW;;',
  '',
].join('\n');

describe('genericLongCsvImporter', () => {
  it('reads the front matter, maps columns and labels, pads lost leading zeros', async () => {
    const { records, metadata } = await parse(utf8(WITH_FRONT_MATTER));
    expect(records.map(short)).toEqual([
      ['03359', '2024', 'ABG', { GES: 'GESW', SCHULFORM: 'gymnasium' }, 123, null],
      ['03359', '2024', 'ABG', { GES: 'GESM', SCHULFORM: 'gymnasium' }, null, '.'],
      ['03353', '2023', 'QUOTE', { SCHULFORM: 'oberschule' }, 6.4, 'p'],
      ['03', '2024-12-31', 'ABG', { GES: 'GESW' }, 1234, null],
    ]);
    expect(records.map((record) => record.line)).toEqual([12, 13, 14, 15]);
    expect(metadata).toEqual({
      source: 'own',
      tableCode: 'EIGEN-001',
      title: 'Schulabgänge nach Schulform',
      publisher: 'Landkreis Stade, Bildungsbüro',
      licence: 'nur für den Dienstgebrauch',
      vintage: '2025-06-30',
      measures: [
        { code: 'ABG', label: 'Abgänge', unit: 'Anzahl' },
        { code: 'QUOTE', label: 'Abgangsquote', unit: '%' },
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
        {
          code: 'SCHULFORM',
          label: 'Schulform (eigene Systematik)',
          attributes: [
            { code: 'gymnasium', label: 'Gymnasium' },
            { code: 'oberschule', label: 'Oberschule' },
          ],
        },
      ],
      regionNames: { '03': 'Niedersachsen' },
      notes: ['Regionalschlüssel ohne führende Null (z. B. 3359) wurden zu 03359 ergänzt.'],
    });
  });

  const variants: { name: string; input: Uint8Array; fileName?: string; expected: unknown[][] }[] = [
    {
      name: 'comma separator with decimal point, German column names, Windows-1252',
      input: cp1252(
        'region,zeit,merkmal,wert,Nationalität\n03359,2024,anteil,"12.5",Ausländer\n03353,2024,anteil,7,Insgesamt\n',
      ),
      expected: [
        ['03359', '2024', 'anteil', { NAT: 'NATA' }, 12.5, null],
        ['03353', '2024', 'anteil', {}, 7, null],
      ],
    },
    {
      name: 'tab separator, CRLF, markers in the value column',
      input: utf8(
        'Region\tPeriod\tMeasure\tValue\r\nDG\t2024-06-30\tX1\t-\r\n03359001\t2024-06-30\tX1\tx\r\n',
      ),
      expected: [
        ['DG', '2024-06-30', 'X1', {}, null, '-'],
        ['03359001', '2024-06-30', 'X1', {}, null, 'x'],
      ],
    },
    {
      name: 'no measure column: the single declared measure',
      input: utf8('# measure BEV: Bevölkerung | Anzahl\nregion;period;value;name\n03359;2024;207700;Stade\n'),
      expected: [['03359', '2024', 'BEV', {}, 207700, null]],
    },
    {
      name: 'a measure given as a label becomes a slug',
      input: utf8('region;period;measure;value\n03359;2024;Schüler je Klasse;22,5\n'),
      expected: [['03359', '2024', 'schueler_je_klasse', {}, 22.5, null]],
    },
  ];
  it.each(variants)('$name', async ({ input, expected }) => {
    const { records } = await parse(input);
    expect(records.map(short)).toEqual(expected);
  });

  it('uses the file name when the front matter says nothing', async () => {
    const { metadata } = await parse(
      utf8('region;period;measure;value\n03359;2024;X;1\n'),
      'ordner/schulen-2024.csv',
    );
    expect(metadata).toMatchObject({
      tableCode: 'schulen-2024',
      title: 'Eigene Daten: schulen-2024',
      vintage: null,
      measures: [{ code: 'X', label: 'X', unit: null }],
    });
  });
});

describe('genericLongCsvImporter: bad input', () => {
  const header = 'region;period;measure;value;flag\n';
  const cases: {
    name: string;
    input: Uint8Array;
    expected: { line: number | null; column?: number; message: RegExp };
  }[] = [
    { name: 'empty file', input: new Uint8Array(), expected: { line: null, message: /leer/ } },
    {
      name: 'binary garbage',
      input: Uint8Array.from({ length: 1000 }, (_, index) => (index * 13) % 256),
      expected: { line: null, message: /Binärdaten/ },
    },
    {
      name: 'only comments',
      input: utf8('# table: X\n# title: Y\n'),
      expected: { line: null, message: /Kopfzeile/ },
    },
    {
      name: 'header without value column',
      input: utf8('region;period;measure;betrag\n03359;2024;X;1\n'),
      expected: { line: 1, message: /es fehlt: value/ },
    },
    {
      name: 'no measure column and no declared measure',
      input: utf8('region;period;value\n03359;2024;1\n'),
      expected: { line: 1, message: /measure/ },
    },
    {
      name: 'a data line with another separator than the header',
      input: utf8(`${header}03359,2024,X,1,\n`),
      expected: {
        line: 2,
        message:
          /^Zeile 2: erwartet Semikolon \(;\) als Trennzeichen wie in der Kopfzeile, die Zeile ist aber durch Komma/,
      },
    },
    {
      name: 'file cut off in a row',
      input: utf8(`${header}03359;2024;X;1;\n03359;2025;X`),
      expected: {
        line: 3,
        message:
          /^Zeile 3: erwartet 5 Felder wie in der Kopfzeile, die Zeile hat aber nur 3 \(Datei abgeschnitten/,
      },
    },
    {
      name: 'a value that is neither a number nor a marker',
      input: utf8(`${header}03359;2024;X;1;\n03359;2025;X;viele;\n`),
      expected: {
        line: 3,
        column: 4,
        message:
          /^Zeile 3, Spalte 4: erwartet eine Zahl oder ein Zeichen der Zeichenerklärung \(-, \., x, \/, \.\.\.\), gefunden: "viele"$/,
      },
    },
    {
      name: 'an empty value without flag',
      input: utf8(`${header}03359;2024;X;;\n`),
      expected: { line: 2, column: 4, message: /gefunden: ""/ },
    },
    {
      name: 'an unknown flag',
      input: utf8(`${header}03359;2024;X;1;?\n`),
      expected: { line: 2, column: 5, message: /Zeichenerklärung/ },
    },
    {
      name: 'a region that is neither key nor Land',
      input: utf8(`${header}Buxtehude;2024;X;1;\n`),
      expected: { line: 2, column: 1, message: /Regionalschlüssel/ },
    },
    {
      name: 'a period that is no period',
      input: utf8(`${header}03359;letztes Jahr;X;1;\n`),
      expected: { line: 2, column: 2, message: /Zeitangabe/ },
    },
    {
      name: 'a broken vintage in the front matter',
      input: utf8(`# title: T\n# vintage: gestern\n${header}03359;2024;X;1;\n`),
      expected: { line: 2, message: /vintage/ },
    },
    {
      name: 'an open quote at the end of the file',
      input: utf8(`${header}03359;2024;"X;1;\n`),
      expected: { line: 2, message: /^Zeile 2: erwartet ein schließendes Anführungszeichen/ },
    },
  ];
  it.each(cases)('$name', async ({ input, expected }) => {
    const error = await failure(input);
    expect(error.line).toBe(expected.line);
    if (expected.column !== undefined) expect(error.column).toBe(expected.column);
    expect(error.message).toMatch(expected.message);
  });
});

describe('genericLongCsvImporter.detect', () => {
  const importers = [
    genericLongCsvImporter,
    genesisTableCsvImporter,
    genesisFlatCsvImporter,
    genesisFfcsvImporter,
  ];
  const detected = (text: string) => {
    const probe = probeFile({ fileName: 'x.csv', bytes: utf8(text) });
    return importers.filter((importer) => importer.detect(probe)).map((importer) => importer.format);
  };
  it.each([
    { input: 'region;period;measure;value\n', expected: ['generic-long-csv'] },
    { input: '# table: X\n\nRegion;Zeit;Merkmal;Wert\n', expected: ['generic-long-csv'] },
    { input: 'region,period,value\n', expected: ['generic-long-csv'] },
    { input: 'region;period;measure\n', expected: [] },
    { input: 'GENESIS-Tabelle: 12411-0018\n', expected: ['genesis-table-csv'] },
    { input: '\ufeffstatistics_code;statistics_label;time;value\n', expected: ['genesis-ffcsv'] },
    { input: 'Statistik_Code;Statistik_Label;Zeit\n', expected: ['genesis-flat-csv'] },
  ])('$input', ({ input, expected }) => {
    expect(detected(input)).toEqual(expected);
  });
});
