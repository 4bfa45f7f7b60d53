import { describe, expect, it } from 'vitest';
import { probeFile } from './detect.ts';
import { genesisTableCsvImporter, publisherFromCopyright, sourceForTableCode } from './genesis-table-csv.ts';
import { isUnit, uniqueCodes } from './genesis-table-header.ts';
import { cp1252, drain, formatError, short, utf8 } from './importers.fixtures.ts';
import type { ImportFormatError } from './types.ts';

async function parse(bytes: Uint8Array, fileName = 'tabelle.csv') {
  return drain(await genesisTableCsvImporter.open({ fileName, bytes }));
}

async function parseError(bytes: Uint8Array): Promise<ImportFormatError> {
  return formatError(parse(bytes));
}

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

  it('reads age groups in the column headers as ALTX, not as measures (12411-0018 layout)', async () => {
    const text = [
      'GENESIS-Tabelle: 12411-0018',
      'Bevölkerung: Kreise, Stichtag, Geschlecht, Altersgruppen;;;;;;',
      'Fortschreibung des Bevölkerungsstandes;;;;;;',
      'Bevölkerungsstand (Anzahl);;;;;;',
      ';;;Insgesamt;männlich;männlich;weiblich',
      ';;;Insgesamt;unter 3 Jahre;75 Jahre und mehr;unter 3 Jahre',
      '31.12.2020;03359;Stade, Landkreis;205000;2700;9000;2600',
      '__________',
      '© Statistisches Bundesamt (Destatis), 2021',
      'Stand: 17.08.2021 / 10:00:00',
    ].join('\n');
    const { records, metadata } = await parse(cp1252(text));
    expect(records.map(short)).toEqual([
      ['03359', '2020-12-31', 'bevoelkerungsstand', {}, 205000, null],
      ['03359', '2020-12-31', 'bevoelkerungsstand', { GES: 'GESM', ALTX: 'ALT000B03' }, 2700, null],
      ['03359', '2020-12-31', 'bevoelkerungsstand', { GES: 'GESM', ALTX: 'ALT075UM' }, 9000, null],
      ['03359', '2020-12-31', 'bevoelkerungsstand', { GES: 'GESW', ALTX: 'ALT000B03' }, 2600, null],
    ]);
    expect(metadata.measures).toEqual([
      { code: 'bevoelkerungsstand', label: 'Bevölkerungsstand', unit: 'Anzahl' },
    ]);
    expect(metadata.dimensions).toEqual([
      {
        code: 'GES',
        label: 'Geschlecht',
        attributes: [
          { code: 'GESM', label: 'männlich' },
          { code: 'GESW', label: 'weiblich' },
        ],
      },
      {
        code: 'ALTX',
        label: 'Altersgruppen',
        attributes: [
          { code: 'ALT000B03', label: 'unter 3 Jahre' },
          { code: 'ALT075UM', label: '75 Jahre und mehr' },
        ],
      },
    ]);
  });

  it('reads age groups in a row-dimension column and under an "Altersgruppen" variable row', async () => {
    const inRows = [
      'GENESIS-Tabelle: 13211-0099',
      'Arbeitslose: Kreise, Jahre, Altersgruppen;;;;',
      'Arbeitslose (Anzahl);;;;',
      '2023;03359;Stade, Landkreis;Insgesamt;5000',
      '2023;03359;Stade, Landkreis;15 bis unter 25 Jahre;600',
      '2023;03359;Stade, Landkreis;55 Jahre und älter;1400',
      '__________',
      'Stand: 01.03.2024 / 00:00:00',
    ].join('\n');
    const rows = await parse(utf8(inRows));
    expect(rows.records.map(short)).toEqual([
      ['03359', '2023', 'arbeitslose', {}, 5000, null],
      ['03359', '2023', 'arbeitslose', { ALTX: 'ALT015B25' }, 600, null],
      ['03359', '2023', 'arbeitslose', { ALTX: 'ALT055UM' }, 1400, null],
    ]);

    // Under the variable name, a label that gives no bounds still lands in ALTX (as a slug).
    const underVariable = [
      'GENESIS-Tabelle: 22541-0099',
      'Kinder in Tageseinrichtungen: Kreise, Stichtag, Altersgruppen;;;;',
      ';;;Kinder;Kinder',
      ';;;Altersgruppen;Altersgruppen',
      ';;;3 bis unter 6 Jahre;Schulkinder',
      ';;;Anzahl;Anzahl',
      '01.03.2024;03359;Stade, Landkreis;4000;800',
      '__________',
      'Stand: 01.10.2024 / 00:00:00',
    ].join('\n');
    const header = await parse(utf8(underVariable));
    expect(header.records.map((record) => [record.measure, record.dims])).toEqual([
      ['kinder', { ALTX: 'ALT003B06' }],
      ['kinder', { ALTX: 'schulkinder' }],
    ]);
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
