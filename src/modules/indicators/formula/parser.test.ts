import { describe, expect, it } from 'vitest';
import { childNodes, type DimensionFilter, type FormulaNode, type MeasureRef } from './ast.ts';
import {
  FormulaSyntaxError,
  formulaReferences,
  formulaTables,
  maxLag,
  parseFormula,
  referenceKey,
} from './parser.ts';

/** The tree as an S-expression, so that expected trees fit on one line. */
function show(node: FormulaNode): string {
  switch (node.kind) {
    case 'number':
      return String(node.value);
    case 'reference': {
      const filters = node.filters.map(showFilter).join(',');
      return `{${node.table}:${node.measure}${filters ? `|${filters}` : ''}}`;
    }
    case 'negate':
      return `(neg ${show(node.operand)})`;
    case 'binary':
      return `(${node.operator} ${show(node.left)} ${show(node.right)})`;
    case 'lag':
      return `(lag ${show(node.operand)} ${node.years})`;
    case 'round':
      return `(round ${show(node.operand)} ${node.digits})`;
    case 'abs':
      return `(abs ${show(node.operand)})`;
    case 'if':
      return `(if ${show(node.condition)} ${show(node.whenTrue)} ${show(node.whenFalse)})`;
    case 'div':
      return `(div ${childNodes(node).map(show).join(' ')})`;
    case 'aggregate':
      return `(${node.name} ${node.args.map(show).join(' ')})`;
  }
}

function showFilter(filter: DimensionFilter): string {
  if (filter.kind === 'equals') return `${filter.dimension}=${filter.attribute}`;
  if (filter.kind === 'any') return `${filter.dimension}=*`;
  return `${filter.dimension} in(${filter.attributes.join(',')})`;
}

function slices(text: string): string[] {
  const result: string[] = [];
  const visit = (node: FormulaNode): void => {
    result.push(text.slice(node.start, node.end));
    for (const child of childNodes(node)) visit(child);
  };
  visit(parseFormula(text).root);
  return result;
}

function syntaxError(text: string): FormulaSyntaxError {
  try {
    parseFormula(text);
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return error;
    throw error;
  }
  throw new Error(`parsed without error: ${text}`);
}

