import { describe, expect, it } from 'vitest';
import type { MeasureRef } from './ast.ts';
import {
  BLOCKING_FLAGS,
  compileFormula,
  evaluateFormula,
  type FormulaDataSource,
  type FormulaValue,
  INFORMATIONAL_FLAGS,
  type ObservationCell,
  roundHalfAwayFromZero,
  shiftPeriod,
} from './evaluate.ts';
import { parseFormula, referenceKey } from './parser.ts';

const REGION = '03359';

interface Row {
  table: string;
  measure: string;
  period: string;
  region?: string;
  dims?: Record<string, string>;
  value: number | null;
  flag?: string | null;
}

/** In-memory source; records each `cells` call as `TABLE:MEASURE@period`. */
function memorySource(rows: readonly Row[]): FormulaDataSource & { calls: string[] } {
  const index = new Map<string, ObservationCell[]>();
  for (const row of rows) {
    const key = [row.table, row.measure, row.region ?? REGION, row.period].join('\u0000');
    let cells = index.get(key);
    if (!cells) {
      cells = [];
      index.set(key, cells);
    }
    cells.push({ dims: row.dims ?? {}, value: row.value, flag: row.flag ?? null });
  }
  const calls: string[] = [];
  return {
    calls,
    cells(table, measure, region, period) {
      calls.push(`${table}:${measure}@${period}`);
      return index.get([table, measure, region, period].join('\u0000')) ?? null;
    },
  };
}

const pop = (period: string, value: number, dims: Record<string, string> = {}, region?: string): Row => ({
  table: 'POP',
  measure: 'BEV',
  period,
  dims,
  value,
  ...(region ? { region } : {}),
});

/** One cell per marker situation, told apart by dimension K. */
const marked = (k: string, value: number | null, flag: string | null = null): Row => ({
  table: 'F',
  measure: 'V',
  period: '2023',
  dims: { K: k },
  value,
  flag,
});

const ROWS: Row[] = [
  pop('2023', 1000),
  pop('2023', 480, { GES: 'GESM' }),
  pop('2023', 520, { GES: 'GESW' }),
  pop('2023', 100, { ALTER: 'A1' }),
  pop('2023', 200, { ALTER: 'A2' }),
  pop('2023', 300, { ALTER: 'A3' }),
  pop('2023', 40, { GES: 'GESW', ALTER: 'A1' }),
  pop('2023', 60, { GES: 'GESM', ALTER: 'A1' }),
  pop('2022', 900),
  pop('2018', 800),
  pop('2023', 50, {}, 'other'),
  { table: 'SCH', measure: 'SV', period: '2023-12-31', value: 50 },
  { table: 'SCH', measure: 'SV', period: '2022-12-31', value: 45 },
  { table: 'SCH', measure: 'SV', period: '2024-02-29', value: 10 },
  { table: 'SCH', measure: 'SV', period: '2023-02-28', value: 8 },
  marked('CLEAN', 10),
  marked('ZEROVAL', 0),
  marked('DOT', null, '.'),
  marked('DOTVAL', 12, '.'),
  marked('X', null, 'x'),
  marked('SLASH', null, '/'),
  marked('LATER', null, '...'),
  marked('STAR', null, '*'),
  marked('DASH', null, '-'),
  marked('DASH2', 0, '-'),
  marked('P', 5, 'p'),
  marked('R', 6, 'r'),
  marked('S', 7, 's'),
  marked('PAREN', 8, '()'),
  marked('E', 9, 'e'),
  marked('E2', 1, 'e'),
  marked('ZERO', 0, '0'),
  marked('NULL', null),
  marked('PNULL', null, 'p'),
  marked('UNKNOWN', 3, 'q'),
  marked('HUGE', 1e308),
  marked('HUGE2', 1e308),
  marked('NAN', Number.NaN),
  marked('DUP', 2),
  marked('DUP', 3),
];

interface Case {
  formula: string;
  expected: FormulaValue;
  period?: string;
  region?: string;
}

