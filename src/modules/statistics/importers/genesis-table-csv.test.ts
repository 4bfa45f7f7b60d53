import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from '../../../../test/shared-data.ts';
import { probeFile } from './detect.ts';
import {
  genesisTableCsvImporter,
  isUnit,
  publisherFromCopyright,
  sourceForTableCode,
  uniqueCodes,
} from './genesis-table-csv.ts';
import {
  ImportFormatError,
  type ObservationRecord,
  type ObservationStream,
  type TableMetadata,
} from './types.ts';

if (!hasSharedData) console.info(SHARED_DATA_SKIP_REASON);

function drain(stream: ObservationStream): { records: ObservationRecord[]; metadata: TableMetadata } {
  const records: ObservationRecord[] = [];
  let step = stream.next();
  while (!step.done) {
    records.push(step.value);
    step = stream.next();
  }
  return { records, metadata: step.value };
}

/** Official downloads are Windows-1252; latin1 covers every character used here. */
const cp1252 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function parse(bytes: Uint8Array, fileName = 'tabelle.csv') {
  return drain(await genesisTableCsvImporter.open({ fileName, bytes }));
}

async function parseError(bytes: Uint8Array): Promise<ImportFormatError> {
  try {
    await parse(bytes);
  } catch (error) {
    if (error instanceof ImportFormatError) return error;
    throw error;
  }
  throw new Error('no error raised');
}

const short = (record: ObservationRecord) => [
  record.region,
  record.period,
  record.measure,
  record.dims,
  record.value,
  record.flag,
];

// An UNSEEN-like file: Gemeinde level with 8-digit keys, two Stichtage, Windows-1252, footer as downloaded.
const GEMEINDEN = [
  'GENESIS-Tabelle: 12411-01-01-5',
  'Bevölkerung nach Geschlecht - Stichtag 31.12. - regionale;;;;;',
  'Tiefe: Gemeinden;;;;;',
  'Fortschreibung des Bevölkerungsstandes;;;;;',
  'Bevölkerungsstand (Anzahl);;;;;',
  ';;;Geschlecht;Geschlecht;Geschlecht',
  ';;;Insgesamt;männlich;weiblich',
  '31.12.2022;03359001;        Agathenburg;1480;720;760',
  '31.12.2022;03359002;        Ahlerstedt;5500;.;-',
  '31.12.2023;03359001;        Agathenburg;1491;726;765',
  '31.12.2023;03359002;        Ahlerstedt;5512;2750;2762',
  '__________',
  '"zu ""gesamte Tabelle"":',
  'Ergebnisse auf Grundlage des Zensus 2022. Veröffent-',
  'lichung mit Gebietsstand 31.12.2023"',
  '"© Statistische Ämter des Bundes und der Länder, Deutschland, 2025.',
  'Dieses Werk ist lizenziert unter der Datenlizenz Deutschland',
  '- Namensnennung - Version 2.0."',
  'Stand: 04.07.2025 / 10:12:13',
  '',
].join('\n');

// UTF-8, `Tabelle:` first line, CRLF, no time column: the Stichtag is in a title line; sectors as rows.
const SECTORS = [
  'Tabelle: 13111-07-05-4',
  'Sozialversicherungspflichtig Beschäftigte am Arbeitsort;;;;',
  'Sozialversicherungspfl. Beschäftigte (Arbeitsort) (Anzahl);;;;',
  'Stichtag: 30.06.2024;;;;',
  ';;;Nationalität;Nationalität',
  ';;;Insgesamt;Ausländer(innen)',
  '03359;      Stade, Landkreis;Verarbeitendes Gewerbe (C);11161;608',
  '03359;      Stade, Landkreis;Freiberufl,wissenschaftl. techn. Dienstl.,sonst.DL;7276;993',
  '03359;      Stade, Landkreis;Insgesamt;63523;5874',
  '__________',
  'Stand: 01.02.2025 / 08:00:00',
  '',
].join('\r\n');