describe('parseFormula: constructs and precedence', () => {
  const cases: { input: string; expected: string }[] = [
    // constants and arithmetic
    { input: '12', expected: '12' },
    { input: '0.5', expected: '0.5' },
    { input: '1 + 2 * 3', expected: '(+ 1 (* 2 3))' },
    { input: '(1 + 2) * 3', expected: '(* (+ 1 2) 3)' },
    { input: '1 - 2 - 3', expected: '(- (- 1 2) 3)' },
    { input: '8 / 4 / 2', expected: '(/ (/ 8 4) 2)' },
    { input: '8 / 4 * 2', expected: '(* (/ 8 4) 2)' },
    { input: '-2 * 3', expected: '(* (neg 2) 3)' },
    { input: '2 * -3', expected: '(* 2 (neg 3))' },
    { input: '2--3', expected: '(- 2 (neg 3))' },
    { input: '--1', expected: '(neg (neg 1))' },
    { input: '((((7))))', expected: '7' },
    // comparisons: weaker than + and -, allowed anywhere an expression is
    { input: '1 + 2 < 3 * 4', expected: '(< (+ 1 2) (* 3 4))' },
    { input: '1 <= 2', expected: '(<= 1 2)' },
    { input: '1 > 2', expected: '(> 1 2)' },
    { input: '1 >= 2', expected: '(>= 1 2)' },
    { input: '1 == 2', expected: '(== 1 2)' },
    { input: '1 != 2', expected: '(!= 1 2)' },
    { input: '(1 < 2) < 3', expected: '(< (< 1 2) 3)' },
    { input: '(1 < 2) * 5', expected: '(* (< 1 2) 5)' },
    { input: 'sum(1 == 1, 2)', expected: '(sum (== 1 1) 2)' },
    // references
    { input: '{12411-01-01-4:BEVSTD}', expected: '{12411-01-01-4:BEVSTD}' },
    { input: '{12411-0018:BEVSTD | GES=GESW}', expected: '{12411-0018:BEVSTD|GES=GESW}' },
    { input: '{T:M | ALTER=*}', expected: '{T:M|ALTER=*}' },
    { input: '{T:M | ALTER in (A1, A2, A3)}', expected: '{T:M|ALTER in(A1,A2,A3)}' },
    { input: '{T:M | GES=*, ALTER in (A1, A2)}', expected: '{T:M|GES=*,ALTER in(A1,A2)}' },
    {
      input: '{21111-02-06-4:absolvierende_abgehende__ohne_hauptschulabschluss | GES=GESW}',
      expected: '{21111-02-06-4:absolvierende_abgehende__ohne_hauptschulabschluss|GES=GESW}',
    },
    { input: '{BA-ENGPASS-2025-DE:wert | WZ=WZ08-B-F}', expected: '{BA-ENGPASS-2025-DE:wert|WZ=WZ08-B-F}' },
    {
      input: '{12411-0018:BEV | ALTER in (ALT000B03, ALT003B06)}',
      expected: '{12411-0018:BEV|ALTER in(ALT000B03,ALT003B06)}',
    },
    { input: '{Tab.v2:M|G=*,A in(X)}', expected: '{Tab.v2:M|G=*,A in(X)}' },
    { input: '{ T : M | G = X , H = * }', expected: '{T:M|G=X,H=*}' },
    // `in` is a keyword only after a dimension
    { input: '{T:M | in=in, X in (in)}', expected: '{T:M|in=in,X in(in)}' },
    { input: '{Tabelle:Größe | Merkmal=Ausprägung_ä}', expected: '{Tabelle:Größe|Merkmal=Ausprägung_ä}' },
    // period offsets
    { input: '{T:M}[t-1]', expected: '(lag {T:M} 1)' },
    { input: '{T:M}[ t - 5 ]', expected: '(lag {T:M} 5)' },
    { input: '({T:M} + 1)[t-5]', expected: '(lag (+ {T:M} 1) 5)' },
    { input: '-{T:M}[t-1]', expected: '(neg (lag {T:M} 1))' },
    { input: '2 * {T:M}[t-10] + 1', expected: '(+ (* 2 (lag {T:M} 10)) 1)' },
    { input: '({T:M}[t-1])[t-2]', expected: '(lag (lag {T:M} 1) 2)' },
    // functions
    { input: 'lag({T:M}, 3)', expected: '(lag {T:M} 3)' },
    { input: 'lag(1 + {T:M}, 2)', expected: '(lag (+ 1 {T:M}) 2)' },
    { input: 'sum(1)', expected: '(sum 1)' },
    { input: 'sum(1, 2, 3, 4)', expected: '(sum 1 2 3 4)' },
    { input: 'min(1, 2)', expected: '(min 1 2)' },
    { input: 'max(1, 2, 3)', expected: '(max 1 2 3)' },
    { input: 'abs(-1)', expected: '(abs (neg 1))' },
    { input: 'round(1.25)', expected: '(round 1.25 0)' },
    { input: 'round(1.25, 1)', expected: '(round 1.25 1)' },
    { input: 'round(1250, -2)', expected: '(round 1250 -2)' },
    { input: 'round(1, -0)', expected: '(round 1 0)' },
    { input: 'div(1, 2)', expected: '(div 1 2)' },
    { input: 'div(1, 2, 3)', expected: '(div 1 2 3)' },
    { input: 'if({T:M} > 0, 1, 2)', expected: '(if (> {T:M} 0) 1 2)' },
    { input: 'SUM(1, If(1, 2, 3))', expected: '(sum 1 (if 1 2 3))' },
    { input: 'sum(1,2)*3', expected: '(* (sum 1 2) 3)' },
    // whitespace and line breaks anywhere
    {
      input:
        '\n  sum(\n    {T:M |\n      GES = GESW ,\n      ALTER in (\n A1 ,\tA2 )\n    }[t-1],\n    2\n  ) / 3\n',
      expected: '(/ (sum (lag {T:M|GES=GESW,ALTER in(A1,A2)} 1) 2) 3)',
    },
    { input: '\u00a01\u00a0+\u00a02', expected: '(+ 1 2)' },
  ];

  it.each(cases)('$input', ({ input, expected }) => {
    const formula = parseFormula(input);
    expect(formula.text).toBe(input);
    expect(show(formula.root)).toBe(expected);
  });

  it('builds typed filter objects', () => {
    expect(parseFormula('{T-1:M_2 | A=B-1, C=*, D in (E, F)}').root).toEqual({
      kind: 'reference',
      table: 'T-1',
      measure: 'M_2',
      filters: [
        { dimension: 'A', kind: 'equals', attribute: 'B-1' },
        { dimension: 'C', kind: 'any' },
        { dimension: 'D', kind: 'in', attributes: ['E', 'F'] },
      ],
      start: 0,
      end: 35,
    });
  });

  it('records which syntax a lag came from', () => {
    const offset = parseFormula('{T:M}[t-2]').root;
    const call = parseFormula('lag({T:M}, 2)').root;
    expect(offset.kind === 'lag' && offset.syntax).toBe('offset');
    expect(call.kind === 'lag' && call.syntax).toBe('function');
  });

  const spanCases: { input: string; expected: string[] }[] = [
    {
      input: '  sum( {T:M}[t-1] , (1+2) ) * -3 ',
      expected: [
        'sum( {T:M}[t-1] , (1+2) ) * -3',
        'sum( {T:M}[t-1] , (1+2) )',
        '{T:M}[t-1]',
        '{T:M}',
        '(1+2)',
        '1',
        '2',
        '-3',
        '3',
      ],
    },
    {
      input: '({A:B} - 1) / div(2, lag({A:B | X in (Y)}, 1))',
      expected: [
        '({A:B} - 1) / div(2, lag({A:B | X in (Y)}, 1))',
        '({A:B} - 1)',
        '{A:B}',
        '1',
        'div(2, lag({A:B | X in (Y)}, 1))',
        '2',
        'lag({A:B | X in (Y)}, 1)',
        '{A:B | X in (Y)}',
      ],
    },
    {
      input: 'if(1<2,round(3),abs(4))',
      expected: ['if(1<2,round(3),abs(4))', '1<2', '1', '2', 'round(3)', '3', 'abs(4)', '4'],
    },
  ];
  it.each(spanCases)('spans of $input', ({ input, expected }) => {
    expect(slices(input)).toEqual(expected);
  });

  it('accepts nesting up to its limit', () => {
    expect(show(parseFormula(`${'('.repeat(200)}1${')'.repeat(200)}`).root)).toBe('1');
    expect(() => parseFormula(Array.from({ length: 200 }, () => '1').join('+'))).not.toThrow();
  });
});