function evaluate(
  formula: string,
  options: { period?: string; region?: string; rows?: readonly Row[] } = {},
) {
  const source = memorySource(options.rows ?? ROWS);
  const value = evaluateFormula(parseFormula(formula), {
    region: options.region ?? REGION,
    period: options.period ?? '2023',
    source,
  });
  return { value, calls: source.calls };
}

const number = (value: number, flag: string | null = null): FormulaValue => ({ value, flag });
const flagged = (flag: string): FormulaValue => ({ value: null, flag });

function check(cases: readonly Case[]): void {
  it.each(cases)('$formula', ({ formula, expected, period, region }) => {
    expect(evaluate(formula, { ...(period ? { period } : {}), ...(region ? { region } : {}) }).value).toEqual(
      expected,
    );
  });
}

describe('evaluateFormula: arithmetic', () => {
  check([
    { formula: '1 + 2 * 3', expected: number(7) },
    { formula: '(1 + 2) * 3', expected: number(9) },
    { formula: '-2 * 3 + 10', expected: number(4) },
    { formula: '10 - 4 - 3', expected: number(3) },
    { formula: '2 / 8', expected: number(0.25) },
    { formula: '1 + 2 < 4', expected: number(1) },
    { formula: '3 <= 2', expected: number(0) },
    { formula: '3 > 2', expected: number(1) },
    { formula: '2 >= 2', expected: number(1) },
    { formula: '2 == 2', expected: number(1) },
    { formula: '2 != 2', expected: number(0) },
    { formula: '(1 < 2) + (2 < 1) * 10', expected: number(1) },
    { formula: 'sum(1, 2, 3)', expected: number(6) },
    { formula: 'min(4, -1, 3)', expected: number(-1) },
    { formula: 'max(4, -1, 3)', expected: number(4) },
    { formula: 'abs(-3.5)', expected: number(3.5) },
    { formula: 'round(2.5)', expected: number(3) },
    { formula: 'round(-2.5)', expected: number(-3) },
    { formula: 'round(1.005, 2)', expected: number(1.01) },
    { formula: 'round(1234.5, -2)', expected: number(1200) },
    { formula: 'round(1 / 3, 4)', expected: number(0.3333) },
    // -0 never comes out (it differs from 0 under Object.is and prints as "-0" in places)
    { formula: '-(1 - 1)', expected: number(0) },
    { formula: 'round(-0.4)', expected: number(0) },
  ]);
});

describe('evaluateFormula: references match exactly and sum', () => {
  check([
    { formula: '{POP:BEV}', expected: number(1000) },
    { formula: '{POP:BEV | GES=GESW}', expected: number(520) },
    { formula: '{POP:BEV | GES=*}', expected: number(1000) },
    { formula: '{POP:BEV | ALTER=*}', expected: number(600) },
    { formula: '{POP:BEV | ALTER in (A1, A3)}', expected: number(400) },
    { formula: '{POP:BEV | ALTER in (A1, A9)}', expected: number(100) },
    { formula: '{POP:BEV | GES=*, ALTER=A1}', expected: number(100) },
    { formula: '{POP:BEV | ALTER=A1, GES=*}', expected: number(100) },
    { formula: '{POP:BEV | GES=*, ALTER=*}', expected: number(100) },
    { formula: '{POP:BEV | GES=GESW, ALTER in (A1, A2)}', expected: number(40) },
    { formula: '{F:V | K=DUP}', expected: number(5) },
    { formula: '{POP:BEV | GES=GESW} / {POP:BEV} * 100', expected: number(52) },
    { formula: '{POP:BEV}', region: 'other', expected: number(50) },
    // nothing matches → missing
    { formula: '{POP:BEV | ALTER in (A8, A9)}', expected: flagged('missing') },
    { formula: '{POP:BEV | NAT=*}', expected: flagged('missing') },
    { formula: '{POP:BEV | GES=GESD}', expected: flagged('missing') },
    { formula: '{POP:OTHER}', expected: flagged('missing') },
    { formula: '{NOPE:BEV}', expected: flagged('missing') },
    { formula: '{POP:BEV}', region: 'nowhere', expected: flagged('missing') },
    { formula: '{POP:BEV} + 1', period: '2019', expected: flagged('missing') },
  ]);
});