// GENESIS-Online: regions by Land name, sex and an unnamed class as row dimensions, unit row `1000`.
const LAENDER = [
  'GENESIS-Tabelle: 12211-1003',
  'Erwerbstätige, Erwerbslose: Bundesländer, Jahre, Geschlecht;;;;;',
  'Mikrozensus;;;;;',
  ';;;;Erwerbstätige;Erwerbslose',
  ';;;;1000;1000',
  '2022;Niedersachsen;weiblich;Kein Einkommen;10;8',
  '2022;Niedersachsen;Insgesamt;Insgesamt;4100;/',
  '2022;Deutschland;männlich;unter 500 EUR;22000;700',
  '__________',
  '© Statistisches Bundesamt (Destatis), 2023',
  'Stand: 29.06.2023 / 18:40:40',
].join('\n');

// Years as column headers, a row dimension without a name, a variable-name row with an unknown variable.
const YEARS_IN_COLUMNS = [
  'GENESIS-Tabelle: 21111-0099',
  'Schülerinnen und Schüler: Kreise, Schularten;;;;;',
  'Statistik der allgemeinbildenden Schulen;;;;;',
  ';;;Schülerinnen und Schüler;Schülerinnen und Schüler;Schülerinnen und Schüler',
  ';;;Klassenstufe;Klassenstufe;Klassenstufe',
  ';;;Insgesamt;5. Klassenstufe;5. Klassenstufe',
  ';;;2022;2022;2023',
  '03353;Harburg, Landkreis;Gymnasien;100;20;21',
  '03353;Harburg, Landkreis;Insgesamt;300;x;...',
  '__________',
  'Stand: 01.01.2024 / 00:00:00',
].join('\n');

