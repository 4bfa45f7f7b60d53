import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, SHARED_DATA_SKIP_REASON, sharedData } from '../../../test/shared-data.ts';
import {
  decodeOccupationReference,
  encodeOccupationReference,
  type OccupationReference,
  parentCode,
  parseIscoCrosswalk,
  parseKldbCsv,
  requirementLevelOf,
  splitCsvLine,
} from './occupations-reference.ts';

const HEADER =
  '\uFEFFSchlüssel KldB 2010, V. 2020;Ebene;Titel;Kurztitel;Allgemeine Bemerkungen;Einschlüsse;Umfasst ferner;Ausschlüsse;';

describe('KldB CSV', () => {
  it.each([
    ['a;b;c', ['a', 'b', 'c']],
    ['a;"b;c";d', ['a', 'b;c', 'd']],
    ['"say ""hi""";x;', ['say "hi"', 'x', '']],
  ])('splits %s', (line, fields) => {
    expect(splitCsvLine(line)).toEqual(fields);
  });

  it('pads military codes to their level and cleans entities', () => {
    const text = [
      HEADER,
      '0;1;Militär;Militär;;;;;',
      '1;2;Angehörige der regulären Streitkräfte;Streitkräfte;;;;;',
      '11;3;Offiziere;Offiziere;;;;;',
      '110;4;Offiziere;Offiziere;;;;;',
      '1104;5;Offiziere – hoch komplexe Tätigkeiten;Offiziere - Experte;"z.&nbsp;B. ""Führung""";;;;',
    ].join('\n');
    const occupations = parseKldbCsv(text, 'kldb.csv');
    expect(occupations.map((o) => o.code)).toEqual(['0', '01', '011', '0110', '01104']);
    expect(occupations[4]).toEqual({
      code: '01104',
      level: 5,
      title: 'Offiziere – hoch komplexe Tätigkeiten',
      shortTitle: 'Offiziere - Experte',
    });
    expect(parentCode('01104')).toBe('0110');
    expect(parentCode('0')).toBeNull();
    expect(requirementLevelOf('52122')).toBe(2);
    expect(requirementLevelOf('5212')).toBeNull();
  });

  it.each([
    ['a wrong header', 'Code;Ebene;Titel\n1;1;x', /Zeile 1: erwartet die Kopfzeile/],
    ['a level out of range', `${HEADER}\n1;7;x;x;;;;;`, /Zeile 2: erwartet einen KldB-Schlüssel/],
    [
      'a missing parent',
      `${HEADER}\n5;1;Verkehr;Verkehr;;;;;\n521;3;Fahrzeugführung;F;;;;;`,
      /fehlt die übergeordnete Position 52/,
    ],
    [
      'a duplicate',
      `${HEADER}\n5;1;Verkehr;Verkehr;;;;;\n5;1;Verkehr;Verkehr;;;;;`,
      /Zeile 3: Schlüssel 5 doppelt/,
    ],
  ])('rejects %s with file and line', (_label, text, message) => {
    expect(() => parseKldbCsv(text, 'kldb.csv')).toThrow(message);
  });
});

describe('reference file', () => {
  it('round-trips through the compact format', () => {
    const reference: OccupationReference = {
      builtAt: '2026-01-01T00:00:00.000Z',
      sources: [],
      occupations: [
        { code: '5', level: 1, title: 'Verkehr', shortTitle: 'Verkehr' },
        {
          code: '52122',
          level: 5,
          title: 'Berufskraftfahrer – Fachkraft',
          shortTitle: 'Berufskraftfahrer-Fk',
        },
      ],
      iscoUnits: { '8332': { de: 'Lkw-Fahrer', en: 'Heavy truck and lorry drivers' } },
      mappings: [{ kldb: '52122', isco: '8332', unambiguous: true, rank: 1 }],
    };
    expect(decodeOccupationReference(encodeOccupationReference(reference))).toEqual(reference);
    expect(() => decodeOccupationReference(new Uint8Array([1, 2, 3]))).toThrow(/unlesbar/);
  });
});

describe.skipIf(!hasSharedData)(`official KldB files (${SHARED_DATA_SKIP_REASON})`, () => {
  it('reads all five levels and the ISCO crosswalk', async () => {
    const occupations = parseKldbCsv(
      readFileSync(
        sharedData('kldb', 'KldB_2010,_V._2020-DE-2025-02-03-Gliederung_mit_Erläuterung.csv'),
        'utf8',
      ),
      'kldb.csv',
    );
    const byLevel = [1, 2, 3, 4, 5].map((level) => occupations.filter((o) => o.level === level).length);
    expect(byLevel).toEqual([10, 37, 144, 703, 1301]);
    const { units, mappings } = await parseIscoCrosswalk(
      new Uint8Array(readFileSync(sharedData('kldb', 'kldb2010-isco08-crosswalk.xlsx'))),
      'crosswalk.xlsx',
    );
    expect(mappings).toHaveLength(1523);
    expect(new Set(mappings.map((m) => m.kldb)).size).toBe(1300);
    expect(mappings.filter((m) => m.kldb === '52122').map((m) => m.isco)).toContain('8332');
    expect(units['8332']?.en).toMatch(/truck/i);
  });
});