describe('evaluateFormula: blocking markers', () => {
  check([
    { formula: '{F:V | K=DOT}', expected: flagged('.') },
    // a confidential cell never shows its number, even when the file had one
    { formula: '{F:V | K=DOTVAL}', expected: flagged('.') },
    { formula: '{F:V | K=X}', expected: flagged('x') },
    { formula: '{F:V | K=SLASH}', expected: flagged('/') },
    { formula: '{F:V | K=LATER}', expected: flagged('...') },
    { formula: '{F:V | K=STAR}', expected: flagged('*') },
    // never computed as if the input were 0
    { formula: '{F:V | K=DOT} * 0', expected: flagged('.') },
    { formula: '0 * {F:V | K=DOT}', expected: flagged('.') },
    { formula: '{F:V | K=DOT} - {F:V | K=DOT}', expected: flagged('.') },
    { formula: '{F:V | K=DOT} == 0', expected: flagged('.') },
    { formula: '-{F:V | K=DOT}', expected: flagged('.') },
    { formula: 'abs({F:V | K=DOT})', expected: flagged('.') },
    { formula: 'round({F:V | K=DOT}, 1)', expected: flagged('.') },
    { formula: 'min({F:V | K=DOT}, 0)', expected: flagged('.') },
    { formula: 'max(0, {F:V | K=DOT})', expected: flagged('.') },
    { formula: 'sum({F:V | K=CLEAN}, {F:V | K=DOT})', expected: flagged('.') },
    { formula: 'div({F:V | K=DOT}, 1)', expected: flagged('.') },
    { formula: 'div(1, {F:V | K=DOT}, 1)', expected: flagged('.') },
    { formula: 'div({F:V | K=DOT}, 0, 1)', expected: flagged('.') },
    { formula: '{F:V | K in (CLEAN, DOT)}', expected: flagged('.') },
    { formula: '{F:V | K=*}', expected: flagged('.') },
    // precedence: . x / ... * missing div0
    { formula: '{F:V | K=X} + {F:V | K=DOT}', expected: flagged('.') },
    { formula: '{F:V | K=DOT} + {F:V | K=X}', expected: flagged('.') },
    { formula: '{F:V | K=SLASH} * {F:V | K=X}', expected: flagged('x') },
    { formula: '{F:V | K in (LATER, SLASH)}', expected: flagged('/') },
    { formula: '{F:V | K=STAR} + {F:V | K=LATER}', expected: flagged('...') },
    { formula: '{NOPE:V} + {F:V | K=STAR}', expected: flagged('*') },
    { formula: '1 / 0 + {NOPE:V}', expected: flagged('missing') },
    { formula: '{F:V | K in (STAR, NULL)}', expected: flagged('*') },
    // cells without a usable number
    { formula: '{F:V | K=NULL}', expected: flagged('missing') },
    { formula: '{F:V | K=PNULL}', expected: flagged('missing') },
    { formula: '{F:V | K=NAN}', expected: flagged('missing') },
    { formula: '{F:V | K in (CLEAN, NULL)}', expected: flagged('missing') },
  ]);

  it('lists the blocking markers in the order of the specification', () => {
    expect(BLOCKING_FLAGS).toEqual(['.', 'x', '/', '...', '*', 'missing', 'div0']);
    expect(INFORMATIONAL_FLAGS).toEqual(['()', 's', 'p', 'r', 'e']);
  });

  it('ranks every pair of blocking markers as specified', () => {
    const kOf: Record<string, string> = { '.': 'DOT', x: 'X', '/': 'SLASH', '...': 'LATER', '*': 'STAR' };
    const term = (flag: string): string =>
      flag === 'missing' ? '{NOPE:V}' : flag === 'div0' ? '(1 / 0)' : `{F:V | K=${kOf[flag]}}`;
    BLOCKING_FLAGS.forEach((stronger, i) => {
      for (const weaker of BLOCKING_FLAGS.slice(i + 1)) {
        expect(evaluate(`${term(weaker)} + ${term(stronger)}`).value, `${weaker} + ${stronger}`).toEqual(
          flagged(stronger),
        );
      }
    });
  });
});