describe('parseFormula: errors name the place (1-based) and what was expected', () => {
  const cases: { input: string; expected: string }[] = [
    // the example of docs/FORMULAS.md: lag needs a constant number of years
    { input: 'lag({A:B}, 2 * 3)', expected: 'Zeichen 14: erwartet ")", gefunden "*"' },
    { input: '', expected: 'Zeichen 1: erwartet Zahl, Bezug, Funktion oder "(", gefunden Ende der Formel' },
    { input: '  ', expected: 'Zeichen 3: erwartet Zahl, Bezug, Funktion oder "(", gefunden Ende der Formel' },
    {
      input: '1 +',
      expected: 'Zeichen 4: erwartet Zahl, Bezug, Funktion oder "(", gefunden Ende der Formel',
    },
    { input: '(1 + 2', expected: 'Zeichen 7: erwartet Operator oder ")", gefunden Ende der Formel' },
    { input: '(1 2)', expected: 'Zeichen 4: erwartet Operator oder ")", gefunden "2"' },
    { input: '1 + 2)', expected: 'Zeichen 6: erwartet Operator oder Ende der Formel, gefunden ")"' },
    { input: '1 = 2', expected: 'Zeichen 3: erwartet Operator oder Ende der Formel, gefunden "="' },
    { input: '1,5 * 2', expected: 'Zeichen 2: erwartet Operator oder Ende der Formel, gefunden ","' },
    { input: '1 < 2 < 3', expected: 'Zeichen 7: erwartet Klammern um verkettete Vergleiche, gefunden "<"' },
    { input: '+1', expected: 'Zeichen 1: erwartet Zahl, Bezug, Funktion oder "(", gefunden "+"' },
    {
      input: 'BEVSTD * 2',
      expected: 'Zeichen 1: erwartet Zahl, Bezug, Funktion oder "(", gefunden "BEVSTD"',
    },
    // functions
    {
      input: 'foo(1)',
      expected:
        'Zeichen 1: erwartet bekannte Funktion (abs, div, if, lag, max, min, round, sum), gefunden "foo"',
    },
    { input: 'sum + 1', expected: 'Zeichen 5: erwartet "(", gefunden "+"' },
    { input: 'sum()', expected: 'Zeichen 5: erwartet Zahl, Bezug, Funktion oder "(", gefunden ")"' },
    { input: 'sum(1, 2', expected: 'Zeichen 9: erwartet Operator, "," oder ")", gefunden Ende der Formel' },
    { input: 'if(1, 2)', expected: 'Zeichen 8: erwartet "," (if hat genau 3 Argumente), gefunden ")"' },
    {
      input: 'if(1, 2, 3, 4)',
      expected: 'Zeichen 11: erwartet ")" (if hat genau 3 Argumente), gefunden ","',
    },
    { input: 'abs(1, 2)', expected: 'Zeichen 6: erwartet ")" (abs hat genau 1 Argument), gefunden ","' },
    { input: 'div(1)', expected: 'Zeichen 6: erwartet "," (div hat 2 oder 3 Argumente), gefunden ")"' },
    {
      input: 'div(1, 2, 3, 4)',
      expected: 'Zeichen 12: erwartet ")" (div hat 2 oder 3 Argumente), gefunden ","',
    },
    {
      input: 'lag({T:M})',
      expected: 'Zeichen 10: erwartet Operator oder "," (lag hat genau 2 Argumente), gefunden ")"',
    },
    { input: 'lag({T:M}, 0)', expected: 'Zeichen 12: erwartet positive ganze Zahl, gefunden "0"' },
    { input: 'lag({T:M}, -1)', expected: 'Zeichen 12: erwartet positive ganze Zahl, gefunden "-"' },
    {
      input: 'round({T:M}, 1.5)',
      expected: 'Zeichen 14: erwartet ganze Zahl von -15 bis 15, gefunden "1.5"',
    },
    { input: 'round({T:M}, 16)', expected: 'Zeichen 14: erwartet ganze Zahl von -15 bis 15, gefunden "16"' },
    {
      input: 'round(1, 2, 3)',
      expected: 'Zeichen 11: erwartet ")" (round hat 1 oder 2 Argumente), gefunden ","',
    },
    // offsets
    { input: '{T:M}[t-0]', expected: 'Zeichen 9: erwartet positive ganze Zahl, gefunden "0"' },
    { input: '{T:M}[t+1]', expected: 'Zeichen 8: erwartet "-", gefunden "+"' },
    { input: '{T:M}[t-1.5]', expected: 'Zeichen 9: erwartet positive ganze Zahl, gefunden "1.5"' },
    { input: '{T:M}[t-x]', expected: 'Zeichen 9: erwartet positive ganze Zahl, gefunden "x"' },
    { input: '{T:M}[s-1]', expected: 'Zeichen 7: erwartet "t", gefunden "s"' },
    { input: '{T:M}[t]', expected: 'Zeichen 8: erwartet "-", gefunden "]"' },
    { input: '{T:M}[t-1', expected: 'Zeichen 10: erwartet "]", gefunden Ende der Formel' },
    {
      input: '5[t-1]',
      expected: 'Zeichen 1: erwartet Bezug oder geklammerter Ausdruck vor "[", gefunden "5"',
    },
    {
      input: '1 + sum(1, 2)[t-1]',
      expected: 'Zeichen 5: erwartet Bezug oder geklammerter Ausdruck vor "[", gefunden "sum(1, 2)"',
    },
    {
      input: '{T:M}[t-1][t-1]',
      expected: 'Zeichen 1: erwartet Bezug oder geklammerter Ausdruck vor "[", gefunden "{T:M}[t-1]"',
    },
    // references
    { input: '{T:M', expected: 'Zeichen 5: erwartet "|" oder "}", gefunden Ende der Formel' },
    { input: '{:M}', expected: 'Zeichen 2: erwartet Tabellencode, gefunden ":"' },
    { input: '{T M}', expected: 'Zeichen 4: erwartet ":", gefunden "M"' },
    { input: '{T:}', expected: 'Zeichen 4: erwartet Code der Messgröße, gefunden "}"' },
    { input: '{T:BEV.STD}', expected: 'Zeichen 7: erwartet "|" oder "}", gefunden "."' },
    { input: '{T:-BEV}', expected: 'Zeichen 4: erwartet Code der Messgröße, gefunden "-"' },
    { input: '{T:M |}', expected: 'Zeichen 7: erwartet Merkmalscode, gefunden "}"' },
    { input: '{T:M | GES GESW}', expected: 'Zeichen 12: erwartet "=" oder "in", gefunden "GESW"' },
    { input: '{T:M | GES=}', expected: 'Zeichen 12: erwartet Ausprägungscode oder "*", gefunden "}"' },
    { input: '{T:M | WZ=WZ08.B}', expected: 'Zeichen 15: erwartet "," oder "}", gefunden "."' },
    { input: '{T:M | GES=GESW,}', expected: 'Zeichen 17: erwartet Merkmalscode, gefunden "}"' },
    { input: '{T:M | GES=GESW; A=B}', expected: 'Zeichen 16: erwartet "," oder "}", gefunden ";"' },
    {
      input: '{T:M | GES=GESW, GES=GESM}',
      expected: 'Zeichen 18: erwartet Merkmal, das in diesem Bezug noch nicht gefiltert ist, gefunden "GES"',
    },
    { input: '{T:M | ALTER in ()}', expected: 'Zeichen 18: erwartet Ausprägungscode, gefunden ")"' },
    { input: '{T:M | ALTER in A1}', expected: 'Zeichen 17: erwartet "(", gefunden "A1"' },
    { input: '{T:M | A in (X Y)}', expected: 'Zeichen 16: erwartet "," oder ")", gefunden "Y"' },
    { input: '{T:M | A in (X, *)}', expected: 'Zeichen 17: erwartet Ausprägungscode, gefunden "*"' },
    {
      input: '{T:M | A in (X, X)}',
      expected: 'Zeichen 17: erwartet Ausprägung, die noch nicht genannt ist, gefunden "X"',
    },
    {
      input: '{T:M | A=B} {T:M}',
      expected: 'Zeichen 13: erwartet Operator oder Ende der Formel, gefunden "{"',
    },
    // positions count characters across line breaks and umlauts; code points, not UTF-16 units
    {
      input: 'sum(\n  {T:M},\n  2 +\n)',
      expected: 'Zeichen 21: erwartet Zahl, Bezug, Funktion oder "(", gefunden ")"',
    },
    {
      input: '{Tabelle:Größe} + ä',
      expected: 'Zeichen 19: erwartet Zahl, Bezug, Funktion oder "(", gefunden "ä"',
    },
    { input: '1 + 😀', expected: 'Zeichen 5: erwartet Zahl, Bezug, Funktion oder "(", gefunden "😀"' },
    {
      input: 'sum(1, verylongfunctionnamethatgoesonandon)',
      expected:
        'Zeichen 8: erwartet Zahl, Bezug, Funktion oder "(", gefunden "verylongfunctionnamethatgoeso…"',
    },
    // limits that keep the evaluator's stack safe
    {
      input: `${'('.repeat(201)}1${')'.repeat(201)}`,
      expected: 'Zeichen 201: erwartet einfachere Formel (höchstens 200 Ebenen), gefunden "("',
    },
    {
      input: Array.from({ length: 201 }, () => '1').join('+'),
      expected: 'Zeichen 400: erwartet einfachere Formel (höchstens 200 Ebenen), gefunden "+"',
    },
  ];

  it.each(cases)('$input', ({ input, expected }) => {
    expect(syntaxError(input).message).toBe(expected);
  });

  it('carries position, offset, expected and found separately', () => {
    const error = syntaxError('{Größe:M} + 😀 + 1');
    expect(error).toBeInstanceOf(FormulaSyntaxError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('FormulaSyntaxError');
    expect({
      position: error.position,
      offset: error.offset,
      expected: error.expected,
      found: error.found,
    }).toEqual({ position: 13, offset: 12, expected: 'Zahl, Bezug, Funktion oder "("', found: '😀' });
    expect(syntaxError('1 +').found).toBeNull();
  });

  it('counts a character outside the BMP as one for the position but two for the offset', () => {
    // U+20000 is a letter, so it may stand in a code and the error can come after it.
    const error = syntaxError('{\u{20000}:M} + )');
    expect([error.position, error.offset, error.found]).toEqual([9, 9, ')']);
  });
});

describe('formulaReferences', () => {
  const cases: { input: string; expected: MeasureRef[] }[] = [
    { input: '1 + 2', expected: [] },
    {
      input: '{A:M} / {A:M | G=*} + {A:M}[t-1] + {B:N | X in (2, 1), Y=Z} - lag({B:N | Y=Z, X in (1, 2)}, 2)',
      expected: [
        { table: 'A', measure: 'M', filters: [] },
        { table: 'A', measure: 'M', filters: [{ dimension: 'G', kind: 'any' }] },
        {
          table: 'B',
          measure: 'N',
          filters: [
            { dimension: 'X', kind: 'in', attributes: ['2', '1'] },
            { dimension: 'Y', kind: 'equals', attribute: 'Z' },
          ],
        },
      ],
    },
    {
      // Both branches of `if` count: which one runs depends on the data.
      input: 'if({C:K} > 0, {A:M}, div({B:N}, {A:M | G=H}, {D:O}))',
      expected: [
        { table: 'C', measure: 'K', filters: [] },
        { table: 'A', measure: 'M', filters: [] },
        { table: 'B', measure: 'N', filters: [] },
        { table: 'A', measure: 'M', filters: [{ dimension: 'G', kind: 'equals', attribute: 'H' }] },
        { table: 'D', measure: 'O', filters: [] },
      ],
    },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(formulaReferences(parseFormula(input))).toEqual(expected);
  });

  it('returns copies that do not share arrays with the tree', () => {
    const formula = parseFormula('{A:M | X in (1)}');
    const [reference] = formulaReferences(formula);
    const filter = reference?.filters[0];
    if (filter?.kind === 'in') filter.attributes.push('2');
    expect(formulaReferences(formula)[0]?.filters).toEqual([
      { dimension: 'X', kind: 'in', attributes: ['1'] },
    ]);
  });
});

