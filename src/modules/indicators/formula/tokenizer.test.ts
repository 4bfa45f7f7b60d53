import { describe, expect, it } from 'vitest';
import { scanToken, type TokenKind, tokenize } from './tokenizer.ts';

type Brief = [TokenKind, string];

function brief(text: string): Brief[] {
  return tokenize(text).map((token) => [token.kind, token.text]);
}

describe('tokenize', () => {
  const cases: { input: string; expected: Brief[] }[] = [
    { input: '', expected: [['end', '']] },
    { input: ' \n\t ', expected: [['end', '']] },
    {
      input: '12 + 0.5*100',
      expected: [
        ['number', '12'],
        ['symbol', '+'],
        ['number', '0.5'],
        ['symbol', '*'],
        ['number', '100'],
        ['end', ''],
      ],
    },
    {
      input: 'a<=b>=c==d!=e<f>g',
      expected: [
        ['name', 'a'],
        ['symbol', '<='],
        ['name', 'b'],
        ['symbol', '>='],
        ['name', 'c'],
        ['symbol', '=='],
        ['name', 'd'],
        ['symbol', '!='],
        ['name', 'e'],
        ['symbol', '<'],
        ['name', 'f'],
        ['symbol', '>'],
        ['name', 'g'],
        ['end', ''],
      ],
    },
    {
      // Outside braces `-` is an operator, inside it belongs to the table code.
      input: '21111-02 - {21111-02-06-4:absolvierende_abgehende__ohne_hauptschulabschluss | GES=GESW}',
      expected: [
        ['number', '21111'],
        ['symbol', '-'],
        ['number', '02'],
        ['symbol', '-'],
        ['symbol', '{'],
        ['code', '21111-02-06-4'],
        ['symbol', ':'],
        ['code', 'absolvierende_abgehende__ohne_hauptschulabschluss'],
        ['symbol', '|'],
        ['code', 'GES'],
        ['symbol', '='],
        ['code', 'GESW'],
        ['symbol', '}'],
        ['end', ''],
      ],
    },
    {
      input: '{BA-ENGPASS-2025-DE:wert|WZ=WZ08-B-F,ALTER in(ALT000B03, ALT003B06),GES=*}[t-5]',
      expected: [
        ['symbol', '{'],
        ['code', 'BA-ENGPASS-2025-DE'],
        ['symbol', ':'],
        ['code', 'wert'],
        ['symbol', '|'],
        ['code', 'WZ'],
        ['symbol', '='],
        ['code', 'WZ08-B-F'],
        ['symbol', ','],
        ['code', 'ALTER'],
        ['code', 'in'],
        ['symbol', '('],
        ['code', 'ALT000B03'],
        ['symbol', ','],
        ['code', 'ALT003B06'],
        ['symbol', ')'],
        ['symbol', ','],
        ['code', 'GES'],
        ['symbol', '='],
        ['symbol', '*'],
        ['symbol', '}'],
        ['symbol', '['],
        ['name', 't'],
        ['symbol', '-'],
        ['number', '5'],
        ['symbol', ']'],
        ['end', ''],
      ],
    },
    {
      input: '{12411-0018.v2:BEV\n  |\n  GES = GESM}',
      expected: [
        ['symbol', '{'],
        ['code', '12411-0018.v2'],
        ['symbol', ':'],
        ['code', 'BEV'],
        ['symbol', '|'],
        ['code', 'GES'],
        ['symbol', '='],
        ['code', 'GESM'],
        ['symbol', '}'],
        ['end', ''],
      ],
    },
    {
      input: 'lag(sum(x, y), 2)',
      expected: [
        ['name', 'lag'],
        ['symbol', '('],
        ['name', 'sum'],
        ['symbol', '('],
        ['name', 'x'],
        ['symbol', ','],
        ['name', 'y'],
        ['symbol', ')'],
        ['symbol', ','],
        ['number', '2'],
        ['symbol', ')'],
        ['end', ''],
      ],
    },
    {
      // Characters the language does not know become single tokens for the parser to report.
      input: '1 = 2 ! § 😀 1.',
      expected: [
        ['number', '1'],
        ['unknown', '='],
        ['number', '2'],
        ['unknown', '!'],
        ['unknown', '§'],
        ['unknown', '😀'],
        ['number', '1'],
        ['unknown', '.'],
        ['end', ''],
      ],
    },
    {
      input: 'Größe_2 {Tabelle:Größe}',
      expected: [
        ['name', 'Größe_2'],
        ['symbol', '{'],
        ['code', 'Tabelle'],
        ['symbol', ':'],
        ['code', 'Größe'],
        ['symbol', '}'],
        ['end', ''],
      ],
    },
  ];

  it.each(cases)('$input', ({ input, expected }) => {
    expect(brief(input)).toEqual(expected);
  });

  it('gives 0-based offsets that slice the token out of the text', () => {
    const text = ' {A-1:B |\nX in (Y)} >= 0.25 ';
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end)).toBe(token.text);
    }
    expect(tokenize(text).at(-1)).toEqual({ kind: 'end', text: '', start: text.length, end: text.length });
  });
});

describe('scanToken', () => {
  const cases: { input: string; offset: number; mode: 'expression' | 'reference'; expected: Brief }[] = [
    { input: 'x 12411-0018', offset: 1, mode: 'reference', expected: ['code', '12411-0018'] },
    { input: 'x 12411-0018', offset: 1, mode: 'expression', expected: ['number', '12411'] },
    { input: 'WZ08-B-F', offset: 0, mode: 'reference', expected: ['code', 'WZ08-B-F'] },
    { input: 'WZ08-B-F', offset: 0, mode: 'expression', expected: ['name', 'WZ08'] },
    { input: '  ', offset: 0, mode: 'reference', expected: ['end', ''] },
    { input: '<', offset: 0, mode: 'reference', expected: ['unknown', '<'] },
  ];
  it.each(cases)('$input at $offset in $mode mode', ({ input, offset, mode, expected }) => {
    const token = scanToken(input, offset, mode);
    expect([token.kind, token.text]).toEqual(expected);
  });
});