describe('evaluateFormula: "-", "0" and informational markers', () => {
  check([
    { formula: '{F:V | K=DASH}', expected: number(0, '-') },
    { formula: '{F:V | K=DASH2}', expected: number(0, '-') },
    { formula: '{F:V | K in (DASH, DASH2)}', expected: number(0, '-') },
    { formula: '{F:V | K=DASH} * 100', expected: number(0, '-') },
    { formula: 'div({F:V | K=DASH}, {F:V | K=DASH}, 0)', expected: number(0, '-') },
    { formula: '{F:V | K=DASH} + {F:V | K=CLEAN}', expected: number(10) },
    { formula: '{F:V | K in (DASH, CLEAN)}', expected: number(10) },
    { formula: '{F:V | K=DASH} / {F:V | K=CLEAN}', expected: number(0) },
    // "-" claims exactly zero: a result that is not zero carries no marker
    { formula: '{F:V | K=DASH} + 1', expected: number(1) },
    { formula: '{F:V | K=DASH} / {F:V | K=DASH}', expected: flagged('div0') },
    { formula: '{F:V | K=ZERO}', expected: number(0, '0') },
    { formula: '{F:V | K=ZERO} + {F:V | K=DASH}', expected: number(0, '0') },
    { formula: '{F:V | K=ZERO} + {F:V | K=CLEAN}', expected: number(10) },
    { formula: '{F:V | K=ZERO} + 1', expected: number(1) },
    { formula: '{F:V | K=P}', expected: number(5, 'p') },
    { formula: '{F:V | K=P} + {F:V | K=CLEAN}', expected: number(15, 'p') },
    { formula: '{F:V | K=R} + {F:V | K=CLEAN}', expected: number(16, 'r') },
    { formula: '{F:V | K=P} + {F:V | K=R}', expected: number(11, 'p') },
    { formula: '{F:V | K=S} - {F:V | K=P}', expected: number(2, 's') },
    { formula: '{F:V | K=PAREN} + {F:V | K=S}', expected: number(15, '()') },
    { formula: '{F:V | K in (P, R, S)}', expected: number(18, 's') },
    { formula: '{F:V | K=P} * 2 + 1', expected: number(11, 'p') },
    { formula: '{F:V | K=P} > 0', expected: number(1, 'p') },
    // "e" (final) holds only when every data input is final
    { formula: '{F:V | K=E} + {F:V | K=E2}', expected: number(10, 'e') },
    { formula: '{F:V | K=E} * 2', expected: number(18, 'e') },
    { formula: '{F:V | K=E} + {F:V | K=DASH}', expected: number(9, 'e') },
    { formula: '{F:V | K=E} + {F:V | K=CLEAN}', expected: number(19) },
    { formula: '{F:V | K=E} + {F:V | K=R}', expected: number(15, 'r') },
    // informational markers never beat blocking ones
    { formula: '{F:V | K=P} + {F:V | K=DOT}', expected: flagged('.') },
    { formula: '{F:V | K=PAREN} / 0', expected: flagged('div0') },
    // an unknown marker on a number is dropped, the number counts
    { formula: '{F:V | K=UNKNOWN}', expected: number(3) },
  ]);
});