describe('referenceKey', () => {
  const cases: { a: string; b: string; same: boolean }[] = [
    { a: '{A:M | X=1, Y=*}', b: '{A:M | Y=*, X=1}', same: true },
    { a: '{A:M | X in (1, 2)}', b: '{A:M|X in(2,1)}', same: true },
    { a: '{A:M | X=1}', b: '{A:M | X in (1)}', same: false },
    { a: '{A:M}', b: '{A:N}', same: false },
    { a: '{A:M}', b: '{A:M | X=*}', same: false },
  ];
  it.each(cases)('$a vs $b', ({ a, b, same }) => {
    const key = (text: string) => {
      const root = parseFormula(text).root;
      if (root.kind !== 'reference') throw new Error('not a reference');
      return referenceKey(root);
    };
    expect(key(a) === key(b)).toBe(same);
  });
});

describe('formulaTables', () => {
  const cases: { input: string; expected: string[] }[] = [
    { input: '42', expected: [] },
    { input: '{B:M} + {A:M} + {B:N | X=1} + {21111-02-06-4:x}[t-1]', expected: ['B', 'A', '21111-02-06-4'] },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(formulaTables(parseFormula(input))).toEqual(expected);
  });
});

describe('maxLag', () => {
  const cases: { input: string; expected: number }[] = [
    { input: '1', expected: 0 },
    { input: '{A:M}', expected: 0 },
    { input: '{A:M}[t-1]', expected: 1 },
    { input: 'lag({A:M}, 5)', expected: 5 },
    { input: 'lag({A:M}[t-1], 4)', expected: 5 },
    { input: '({A:M}[t-2] + {A:M})[t-1] + lag({A:M}, 2)', expected: 3 },
    { input: 'if(1, {A:M}[t-3], lag(lag({A:M}, 1), 1))', expected: 3 },
    { input: '({A:M} - {A:M}[t-1]) / {A:M}[t-1]', expected: 1 },
  ];
  it.each(cases)('$input → $expected', ({ input, expected }) => {
    expect(maxLag(parseFormula(input))).toBe(expected);
  });
});
