import { describe, expect, it } from 'vitest';
import { checkImport, ImportHeaderError, normaliseName, organisationsCsv, parseCsv } from './import.ts';

const known = new Set(['03353001', '03359010']);
const existing = [
  {
    id: 'o1',
    name: 'Oberschule Buchholz',
    schoolNumber: '12345',
    municipalityAgs: '03353001',
    city: 'Buchholz',
  },
  { id: 'o2', name: 'Grundschule Am Markt', schoolNumber: null, municipalityAgs: '03359010', city: 'Stade' },
];

describe('CSV reading', () => {
  it.each([
    {
      text: 'a;b\r\n1;2\r\n',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      text: '\uFEFFa,b\n"x, y",2',
      expected: [
        ['a', 'b'],
        ['x, y', '2'],
      ],
    },
    {
      text: 'a;b\n"say ""hi""";"two\nlines"\n',
      expected: [
        ['a', 'b'],
        ['say "hi"', 'two\nlines'],
      ],
    },
  ])('%#', ({ text, expected }) => {
    expect(parseCsv(text)).toEqual(expected);
  });
});

describe('normalised names', () => {
  it.each([
    ['Grundschule  Am Markt', 'grundschule am markt'],
    ['Grundschule am Markt!', 'grundschule am markt'],
    ['Schule Über dem Berg', 'schule ueber dem berg'],
    ['St. Marien-Schule', 'sankt marien schule'],
  ])('%s → %s', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });
});

describe('import check', () => {
  const header = ['Name', 'Akteursgruppe', 'Schulnummer', 'AGS', 'PLZ', 'Ort', 'Breitengrad', 'Längengrad'];
  it('finds new lines, duplicates by official id, by name and municipality, and within the file', () => {
    const result = checkImport(
      [
        header,
        ['Gymnasium Süd', 'schule_gymnasium', '54321', '03353001', '21244', 'Buchholz', '53,33', '9,87'],
        ['OBS Buchholz (neu)', 'Oberschule', '12345', '03353001', '', '', '', ''],
        ['Grundschule am  Markt', 'schule_grund', '', '03359010', '', 'Stade', '', ''],
        ['Gymnasium Süd', 'schule_gymnasium', '', '03353001', '', '', '', ''],
        ['', '', '', '', '', '', '', ''],
      ],
      'schulen.csv',
      existing,
      known,
    );
    expect(result.map((r) => [r.line, r.status, r.duplicateOf?.reason ?? null])).toEqual([
      [2, 'new', null],
      [3, 'duplicate', 'official_id'],
      [4, 'duplicate', 'name_municipality'],
      [5, 'duplicate', 'in_file'],
    ]);
    expect(result[0]?.organisation).toMatchObject({
      latitude: 53.33,
      longitude: 9.87,
      actorGroup: 'schule_gymnasium',
    });
    expect(result[1]?.duplicateOf).toEqual({ id: 'o1', name: 'Oberschule Buchholz', reason: 'official_id' });
  });

  it('names line and column of every error', () => {
    const result = checkImport(
      [
        header,
        ['X', 'Schulen', '12', '0335', 'abc', '', '95', ''],
        ['Schule Unbekannt', 'schule_grund', '', '03353999', '', '', '', ''],
      ],
      'schulen.csv',
      existing,
      known,
    );
    expect(result[0]?.status).toBe('error');
    expect(result[0]?.errors).toEqual([
      'Zeile 2, Spalte „Name“: Name fehlt (mindestens 2 Zeichen).',
      expect.stringContaining('Zeile 2, Spalte „Akteursgruppe“: „Schulen“ ist keine bekannte Akteursgruppe'),
      'Zeile 2, Spalte „Schulnummer“: „12“ ist keine Schulnummer (5 oder 6 Ziffern).',
      'Zeile 2, Spalte „AGS“: „0335“ ist kein Gemeindeschlüssel (8 Ziffern).',
      'Zeile 2, Spalte „PLZ“: „abc“ ist keine Postleitzahl (5 Ziffern).',
      'Zeile 2, Spalte „Breitengrad“: „95“ ist kein Breitengrad (Zahl von −90 bis 90, z. B. 53,6).',
      'Zeile 2: Breiten- und Längengrad nur zusammen angeben.',
    ]);
    expect(result[1]?.errors).toEqual([
      'Zeile 3, Spalte „AGS“: Gemeinde mit AGS 03353999 ist in der Gebietsgliederung nicht bekannt.',
    ]);
  });

  it('refuses a file without the required columns', () => {
    expect(() => checkImport([['Titel', 'Ort']], 'liste.csv', [], known)).toThrow(ImportHeaderError);
    expect(() => checkImport([['Titel', 'Ort']], 'liste.csv', [], known)).toThrow(
      'liste.csv, Zeile 1: Spalte „Name“ und „Akteursgruppe“ fehlt.',
    );
  });
});

describe('export', () => {
  it('writes the import columns with decimal commas and quotes where needed, and reads back', () => {
    const csv = organisationsCsv([
      {
        name: 'BBS "Nord"; Buchholz',
        shortName: null,
        actorGroup: 'bbs',
        schoolNumber: '11111',
        municipalityAgs: '03353001',
        street: null,
        postalCode: '21244',
        city: 'Buchholz',
        latitude: 53.3,
        longitude: 9.8,
        website: null,
      },
    ]);
    const rows = parseCsv(csv);
    expect(rows[1]).toEqual([
      'BBS "Nord"; Buchholz',
      '',
      'bbs',
      '11111',
      '03353001',
      '',
      '21244',
      'Buchholz',
      '53,3',
      '9,8',
      '',
    ]);
    const checked = checkImport(rows, 'export.csv', [], known);
    expect(checked[0]?.status).toBe('new');
  });
});