describe('genesisTableCsvImporter: small files in the real layouts', () => {
  it('reads a Gemeinde-level table with 8-digit keys and two Stichtage (Windows-1252)', async () => {
    const { records, metadata } = await parse(cp1252(GEMEINDEN));
    expect(records.map(short)).toEqual([
      ['03359001', '2022-12-31', 'bevoelkerungsstand', {}, 1480, null],
      ['03359001', '2022-12-31', 'bevoelkerungsstand', { GES: 'GESM' }, 720, null],
      ['03359001', '2022-12-31', 'bevoelkerungsstand', { GES: 'GESW' }, 760, null],
      ['03359002', '2022-12-31', 'bevoelkerungsstand', {}, 5500, null],
      ['03359002', '2022-12-31', 'bevoelkerungsstand', { GES: 'GESM' }, null, '.'],
      ['03359002', '2022-12-31', 'bevoelkerungsstand', { GES: 'GESW' }, null, '-'],
      ['03359001', '2023-12-31', 'bevoelkerungsstand', {}, 1491, null],
      ['03359001', '2023-12-31', 'bevoelkerungsstand', { GES: 'GESM' }, 726, null],
      ['03359001', '2023-12-31', 'bevoelkerungsstand', { GES: 'GESW' }, 765, null],
      ['03359002', '2023-12-31', 'bevoelkerungsstand', {}, 5512, null],
      ['03359002', '2023-12-31', 'bevoelkerungsstand', { GES: 'GESM' }, 2750, null],
      ['03359002', '2023-12-31', 'bevoelkerungsstand', { GES: 'GESW' }, 2762, null],
    ]);
    expect(records.map((record) => record.line)).toEqual([8, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 11]);
    expect(metadata).toEqual({
      source: 'regionalstatistik',
      tableCode: '12411-01-01-5',
      title:
        'Bevölkerung nach Geschlecht - Stichtag 31.12. - regionale Tiefe: Gemeinden (Fortschreibung des Bevölkerungsstandes)',
      publisher: 'Statistische Ämter des Bundes und der Länder',
      licence:
        '© Statistische Ämter des Bundes und der Länder, Deutschland, 2025. Dieses Werk ist lizenziert unter der Datenlizenz Deutschland - Namensnennung - Version 2.0.',
      vintage: '2025-07-04',
      measures: [{ code: 'bevoelkerungsstand', label: 'Bevölkerungsstand', unit: 'Anzahl' }],
      dimensions: [
        {
          code: 'GES',
          label: 'Geschlecht',
          attributes: [
            { code: 'GESM', label: 'männlich' },
            { code: 'GESW', label: 'weiblich' },
          ],
        },
      ],
      regionNames: { '03359001': 'Agathenburg', '03359002': 'Ahlerstedt' },
      notes: [
        'Fußnote: zu "gesamte Tabelle": Ergebnisse auf Grundlage des Zensus 2022. Veröffentlichung mit Gebietsstand 31.12.2023',
      ],
    });
  });

  it('reads the same table in UTF-8', async () => {
    const latin = await parse(cp1252(GEMEINDEN));
    const unicode = await parse(utf8(GEMEINDEN));
    expect(unicode).toEqual(latin);
  });

  it('takes the Stichtag from the title when there is no time column; sectors become WZ08', async () => {
    const { records, metadata } = await parse(utf8(SECTORS));
    expect(records.map(short)).toEqual([
      ['03359', '2024-06-30', 'sozialversicherungspfl_beschaeftigte', { WZ08: 'WZ08-C' }, 11161, null],
      [
        '03359',
        '2024-06-30',
        'sozialversicherungspfl_beschaeftigte',
        { WZ08: 'WZ08-C', NAT: 'NATA' },
        608,
        null,
      ],
      ['03359', '2024-06-30', 'sozialversicherungspfl_beschaeftigte', { WZ08: 'WZ08-M-N' }, 7276, null],
      [
        '03359',
        '2024-06-30',
        'sozialversicherungspfl_beschaeftigte',
        { WZ08: 'WZ08-M-N', NAT: 'NATA' },
        993,
        null,
      ],
      ['03359', '2024-06-30', 'sozialversicherungspfl_beschaeftigte', {}, 63523, null],
      ['03359', '2024-06-30', 'sozialversicherungspfl_beschaeftigte', { NAT: 'NATA' }, 5874, null],
    ]);
    expect(metadata.measures).toEqual([
      {
        code: 'sozialversicherungspfl_beschaeftigte',
        label: 'Sozialversicherungspfl. Beschäftigte (Arbeitsort)',
        unit: 'Anzahl',
      },
    ]);
    expect(metadata.vintage).toBe('2025-02-01');
    // No © block: the publisher's standard terms.
    expect(metadata.publisher).toBe('Statistische Ämter des Bundes und der Länder');
    expect(metadata.licence).toMatch(
      /^© Statistische Ämter des Bundes und der Länder, Deutschland, 2025\. Datenlizenz Deutschland/,
    );
    expect(metadata.dimensions.map((dimension) => dimension.code)).toEqual(['NAT', 'WZ08']);
  });

  it('maps Land names to keys and reads row dimensions, unit rows and the Destatis footer', async () => {
    const { records, metadata } = await parse(cp1252(LAENDER));
    expect(records.map(short)).toEqual([
      ['03', '2022', 'erwerbstaetige', { GES: 'GESW', merkmal_2: 'kein_einkommen' }, 10, null],
      ['03', '2022', 'erwerbslose', { GES: 'GESW', merkmal_2: 'kein_einkommen' }, 8, null],
      ['03', '2022', 'erwerbstaetige', {}, 4100, null],
      ['03', '2022', 'erwerbslose', {}, null, '/'],
      ['DG', '2022', 'erwerbstaetige', { GES: 'GESM', merkmal_2: 'unter_500_eur' }, 22000, null],
      ['DG', '2022', 'erwerbslose', { GES: 'GESM', merkmal_2: 'unter_500_eur' }, 700, null],
    ]);
    expect(metadata).toMatchObject({
      source: 'genesis-online',
      tableCode: '12211-1003',
      title: 'Erwerbstätige, Erwerbslose: Bundesländer, Jahre, Geschlecht (Mikrozensus)',
      publisher: 'Statistisches Bundesamt (Destatis)',
      licence: '© Statistisches Bundesamt (Destatis), 2023',
      vintage: '2023-06-29',
      regionNames: { '03': 'Niedersachsen', DG: 'Deutschland' },
    });
    expect(metadata.measures.map((measure) => measure.unit)).toEqual(['1000', '1000']);
    expect(metadata.dimensions.find((dimension) => dimension.code === 'merkmal_2')).toEqual({
      code: 'merkmal_2',
      label: 'Merkmal 2 (Spalte 4)',
      attributes: [
        { code: 'kein_einkommen', label: 'Kein Einkommen' },
        { code: 'unter_500_eur', label: 'unter 500 EUR' },
      ],
    });
  });

  it('reads years from a header row and unknown variables from a variable-name row', async () => {
    const { records, metadata } = await parse(utf8(YEARS_IN_COLUMNS));
    expect(records.map(short)).toEqual([
      ['03353', '2022', 'schuelerinnen_und_schueler', { merkmal_1: 'gymnasien' }, 100, null],
      [
        '03353',
        '2022',
        'schuelerinnen_und_schueler',
        { merkmal_1: 'gymnasien', klassenstufe: '5_klassenstufe' },
        20,
        null,
      ],
      [
        '03353',
        '2023',
        'schuelerinnen_und_schueler',
        { merkmal_1: 'gymnasien', klassenstufe: '5_klassenstufe' },
        21,
        null,
      ],
      ['03353', '2022', 'schuelerinnen_und_schueler', {}, 300, null],
      ['03353', '2022', 'schuelerinnen_und_schueler', { klassenstufe: '5_klassenstufe' }, null, 'x'],
      ['03353', '2023', 'schuelerinnen_und_schueler', { klassenstufe: '5_klassenstufe' }, null, '...'],
    ]);
    expect(metadata.source).toBe('genesis-online');
    expect(metadata.publisher).toBe('Statistisches Bundesamt (Destatis)');
  });

  it('reads a table without a region column as Germany (GENESIS-Online)', async () => {
    const text = [
      'GENESIS-Tabelle: 12411-0001',
      'Bevölkerung: Deutschland, Stichtag;;',
      'Fortschreibung des Bevölkerungsstandes;;',
      ';Bevölkerungsstand;Bevölkerungsstand',
      ';männlich;weiblich',
      ';Anzahl;Anzahl',
      '31.12.2023;41000000;43000000',
      '31.12.2024;41100000;...',
      '__________',
      '© Statistisches Bundesamt (Destatis), 2025',
      'Stand: 20.06.2025 / 08:00:00',
    ].join('\n');
    const { records, metadata } = await parse(cp1252(text));
    expect(records.map(short)).toEqual([
      ['DG', '2023-12-31', 'bevoelkerungsstand', { GES: 'GESM' }, 41000000, null],
      ['DG', '2023-12-31', 'bevoelkerungsstand', { GES: 'GESW' }, 43000000, null],
      ['DG', '2024-12-31', 'bevoelkerungsstand', { GES: 'GESM' }, 41100000, null],
      ['DG', '2024-12-31', 'bevoelkerungsstand', { GES: 'GESW' }, null, '...'],
    ]);
    expect(metadata.regionNames).toEqual({ DG: 'Deutschland' });
    expect(metadata.notes[0]).toMatch(/keine Spalte mit Regionen/);
  });

  it('keeps two columns with identical headers apart', async () => {
    const text = [
      'GENESIS-Tabelle: 99999-01-01-4',
      'Test;;;;',
      ';;;Anzahl Schulen;Anzahl Schulen',
      ';;;Anzahl;Anzahl',
      '2023;03359;Stade;1;2',
      '__________',
      'Stand: 01.01.2024 / 00:00:00',
    ].join('\n');
    const { records, metadata } = await parse(utf8(text));
    expect(records.map((record) => record.measure)).toEqual(['anzahl_schulen', 'anzahl_schulen_s5']);
    expect(metadata.measures.map((measure) => measure.label)).toEqual([
      'Anzahl Schulen',
      'Anzahl Schulen (Spalte 5)',
    ]);
  });
});