describe('evaluateFormula: division, overflow and if', () => {
  check([
    { formula: '{POP:BEV} / 0', expected: flagged('div0') },
    { formula: '{POP:BEV} / {F:V | K=ZEROVAL}', expected: flagged('div0') },
    { formula: 'div({POP:BEV}, 0)', expected: flagged('div0') },
    { formula: 'div({POP:BEV}, 0, -1)', expected: number(-1) },
    { formula: 'div({POP:BEV}, {F:V | K=ZEROVAL}, 0)', expected: number(0) },
    { formula: 'div({POP:BEV}, 4, {F:V | K=DOT})', expected: number(250) },
    { formula: 'div(1, 0, {F:V | K=DOT})', expected: flagged('.') },
    { formula: 'div(1, 0, 1 / 0)', expected: flagged('div0') },
    // the inputs chose the fallback, so their markers carry over
    { formula: 'div({F:V | K=P}, 0, 7)', expected: number(7, 'p') },
    { formula: '0 / 0', expected: flagged('div0') },
    // never ±Infinity or NaN
    { formula: '{F:V | K=HUGE} * 10', expected: flagged('div0') },
    { formula: '{F:V | K=HUGE} + {F:V | K=HUGE2}', expected: flagged('div0') },
    { formula: '{F:V | K in (HUGE, HUGE2)}', expected: flagged('div0') },
    { formula: '-{F:V | K=HUGE} - {F:V | K=HUGE}', expected: flagged('div0') },
    { formula: 'sum({F:V | K=HUGE}, {F:V | K=HUGE})', expected: flagged('div0') },
    { formula: '{F:V | K=HUGE} / 0.1', expected: flagged('div0') },
    // if: only the chosen branch counts
    { formula: 'if(1, 5, {F:V | K=DOT})', expected: number(5) },
    { formula: 'if(0, {F:V | K=DOT}, 5)', expected: number(5) },
    { formula: 'if({POP:BEV} > 500, 1, 1 / 0)', expected: number(1) },
    { formula: 'if({POP:BEV} < 500, 1, 1 / 0)', expected: flagged('div0') },
    { formula: 'if(0.5, 1, 2)', expected: number(1) },
    { formula: 'if(-1, 1, 2)', expected: number(1) },
    { formula: 'if({F:V | K=DOT} > 0, 1, 2)', expected: flagged('.') },
    { formula: 'if({NOPE:X}, 1, 2)', expected: flagged('missing') },
    { formula: 'if({F:V | K=P} > 0, 1, 2)', expected: number(1, 'p') },
    { formula: 'if({F:V | K=DASH} > 0, 1, 0)', expected: number(0, '-') },
    { formula: 'if(1, {F:V | K=S}, {F:V | K=DOT})', expected: number(7, 's') },
  ]);

  it('does not read the data of the branch or fallback it does not take', () => {
    expect(evaluate('if(1, {POP:BEV}, {SCH:SV})').calls).toEqual(['POP:BEV@2023']);
    expect(evaluate('if(0, {POP:BEV}, {SCH:SV})').calls).toEqual(['SCH:SV@2023']);
    expect(evaluate('div({POP:BEV}, 4, {SCH:SV})').calls).toEqual(['POP:BEV@2023']);
    expect(evaluate('div({POP:BEV}, 0, {SCH:SV})').calls).toEqual(['POP:BEV@2023', 'SCH:SV@2023']);
  });

  it('reads a reference that occurs several times once per period', () => {
    expect(evaluate('if({POP:BEV} > 0, {POP:BEV | GES=GESW} / {POP:BEV}, 0)').calls).toEqual([
      'POP:BEV@2023',
      'POP:BEV@2023',
    ]);
    expect(evaluate('{POP:BEV} + {POP:BEV}[t-1] + lag({POP:BEV}, 1) + {POP:BEV}').calls).toEqual([
      'POP:BEV@2023',
      'POP:BEV@2022',
    ]);
  });
});

