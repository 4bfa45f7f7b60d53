import { describe, expect, it } from 'vitest';
import { assertCsvText, assertSeparator, type CsvRecord, readCsvRecords, readCsvRows } from './csv.ts';
import { ImportFormatError } from './types.ts';

function read(chunks: string[], separator?: string): CsvRecord[] {
  return [...readCsvRecords(chunks, separator === undefined ? {} : { separator })];
}

/** Every way of cutting the text into two chunks must give the same records. */
function readAllSplits(text: string, separator?: string): CsvRecord[] {
  const whole = read([text], separator);
  for (let cut = 0; cut <= text.length; cut++) {
    expect(read([text.slice(0, cut), text.slice(cut)], separator), `cut at ${cut}`).toEqual(whole);
  }
  return whole;
}

describe('readCsvRecords', () => {
  const cases: { name: string; input: string; separator?: string; expected: CsvRecord[] }[] = [
    {
      name: 'plain lines with LF',
      input: 'a;b;c\n1;2;3\n',
      expected: [
        { fields: ['a', 'b', 'c'], line: 1 },
        { fields: ['1', '2', '3'], line: 2 },
      ],
    },
    {
      name: 'CRLF and no final line break',
      input: 'a;b\r\n1;2',
      expected: [
        { fields: ['a', 'b'], line: 1 },
        { fields: ['1', '2'], line: 2 },
      ],
    },
    {
      name: 'empty fields and empty lines are kept',
      input: ';;x\n\n;\n',
      expected: [
        { fields: ['', '', 'x'], line: 1 },
        { fields: [''], line: 2 },
        { fields: ['', ''], line: 3 },
      ],
    },
    {
      name: 'quoted fields with "" and separators inside',
      input: '"a;b";"say ""hi""";c\n',
      expected: [{ fields: ['a;b', 'say "hi"', 'c'], line: 1 }],
    },
    {
      name: 'GENESIS footer: multi-line quoted block, later records keep their line numbers',
      input:
        '__________\n"zu ""gesamte Tabelle"":\nZeile 2\r\nZeile 3"\n"© Ämter,\n2025."\nStand: 01.02.2025 / 10:00:00\n',
      expected: [
        { fields: ['__________'], line: 1 },
        { fields: ['zu "gesamte Tabelle":\nZeile 2\nZeile 3'], line: 2 },
        { fields: ['© Ämter,\n2025.'], line: 5 },
        { fields: ['Stand: 01.02.2025 / 10:00:00'], line: 7 },
      ],
    },
    {
      name: 'a quote inside an unquoted field is text',
      input: 'Kreis "Alt";2\n',
      expected: [{ fields: ['Kreis "Alt"', '2'], line: 1 }],
    },
    {
      name: 'custom separator (comma); semicolons are text then',
      input: 'region,value\n03359,"1,5"\nx;y,z\n',
      separator: ',',
      expected: [
        { fields: ['region', 'value'], line: 1 },
        { fields: ['03359', '1,5'], line: 2 },
        { fields: ['x;y', 'z'], line: 3 },
      ],
    },
    {
      name: 'tab separator',
      input: 'a\tb\n',
      separator: '\t',
      expected: [{ fields: ['a', 'b'], line: 1 }],
    },
    { name: 'empty input', input: '', expected: [] },
    {
      name: 'quoted empty field at the end of the file',
      input: 'a;""',
      expected: [{ fields: ['a', ''], line: 1 }],
    },
  ];

  it.each(cases)('$name', ({ input, separator, expected }) => {
    expect(readAllSplits(input, separator)).toEqual(expected);
  });

  it('reads many small chunks the same as one', () => {
    const text = 'x;"a\nb";y\n1;2;3\n"""";4;5\n';
    expect(read(text.split(''))).toEqual(read([text]));
  });

  it('numbers lines from firstLine when a preamble was consumed', () => {
    expect([...readCsvRecords(['a;b\n'], { firstLine: 7 })]).toEqual([{ fields: ['a', 'b'], line: 7 }]);
  });

  const unterminated: { input: string; line: number }[] = [
    { input: 'a;b\n"open', line: 2 },
    { input: 'a\nb\n__________\n"Fußnote\nZeile 2\nZeile 3', line: 4 },
    { input: 'x;"a\nb";"c\nd', line: 2 },
  ];
  it.each(unterminated)(
    'an open quote at the end of the file names the line where it opened ($line)',
    ({ input, line }) => {
      for (const chunks of [[input], input.split('')]) {
        let error: unknown;
        try {
          read(chunks);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(ImportFormatError);
        expect((error as ImportFormatError).line).toBe(line);
        expect((error as ImportFormatError).message).toMatch(
          new RegExp(`^Zeile ${line}: erwartet ein schließendes Anführungszeichen`),
        );
      }
    },
  );

  it('refuses an unusable separator', () => {
    expect(() => read(['a'], '"')).toThrow();
  });
});

describe('readCsvRows', () => {
  it('cuts fields on demand and reuses one row object', () => {
    const rows = readCsvRows(['a;bb;;d\n"q;1";2\n']);
    const first = rows.next();
    expect(first.done).toBe(false);
    const row = first.value!;
    expect([row.length, row.field(1), row.field(2), row.field(3), row.field(9), row.line]).toEqual([
      4,
      'bb',
      '',
      'd',
      '',
      1,
    ]);
    const second = rows.next().value!;
    expect(second).toBe(row);
    expect([second.length, second.field(0), second.fields(), second.line]).toEqual([
      2,
      'q;1',
      ['q;1', '2'],
      2,
    ]);
  });

  it('handles rows wider than its initial offset table', () => {
    const wide = Array.from({ length: 200 }, (_, index) => String(index)).join(';');
    const row = readCsvRows([`${wide}\n`]).next().value!;
    expect([row.length, row.field(0), row.field(150), row.field(199)]).toEqual([200, '0', '150', '199']);
  });
});

describe('assertCsvText', () => {
  const cases: { name: string; input: Uint8Array; expected: RegExp | null }[] = [
    { name: 'empty file', input: new Uint8Array(), expected: /leer/ },
    { name: 'only a BOM', input: new Uint8Array([0xef, 0xbb, 0xbf]), expected: /leer/ },
    {
      name: 'binary with NUL bytes',
      input: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]),
      expected: /Binärdaten/,
    },
    {
      name: 'random control characters',
      input: Uint8Array.from({ length: 400 }, (_, index) => (index * 37) % 32 || 1),
      expected: /Binärdaten/,
    },
    { name: 'ordinary text', input: new TextEncoder().encode('a;b\n1;2\n'), expected: null },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    if (expected === null) expect(() => assertCsvText(input)).not.toThrow();
    else expect(() => assertCsvText(input)).toThrow(expected);
  });
});

describe('assertSeparator', () => {
  const cases: { fields: string[]; expected: RegExp | null }[] = [
    {
      fields: ['2023,DG,Deutschland,782423'],
      expected:
        /^Zeile 3: erwartet Semikolon \(;\) als Trennzeichen, die Zeile ist aber durch Komma \(,\) getrennt/,
    },
    { fields: ['Titel,,,,'], expected: /Komma/ },
    { fields: ['a\tb\tc'], expected: /Tabulator/ },
    { fields: ['Bevölkerung, Erwerbstätige', '', ''], expected: null },
    { fields: ['Titel, mit Komma'], expected: null },
    { fields: ['Bevölkerung, Erwerbstätige, Erwerbslose, Erwerbspersonen,'], expected: null },
    { fields: [',,,Anzahl,Anzahl'], expected: /Komma/ },
  ];
  it.each(cases)('$fields', ({ fields, expected }) => {
    if (expected === null) expect(() => assertSeparator(fields, 3)).not.toThrow();
    else expect(() => assertSeparator(fields, 3)).toThrow(expected);
  });
});