describe('genesisTableCsvImporter: bad input', () => {
  const replaceLine = (text: string, line: number, content: string) =>
    text
      .split('\n')
      .map((old, index) => (index === line - 1 ? content : old))
      .join('\n');
  const cases: {
    name: string;
    input: Uint8Array;
    expected: { line: number | null; column?: number; message: RegExp };
  }[] = [
    {
      name: 'empty file',
      input: new Uint8Array(),
      expected: { line: null, message: /die Datei ist aber leer/ },
    },
    {
      name: 'binary garbage',
      input: Uint8Array.from({ length: 2000 }, (_, index) => (index * 7919) % 256),
      expected: { line: null, message: /Binärdaten/ },
    },
    {
      name: 'another first line',
      input: utf8('Hallo;Welt\n1;2\n'),
      expected: { line: 1, message: /^Zeile 1: erwartet Layout einer GENESIS-Tabelle/ },
    },
    {
      name: 'comma instead of semicolon',
      input: cp1252(GEMEINDEN.replace(/;/g, ',')),
      expected: {
        line: 2,
        message: /^Zeile 2: erwartet Semikolon \(;\) als Trennzeichen, die Zeile ist aber durch Komma/,
      },
    },
    {
      name: 'file cut off in the middle of a data line',
      input: cp1252(GEMEINDEN.slice(0, GEMEINDEN.indexOf('2750'))),
      expected: {
        line: 11,
        message:
          /^Zeile 11: erwartet 6 Felder wie in der Kopfzeile, die Zeile hat aber nur 5 \(Datei abgeschnitten/,
      },
    },
    {
      name: 'file cut off after a complete data line (no footer)',
      input: cp1252(GEMEINDEN.slice(0, GEMEINDEN.indexOf('__________'))),
      expected: { line: null, message: /Fußzeile „__________“/ },
    },
    {
      name: 'a value cell that is neither a number nor a marker',
      input: cp1252(replaceLine(GEMEINDEN, 9, '31.12.2022;03359002;        Ahlerstedt;5500;abc;-')),
      expected: {
        line: 9,
        column: 5,
        message:
          /^Zeile 9, Spalte 5: erwartet eine Zahl oder ein Zeichen der Zeichenerklärung \(-, \., x, \/, \.\.\.\), gefunden: "abc"$/,
      },
    },
    {
      name: 'a value with a thousands point in the wrong place',
      input: cp1252(replaceLine(GEMEINDEN, 8, '31.12.2022;03359001;        Agathenburg;14.80;720;760')),
      expected: { line: 8, column: 4, message: /gefunden: "14\.80"/ },
    },
    {
      name: 'a broken region key',
      input: cp1252(replaceLine(GEMEINDEN, 10, '31.12.2023;0335900;        Agathenburg;1491;726;765')),
      expected: { line: 10, column: 2, message: /^Zeile 10, Spalte 2: erwartet einen Regionalschlüssel/ },
    },
    {
      name: 'an unknown Land name',
      input: cp1252(replaceLine(LAENDER, 7, '2022;Nordsachsen;Insgesamt;Insgesamt;4100;/')),
      expected: { line: 7, column: 2, message: /den Namen eines Landes/ },
    },
    {
      name: 'a time cell that is not a year or date',
      input: cp1252(replaceLine(GEMEINDEN, 10, 'Dez. 2023;03359001;        Agathenburg;1491;726;765')),
      expected: { line: 10, column: 1, message: /Jahreszahl/ },
    },
    {
      name: 'a footnote whose quote is never closed',
      input: cp1252(GEMEINDEN.replace('lichung mit Gebietsstand 31.12.2023"', 'lichung').split('"©')[0]!),
      expected: { line: 13, message: /^Zeile 13: erwartet ein schließendes Anführungszeichen/ },
    },
    {
      name: 'no data lines at all',
      input: utf8(
        'GENESIS-Tabelle: 12411-0018\nTitel;;;\n;;;Anzahl\n__________\nStand: 01.01.2024 / 00:00:00\n',
      ),
      expected: { line: 4, message: /keine/ },
    },
    {
      name: 'no time anywhere',
      input: utf8('Tabelle: 99999-0001\nTitel;;;\n;;;Anzahl\n03359;Stade;5\n__________\n'),
      expected: { line: 4, message: /Zeitangabe/ },
    },
  ];

  it.each(cases)('$name', async ({ input, expected }) => {
    const error = await parseError(input);
    expect(error.line).toBe(expected.line);
    if (expected.column !== undefined) expect(error.column).toBe(expected.column);
    expect(error.message).toMatch(expected.message);
  });
});

describe('genesisTableCsvImporter helpers', () => {
  it.each([
    { input: '21111-02-06-4', expected: 'regionalstatistik' },
    { input: '12411-01-01-5', expected: 'regionalstatistik' },
    { input: '12411-0018', expected: 'genesis-online' },
    { input: '12211-1003', expected: 'genesis-online' },
  ])('source of $input', ({ input, expected }) => {
    expect(sourceForTableCode(input)).toBe(expected);
  });

  it.each([
    { input: '© Statistisches Bundesamt (Destatis), 2021', expected: 'Statistisches Bundesamt (Destatis)' },
    {
      input: '© Statistische Ämter des Bundes und der Länder, Deutschland, 2025. Dieses Werk …',
      expected: 'Statistische Ämter des Bundes und der Länder',
    },
    { input: 'kein Copyright', expected: null },
  ])('publisher from $input', ({ input, expected }) => {
    expect(publisherFromCopyright(input)).toBe(expected);
  });

  it.each([
    { input: 'Anzahl', expected: true },
    { input: '1000', expected: true },
    { input: 'Tsd. EUR', expected: true },
    { input: 'EUR', expected: true },
    { input: '%', expected: true },
    { input: 'Prozent', expected: true },
    { input: 'EUR je Einwohner', expected: true },
    { input: 'weiblich', expected: false },
    { input: 'unter 3 Jahre', expected: false },
    { input: 'verfüg. Einkommen der priv. Haushalte je Einwohner', expected: false },
  ])('unit: $input', ({ input, expected }) => {
    expect(isUnit(input)).toBe(expected);
  });

  it('uniqueCodes falls back to longer codes only where different measures collide', () => {
    expect(
      uniqueCodes([
        { identity: 'A', candidates: ['x', 'x_long_a', 'x_long_a_unit', 'x_1'] },
        { identity: 'B', candidates: ['x', 'x_long_b', 'x_long_b_unit', 'x_2'] },
        { identity: 'C', candidates: ['y', 'y_long', 'y_long_unit', 'y_3'] },
        { identity: 'A', candidates: ['x', 'x_long_a', 'x_long_a_unit', 'x_1'] },
      ]),
    ).toEqual(['x_long_a', 'x_long_b', 'y', 'x_long_a']);
  });
});

describe('genesisTableCsvImporter.detect', () => {
  const probe = (text: string, fileName = 'x.csv') => probeFile({ fileName, bytes: utf8(text) });
  it.each([
    { input: 'GENESIS-Tabelle: 21111-02-06-4\n', expected: true },
    { input: 'Tabelle: 13211-02-05-4\n', expected: true },
    { input: '\ufeffGENESIS-Tabelle: 12411-0018\n', expected: true },
    { input: 'statistics_code;statistics_label\n', expected: false },
    { input: 'Statistik_Code;Statistik_Label\n', expected: false },
    { input: 'region;period;measure;value\n', expected: false },
    { input: '{"Ident":{},"Status":{}}', expected: false },
  ])('$input', ({ input, expected }) => {
    expect(genesisTableCsvImporter.detect(probe(input))).toBe(expected);
  });
});

interface RealFile {
  path: string[];
  /** Fields before the values: [time;] key; name [; row dims]. */
  labelColumns: number;
  rows: number;
  valueColumns: number;
  /** Lines per target county (several Schularten, years or sectors). */
  linesPerCounty: number;
}

const REAL_FILES: RealFile[] = [
  {
    path: ['regionalstatistik', '21111-01-03-4.csv'],
    labelColumns: 4,
    rows: 6456,
    valueColumns: 6,
    linesPerCounty: 12,
  },
  {
    path: ['regionalstatistik', '21111-02-06-4.csv'],
    labelColumns: 3,
    rows: 538,
    valueColumns: 14,
    linesPerCounty: 1,
  },
  {
    path: ['regionalstatistik', '21121-02-02-4.csv'],
    labelColumns: 3,
    rows: 538,
    valueColumns: 12,
    linesPerCounty: 1,
  },
  {
    path: ['regionalstatistik', '13211-02-05-4.csv'],
    labelColumns: 3,
    rows: 538,
    valueColumns: 13,
    linesPerCounty: 1,
  },
  {
    path: ['regionalstatistik', '82411-01-03-4.csv'],
    labelColumns: 3,
    rows: 538,
    valueColumns: 2,
    linesPerCounty: 1,
  },
  {
    path: ['regionalstatistik-2021', '13211-02-05-4.csv'],
    labelColumns: 3,
    rows: 3228,
    valueColumns: 13,
    linesPerCounty: 6,
  },
  ...[2015, 2016, 2017, 2018, 2019, 2020].map((year) => ({
    path: ['regionalstatistik-2021', `13111-07-05-4_${year}.csv`],
    labelColumns: 3,
    rows: 7532,
    valueColumns: 6,
    linesPerCounty: 14,
  })),
  {
    path: ['genesis-online', '12411-0018.csv'],
    labelColumns: 3,
    rows: 2407,
    valueColumns: 34,
    linesPerCounty: 6,
  },
];

/** Independent reading of the raw file: decode, split lines, find the county's lines. */
function rawCountyLines(path: string[], key: string): { line: number; fields: string[] }[] {
  const text = new TextDecoder('windows-1252').decode(readFileSync(sharedData(...path)));
  return text
    .split('\n')
    .map((content, index) => ({ line: index + 1, fields: content.replace(/\r$/, '').split(';') }))
    .filter(({ fields }) => fields.includes(key));
}

function expectedCell(cell: string): { value: number | null; flag: string | null } {
  return /^-?\d+(,\d+)?$/.test(cell)
    ? { value: Number(cell.replace(',', '.')), flag: null }
    : { value: null, flag: cell };
}

describe.skipIf(!hasSharedData)('genesisTableCsvImporter: real files from ../shared/data', () => {
  async function parseReal(path: string[]) {
    const bytes = new Uint8Array(readFileSync(sharedData(...path)));
    const fileName = path.at(-1)!;
    expect(genesisTableCsvImporter.detect(probeFile({ fileName, bytes }))).toBe(true);
    return drain(await genesisTableCsvImporter.open({ fileName, bytes }));
  }

  it.each(REAL_FILES)(
    '$path.1: all rows, and every Stade/Harburg value as in the raw lines',
    async (file) => {
      const { records, metadata } = await parseReal(file.path);
      const lines = new Set(records.map((record) => record.line));
      expect(lines.size).toBe(file.rows);
      expect(records.length).toBe(file.rows * file.valueColumns);
      expect(metadata.licence).toMatch(/^© Statist/);
      expect(metadata.vintage).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      for (const key of ['03359', '03353']) {
        const raw = rawCountyLines(file.path, key);
        expect(raw).toHaveLength(file.linesPerCounty);
        for (const { line, fields } of raw) {
          const parsed = records.filter((record) => record.line === line);
          expect(parsed.every((record) => record.region === key)).toBe(true);
          expect(parsed.map(({ value, flag }) => ({ value, flag }))).toEqual(
            fields.slice(file.labelColumns).map(expectedCell),
          );
        }
      }
    },
  );

  it('21111-02-06-4: measures per Abschluss, sex as GES', async () => {
    const { records, metadata } = await parseReal(['regionalstatistik', '21111-02-06-4.csv']);
    const stade = records.filter((record) => record.region === '03359');
    expect(stade.slice(0, 2).map(short)).toEqual([
      ['03359', '2023', 'absolvierende_abgehende', {}, 2074, null],
      ['03359', '2023', 'absolvierende_abgehende', { GES: 'GESW' }, 1002, null],
    ]);
    expect(
      stade
        .filter((record) => record.measure === 'absolvierende_abgehende__mit_fachhochschulreife')
        .map(short),
    ).toEqual([
      ['03359', '2023', 'absolvierende_abgehende__mit_fachhochschulreife', {}, null, '.'],
      ['03359', '2023', 'absolvierende_abgehende__mit_fachhochschulreife', { GES: 'GESW' }, null, '.'],
    ]);
    const harburg = records.find(
      (record) => record.region === '03353' && record.measure === 'absolvierende_abgehende',
    );
    expect(harburg?.value).toBe(2473);
    expect(metadata.measures.map((measure) => measure.code)).toEqual([
      'absolvierende_abgehende',
      'absolvierende_abgehende__ohne_hauptschulabschluss',
      'absolvierende_abgehende__mit_hauptschulabschluss',
      'absolvierende_abgehende__mit_mittlerem_abschluss',
      'absolvierende_abgehende__dar_schulischer_teil',
      'absolvierende_abgehende__mit_fachhochschulreife',
      'absolvierende_abgehende__mit_allgemeiner_hochschulreife',
    ]);
    expect(metadata).toMatchObject({
      source: 'regionalstatistik',
      tableCode: '21111-02-06-4',
      publisher: 'Statistische Ämter des Bundes und der Länder',
      licence:
        '© Statistische Ämter des Bundes und der Länder, Deutschland, 2025. Dieses Werk ist lizenziert unter der Datenlizenz Deutschland - Namensnennung - Version 2.0.',
    });
    expect(metadata.regionNames['03359']).toBe('Stade, Landkreis');
    expect(Object.keys(metadata.regionNames)).toHaveLength(538);
  });

  it('13111-07-05-4: Stichtag from the title, sectors × nationality × sex', async () => {
    const { records, metadata } = await parseReal(['regionalstatistik-2021', '13111-07-05-4_2020.csv']);
    const stade = records.filter((record) => record.region === '03359');
    const find = (dims: Record<string, string>) =>
      stade.find((record) => JSON.stringify(record.dims) === JSON.stringify(dims));
    expect(find({ WZ08: 'WZ08-C' })?.value).toBe(11161);
    expect(find({ WZ08: 'WZ08-C', NAT: 'NATA', GES: 'GESW' })?.value).toBe(107);
    expect(find({ WZ08: 'WZ08-J', NAT: 'NATA', GES: 'GESM' })).toMatchObject({ value: null, flag: '.' });
    expect(find({})?.value).toBe(63523);
    expect(find({ GES: 'GESM' })?.value).toBe(33216);
    expect(find({ NAT: 'NATA' })?.value).toBe(5874);
    expect(new Set(records.map((record) => record.period))).toEqual(new Set(['2020-06-30']));
    expect(new Set(records.map((record) => record.measure))).toEqual(
      new Set(['sozialversicherungspfl_beschaeftigte']),
    );
    expect(metadata.dimensions.find((dimension) => dimension.code === 'WZ08')?.attributes).toHaveLength(13);
    expect(metadata.vintage).toBe('2021-08-17');
  });

  it('13211-02-05-4: the 2021 and 2025 downloads give the same codes despite label drift', async () => {
    const old = await parseReal(['regionalstatistik-2021', '13211-02-05-4.csv']);
    const recent = await parseReal(['regionalstatistik', '13211-02-05-4.csv']);
    const codes = (result: typeof old) => [
      ...new Set(result.records.map((record) => `${record.measure} ${JSON.stringify(record.dims)}`)),
    ];
    expect(codes(recent)).toEqual(codes(old));
    const foreignRate = recent.records.find(
      (record) =>
        record.region === '03359' &&
        record.measure === 'arbeitslosenquote_bez_auf_alle_zivile' &&
        record.dims.NAT === 'NATA',
    );
    expect(foreignRate?.value).toBe(17.5);
    expect(
      old.records.filter((record) => record.region === '03353').map((record) => record.period),
    ).toContain('2015');
  });

  it('12411-0018 and 12211-1003 (GENESIS-Online, Destatis)', async () => {
    const population = await parseReal(['genesis-online', '12411-0018.csv']);
    expect(
      population.records.find(
        (record) =>
          record.region === '03359' &&
          record.period === '2015-12-31' &&
          record.measure === 'bevoelkerungsstand__unter_3_jahre' &&
          record.dims.GES === 'GESM',
      )?.value,
    ).toBe(2745);
    expect(population.metadata).toMatchObject({
      source: 'genesis-online',
      tableCode: '12411-0018',
      publisher: 'Statistisches Bundesamt (Destatis)',
      licence: '© Statistisches Bundesamt (Destatis), 2021',
      vintage: '2021-08-17',
    });

    const income = await parseReal(['genesis-online', '12211-1003-DLAND_.F.csv']);
    expect(new Set(income.records.map((record) => record.line)).size).toBe(624);
    expect(income.records).toHaveLength(624 * 5);
    expect(income.records.filter((record) => record.flag === '/')).toHaveLength(751);
    const niedersachsen = income.records.filter(
      (record) =>
        record.region === '03' && record.dims.GES === 'GESW' && record.dims.merkmal_2 === 'kein_einkommen',
    );
    expect(niedersachsen.map((record) => record.value)).toEqual([636, 10, 8, 18, 618]);
    expect(Object.keys(income.metadata.regionNames).sort()).toHaveLength(16);
  });
});