describe('evaluateFormula: lags', () => {
  check([
    { formula: '{POP:BEV}[t-1]', expected: number(900) },
    { formula: 'lag({POP:BEV}, 5)', expected: number(800) },
    { formula: 'lag({POP:BEV}[t-1], 4)', expected: number(800) },
    { formula: '({POP:BEV}[t-4])[t-1]', expected: number(800) },
    { formula: 'round(({POP:BEV} - {POP:BEV}[t-1]) / {POP:BEV}[t-1] * 100, 2)', expected: number(11.11) },
    { formula: '{POP:BEV}[t-2]', expected: flagged('missing') },
    { formula: '{POP:BEV}[t-1]', region: 'other', expected: flagged('missing') },
    { formula: '{POP:BEV}[t-3000]', expected: flagged('missing') },
    { formula: '(1 + 2)[t-9000]', expected: number(3) },
    { formula: '{POP:BEV}[t-1]', period: '2023-12-31', expected: flagged('missing') },
    // Stichtage: the same day a year earlier; 29 February falls back to 28 February
    { formula: '{SCH:SV}[t-1]', period: '2023-12-31', expected: number(45) },
    { formula: '{SCH:SV} - {SCH:SV}[t-1]', period: '2023-12-31', expected: number(5) },
    { formula: '{SCH:SV}[t-1]', period: '2024-02-29', expected: number(8) },
    { formula: 'lag({SCH:SV}, 1) / {SCH:SV}', period: '2024-02-29', expected: number(0.8) },
  ]);
});

describe('evaluateFormula: sources that resolve whole references', () => {
  const values = new Map<string, FormulaValue>([
    ['{A:M}', { value: 4, flag: 'p' }],
    ['{A:M | G=*}', { value: null, flag: '.' }],
    ['{A:N}', { value: 0, flag: '-' }],
    ['{A:O}', { value: null, flag: null }],
    ['{A:Q}', { value: 2, flag: null }],
  ]);
  const keyed = new Map(
    [...values].map(([text, value]) => {
      const root = parseFormula(text).root;
      if (root.kind !== 'reference') throw new Error(text);
      return [referenceKey(root), value] as const;
    }),
  );
  const resolved: MeasureRef[] = [];
  const source: FormulaDataSource = {
    cells: () => {
      throw new Error('cells must not be read when resolve is given');
    },
    resolve: (ref, _region, period) => {
      resolved.push(ref);
      return period === '2023'
        ? (keyed.get(referenceKey(ref)) ?? { value: null, flag: 'missing' })
        : flagged('x');
    },
  };

  const cases: Case[] = [
    { formula: '{A:M} * 2', expected: number(8, 'p') },
    { formula: '{A:M | G=*}', expected: flagged('.') },
    { formula: '{A:N} * 3', expected: number(0, '-') },
    { formula: '{A:O}', expected: flagged('missing') },
    { formula: '{A:Z}', expected: flagged('missing') },
    { formula: '{A:Q} + {A:N}', expected: number(2) },
    { formula: '{A:Q}[t-1]', expected: flagged('x') },
  ];
  it.each(cases)('$formula', ({ formula, expected }) => {
    expect(evaluateFormula(parseFormula(formula), { region: REGION, period: '2023', source })).toEqual(
      expected,
    );
  });

  it('passes the reference as table, measure and filters', () => {
    resolved.length = 0;
    evaluateFormula(parseFormula('{A:M | G=*}'), { region: REGION, period: '2023', source });
    expect(resolved).toEqual([{ table: 'A', measure: 'M', filters: [{ dimension: 'G', kind: 'any' }] }]);
  });
});

describe('compileFormula', () => {
  it('gives the same results as evaluateFormula and can be reused', () => {
    const formula = parseFormula('{POP:BEV | GES=GESW} / {POP:BEV} * 100');
    const compiled = compileFormula(formula);
    const source = memorySource(ROWS);
    expect(compiled({ region: REGION, period: '2023', source })).toEqual(number(52));
    expect(compiled({ region: 'other', period: '2023', source })).toEqual(flagged('missing'));
    expect(compiled({ region: REGION, period: '2023', source })).toEqual(
      evaluateFormula(formula, { region: REGION, period: '2023', source }),
    );
  });

  it('evaluates 400 regions × 30 periods quickly', () => {
    const regions = Array.from({ length: 400 }, (_, i) => String(3000 + i).padStart(5, '0'));
    const periods = Array.from({ length: 31 }, (_, i) => String(1994 + i));
    // A lean source (one map lookup per call), so that the timing is the evaluator's.
    const index = new Map<string, ObservationCell[]>();
    const attributes = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'];
    for (const region of regions) {
      for (const period of periods) {
        const cells: ObservationCell[] = [{ dims: {}, value: 1000, flag: null }];
        for (const ges of ['GESM', 'GESW']) {
          cells.push({ dims: { GES: ges }, value: 500, flag: null });
          for (const alter of attributes)
            cells.push({ dims: { GES: ges, ALTER: alter }, value: 80, flag: null });
        }
        for (const alter of attributes) cells.push({ dims: { ALTER: alter }, value: 160, flag: null });
        index.set(`POP|BEV|${region}|${period}`, cells);
      }
    }
    const source: FormulaDataSource = {
      cells: (table, measure, region, period) => index.get(`${table}|${measure}|${region}|${period}`) ?? null,
    };
    const formula = parseFormula(
      'round(div({POP:BEV | GES=*, ALTER in (A1, A2)} - {POP:BEV | GES=*, ALTER in (A1, A2)}[t-1], {POP:BEV}[t-1], 0) * 100, 1) + if({POP:BEV | ALTER=*} > 0, {POP:BEV | GES=GESW} / {POP:BEV}, 0)',
    );
    const started = performance.now();
    let count = 0;
    for (const region of regions) {
      for (const period of periods.slice(1)) {
        const result = evaluateFormula(formula, { region, period, source });
        if (result.value === 0.5 && result.flag === null) count++;
      }
    }
    const elapsed = performance.now() - started;
    expect(count).toBe(12_000);
    // About 50 ms here (6 references, 21 cells each); the bound leaves room for slow machines.
    expect(elapsed).toBeLessThan(1_500);
  });
});

describe('shiftPeriod', () => {
  const cases: { period: string; years: number; expected: string }[] = [
    { period: '2023', years: -5, expected: '2018' },
    { period: '2023', years: 1, expected: '2024' },
    { period: '2023', years: 0, expected: '2023' },
    { period: '0005', years: -3, expected: '0002' },
    { period: '2023-12-31', years: -1, expected: '2022-12-31' },
    { period: '2024-02-29', years: -1, expected: '2023-02-28' },
    { period: '2024-02-29', years: -4, expected: '2020-02-29' },
    { period: '2000-02-29', years: -100, expected: '1900-02-28' },
    { period: '2023-06-05', years: 2, expected: '2025-06-05' },
  ];
  it.each(cases)('$period by $years → $expected', ({ period, years, expected }) => {
    expect(shiftPeriod(period, years)).toBe(expected);
  });

  const invalid: { period: string; years: number }[] = [
    { period: 'abc', years: -1 },
    { period: '2023/24', years: -1 },
    { period: '23', years: -1 },
    { period: '2023-13-01', years: -1 },
    { period: '2023-02-29', years: -1 },
    { period: '2023-1-01', years: -1 },
    { period: '2023', years: 1.5 },
    { period: '0003', years: -5 },
    { period: '9999-01-01', years: 1 },
  ];
  it.each(invalid)('rejects $period by $years', ({ period, years }) => {
    expect(() => shiftPeriod(period, years)).toThrow(RangeError);
  });
});

describe('roundHalfAwayFromZero', () => {
  const cases: { value: number; digits: number; expected: number }[] = [
    { value: 2.5, digits: 0, expected: 3 },
    { value: -2.5, digits: 0, expected: -3 },
    { value: 1.005, digits: 2, expected: 1.01 },
    { value: -1.005, digits: 2, expected: -1.01 },
    { value: 0.125, digits: 2, expected: 0.13 },
    { value: 1234.5, digits: -2, expected: 1200 },
    { value: 1250, digits: -2, expected: 1300 },
    { value: 1e-7, digits: 6, expected: 0 },
    { value: 5e-7, digits: 6, expected: 0.000001 },
    { value: 1.5e21, digits: 2, expected: 1.5e21 },
    { value: 0, digits: 3, expected: 0 },
  ];
  it.each(cases)('$value to $digits digits → $expected', ({ value, digits, expected }) => {
    expect(roundHalfAwayFromZero(value, digits)).toBe(expected);
  });
});
