/**
 * Evaluation of parsed formulas for one region and period (docs/FORMULAS.md, "Zeichen statt Zahlen").
 *
 * A formula is compiled once into closures; evaluating it for ~400 regions × ~30 periods then
 * costs one walk over the closures per cell, with the reference filters precompiled.
 *
 * Every intermediate result carries a rank that encodes its marker, and combining two results
 * keeps the higher rank. The ranks, from weakest to strongest:
 *
 *   no data (constants only) < `-` < `0` < `e` < data without marker < `r` < `p` < `s` < `()`
 *   < `div0` < `missing` < `*` < `...` < `/` < `x` < `.`
 *
 * which gives the rules of the specification:
 * - the blocking markers (from `div0` up) win over everything, in the order the specification
 *   prescribes, and a blocked result never has a value;
 * - an informational marker wins over unmarked data: `()` (limited significance) over `s`
 *   (estimated) over `p` (provisional) over `r` (revised), i.e. the stronger caveat survives;
 * - `e` (final), `0` (less than half a unit) and `-` (exactly nothing) describe the value only
 *   when every data input carries them, so any unmarked input drops them. A `-` or `0` result
 *   whose value is not 0 (`{…} + 1`) carries no marker, since the markers claim a zero.
 */

import { childNodes, type Formula, type FormulaNode, type MeasureRef, type ReferenceNode } from './ast.ts';
import { referenceKey } from './parser.ts';

export interface ObservationCell {
  dims: Readonly<Record<string, string>>;
  value: number | null;
  flag: string | null;
}

export interface FormulaDataSource {
  /** All stored observations of a table's measure for one region and period; null when the table has nothing for that region/period. */
  cells(table: string, measure: string, region: string, period: string): readonly ObservationCell[] | null;
  /**
   * Optional: the value of a whole reference, already summed elsewhere (e.g. in SQL by the indicator
   * engine). When present it is used instead of `cells`; its result is read like one cell.
   */
  resolve?(reference: MeasureRef, region: string, period: string): FormulaValue;
}

export interface FormulaValue {
  value: number | null;
  flag: string | null;
}

export interface EvaluationContext {
  region: string;
  period: string;
  source: FormulaDataSource;
}

export type CompiledFormula = (context: EvaluationContext) => FormulaValue;

/** Markers that leave a result without a value, strongest first (docs/FORMULAS.md). */
export const BLOCKING_FLAGS: readonly string[] = Object.freeze([
  '.',
  'x',
  '/',
  '...',
  '*',
  'missing',
  'div0',
]);

/** Informational markers that carry over to the result, strongest first; see the module comment. */
export const INFORMATIONAL_FLAGS: readonly string[] = Object.freeze(['()', 's', 'p', 'r', 'e']);

// Ranks (see the module comment). Index = rank, value = marker shown for it.
const RANK_FLAG: readonly (string | null)[] = [
  null, // constants only
  '-',
  '0',
  'e',
  null, // data without marker
  'r',
  'p',
  's',
  '()',
  'div0',
  'missing',
  '*',
  '...',
  '/',
  'x',
  '.',
];
const NEUTRAL = 0;
const DASH = 1;
const ZERO = 2;
const CLEAN = 4;
const DIV0 = 9;
const MISSING = 10;
const FIRST_BLOCKING = DIV0;

const FLAG_RANK: ReadonlyMap<string, number> = new Map(
  RANK_FLAG.flatMap((flag, rank) => (flag === null ? [] : [[flag, rank] as const])),
);

interface Result {
  readonly value: number;
  readonly rank: number;
}

/** Shared results for blocked ranks; their value is never read. */
const BLOCKED: readonly Result[] = RANK_FLAG.map((_, rank) => ({ value: 0, rank }));
const BLOCKED_DIV0 = BLOCKED[DIV0]!;
const BLOCKED_MISSING = BLOCKED[MISSING]!;

function result(value: number, rank: number): Result {
  if (rank >= FIRST_BLOCKING) return BLOCKED[rank]!;
  // Overflow (1e308 * 10) or anything else non-finite must not leak out as a number.
  if (!Number.isFinite(value)) return BLOCKED_DIV0;
  return { value, rank };
}

interface Environment {
  readonly region: string;
  readonly period: string;
  readonly source: FormulaDataSource;
  /** Results of references used more than once, by reference id and period; null when none repeats. */
  readonly memo: Map<string, Result> | null;
}

type Evaluator = (environment: Environment) => Result;

// --- periods --------------------------------------------------------------------------------

const YEAR = /^([0-9]{4})$/;
const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Like `shiftPeriod`, but null when the year leaves 0000–9999 (no data can exist there). */
function tryShiftPeriod(period: string, years: number): string | null {
  if (!Number.isInteger(years)) throw new RangeError(`Verschiebung um ${years} Jahre ist keine ganze Zahl`);
  const year = YEAR.exec(period);
  if (year) {
    const shifted = Number(year[1]) + years;
    return shifted < 0 || shifted > 9999 ? null : String(shifted).padStart(4, '0');
  }
  const date = DATE.exec(period);
  if (date) {
    const month = Number(date[2]);
    const day = Number(date[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Number(date[1]), month)) {
      throw new RangeError(`Zeitraum "${period}" ist kein gültiges Datum`);
    }
    const shifted = Number(date[1]) + years;
    if (shifted < 0 || shifted > 9999) return null;
    // 29 February becomes 28 February in a common year.
    const shiftedDay = Math.min(day, daysInMonth(shifted, month));
    return `${String(shifted).padStart(4, '0')}-${date[2]}-${String(shiftedDay).padStart(2, '0')}`;
  }
  throw new RangeError(`Zeitraum "${period}" hat weder die Form JJJJ noch JJJJ-MM-TT`);
}

/** Moves a period (`YYYY` or `YYYY-MM-DD`) by whole years; 29 February falls back to 28 February. */
export function shiftPeriod(period: string, years: number): string {
  const shifted = tryShiftPeriod(period, years);
  if (shifted === null)
    throw new RangeError(`Zeitraum "${period}" um ${years} Jahre verschoben liegt außerhalb 0000–9999`);
  return shifted;
}

// --- references -----------------------------------------------------------------------------

const EQUALS = 0;
const ANY = 1;
const IN = 2;

interface CompiledFilter {
  readonly dimension: string;
  readonly kind: typeof EQUALS | typeof ANY | typeof IN;
  readonly attribute: string;
  readonly attributes: ReadonlySet<string>;
}

/** True when the cell's dimensions are exactly the filtered ones and each attribute is allowed. */
function matcher(reference: ReferenceNode): (dims: Readonly<Record<string, string>>) => boolean {
  const filters: CompiledFilter[] = reference.filters.map((filter) => ({
    dimension: filter.dimension,
    kind: filter.kind === 'equals' ? EQUALS : filter.kind === 'any' ? ANY : IN,
    attribute: filter.kind === 'equals' ? filter.attribute : '',
    attributes: new Set(filter.kind === 'in' ? filter.attributes : []),
  }));
  const count = filters.length;
  if (count === 0) {
    return (dims) => {
      for (const _ in dims) return false;
      return true;
    };
  }
  return (dims) => {
    let seen = 0;
    // for…in instead of Object.keys: no array per cell in the hot loop.
    for (const dimension in dims) {
      let filter: CompiledFilter | undefined;
      for (let index = 0; index < count; index++) {
        if (filters[index]!.dimension === dimension) {
          filter = filters[index];
          break;
        }
      }
      if (filter === undefined) return false;
      const attribute = dims[dimension]!;
      if (
        filter.kind === EQUALS
          ? attribute !== filter.attribute
          : filter.kind === IN && !filter.attributes.has(attribute)
      ) {
        return false;
      }
      seen++;
    }
    return seen === count;
  };
}

/** Rank of one observation (or of a resolved reference) by its marker and value. */
function observationRank(number: number | null, flag: string | null): number {
  if (flag === null) return number === null ? MISSING : CLEAN;
  // An unknown marker says nothing we could carry; such a cell counts by its value alone.
  const rank = FLAG_RANK.get(flag) ?? CLEAN;
  // A marker that needs a number (e, p, r, s, (), unknown) on an empty cell: nothing to count.
  return rank > ZERO && rank < FIRST_BLOCKING && number === null ? MISSING : rank;
}

/**
 * What an observation adds to a sum: `-` is exactly zero whatever the value column says, and a
 * blocking marker blocks even when the file also gave a number (`.` must never show one).
 */
function contribution(number: number | null, rank: number): number {
  return number === null || rank === DASH || rank >= FIRST_BLOCKING ? 0 : number;
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

function compileReference(reference: ReferenceNode, id: string, memoized: boolean): Evaluator {
  const { table, measure } = reference;
  const plain: MeasureRef = { table, measure, filters: reference.filters };
  const matches = matcher(reference);
  const read = (environment: Environment): Result => {
    const { source, region, period } = environment;
    if (source.resolve !== undefined) {
      const resolved = source.resolve(plain, region, period);
      const number = finiteOrNull(resolved.value);
      const rank = observationRank(number, resolved.flag);
      return result(contribution(number, rank), rank);
    }
    const cells = source.cells(table, measure, region, period);
    if (cells === null) return BLOCKED_MISSING;
    let sum = 0;
    let rank = NEUTRAL;
    let matched = false;
    for (const cell of cells) {
      if (!matches(cell.dims)) continue;
      matched = true;
      const number = finiteOrNull(cell.value);
      const cellRank = observationRank(number, cell.flag);
      sum += contribution(number, cellRank);
      if (cellRank > rank) rank = cellRank;
    }
    return matched ? result(sum, rank) : BLOCKED_MISSING;
  };
  if (!memoized) return read;
  return (environment) => {
    const key = `${id}\u0000${environment.period}`;
    const memo = environment.memo!;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const value = read(environment);
    memo.set(key, value);
    return value;
  };
}

// --- expressions ----------------------------------------------------------------------------

function hasReference(node: FormulaNode): boolean {
  return node.kind === 'reference' || childNodes(node).some(hasReference);
}

/** Half away from zero ("kaufmännisch"), on the decimal digits as written: round(1.005, 2) = 1.01. */
export function roundHalfAwayFromZero(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const magnitude = decimalShift(Math.round(decimalShift(Math.abs(value), digits)), -digits);
  return value < 0 ? -magnitude : magnitude;
}

/** `n * 10^k` via the decimal representation, which avoids 1.005 * 100 = 100.49999…. */
function decimalShift(n: number, k: number): number {
  const [mantissa, exponent = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(exponent) + k}`);
}

function compileArithmetic(operator: string, left: Evaluator, right: Evaluator): Evaluator {
  // One closure per operator, so that the hot path does not dispatch on the operator.
  const combine = (operation: (a: number, b: number) => number): Evaluator => {
    return (environment) => {
      const a = left(environment);
      const b = right(environment);
      // Both sides are evaluated even if one is blocked: the strongest marker must win.
      const rank = a.rank > b.rank ? a.rank : b.rank;
      if (rank >= FIRST_BLOCKING) return BLOCKED[rank]!;
      return result(operation(a.value, b.value), rank);
    };
  };
  switch (operator) {
    case '+':
      return combine((a, b) => a + b);
    case '-':
      return combine((a, b) => a - b);
    case '*':
      return combine((a, b) => a * b);
    case '/':
      return compileDivision(left, right, null);
    case '<':
      return combine((a, b) => (a < b ? 1 : 0));
    case '<=':
      return combine((a, b) => (a <= b ? 1 : 0));
    case '>':
      return combine((a, b) => (a > b ? 1 : 0));
    case '>=':
      return combine((a, b) => (a >= b ? 1 : 0));
    case '==':
      return combine((a, b) => (a === b ? 1 : 0));
    case '!=':
      return combine((a, b) => (a !== b ? 1 : 0));
    default:
      throw new Error(`unknown operator ${operator}`);
  }
}

function compileDivision(dividend: Evaluator, divisor: Evaluator, fallback: Evaluator | null): Evaluator {
  return (environment) => {
    const a = dividend(environment);
    const b = divisor(environment);
    const rank = a.rank > b.rank ? a.rank : b.rank;
    if (rank >= FIRST_BLOCKING) return BLOCKED[rank]!;
    if (b.value === 0) {
      if (fallback === null) return BLOCKED_DIV0;
      // The inputs decided that the fallback applies, so their markers carry over to it.
      const f = fallback(environment);
      return result(f.value, f.rank > rank ? f.rank : rank);
    }
    return result(a.value / b.value, rank);
  };
}

function compileNode(node: FormulaNode, references: ReadonlyMap<ReferenceNode, Evaluator>): Evaluator {
  const compile = (child: FormulaNode) => compileNode(child, references);
  switch (node.kind) {
    case 'number': {
      const constant: Result = { value: node.value, rank: NEUTRAL };
      return () => constant;
    }
    case 'reference':
      return references.get(node)!;
    case 'negate': {
      const operand = compile(node.operand);
      return (environment) => {
        const a = operand(environment);
        return a.rank >= FIRST_BLOCKING ? a : { value: -a.value, rank: a.rank };
      };
    }
    case 'binary':
      return compileArithmetic(node.operator, compile(node.left), compile(node.right));
    case 'lag': {
      const operand = compile(node.operand);
      // Constants are the same in every year; no need to move the period (or fail far back).
      if (!hasReference(node.operand)) return operand;
      const years = node.years;
      return (environment) => {
        const period = tryShiftPeriod(environment.period, -years);
        if (period === null) return BLOCKED_MISSING;
        return operand({ ...environment, period });
      };
    }
    case 'if': {
      const condition = compile(node.condition);
      const whenTrue = compile(node.whenTrue);
      const whenFalse = compile(node.whenFalse);
      return (environment) => {
        const c = condition(environment);
        if (c.rank >= FIRST_BLOCKING) return c;
        // Only the chosen branch runs, so a marker in the other one has no effect.
        const chosen = (c.value !== 0 ? whenTrue : whenFalse)(environment);
        return chosen.rank >= c.rank ? chosen : { value: chosen.value, rank: c.rank };
      };
    }
    case 'div':
      return compileDivision(
        compile(node.dividend),
        compile(node.divisor),
        node.fallback === null ? null : compile(node.fallback),
      );
    case 'aggregate': {
      const args = node.args.map(compile);
      const fold =
        node.name === 'sum'
          ? (a: number, b: number) => a + b
          : node.name === 'min'
            ? (a: number, b: number) => (b < a ? b : a)
            : (a: number, b: number) => (b > a ? b : a);
      return (environment) => {
        const first = args[0]!(environment);
        let value = first.value;
        let rank = first.rank;
        for (let index = 1; index < args.length; index++) {
          const next = args[index]!(environment);
          if (next.rank > rank) rank = next.rank;
          value = fold(value, next.value);
        }
        return result(value, rank);
      };
    }
    case 'abs': {
      const operand = compile(node.operand);
      return (environment) => {
        const a = operand(environment);
        return a.rank >= FIRST_BLOCKING ? a : { value: Math.abs(a.value), rank: a.rank };
      };
    }
    case 'round': {
      const operand = compile(node.operand);
      const digits = node.digits;
      return (environment) => {
        const a = operand(environment);
        return a.rank >= FIRST_BLOCKING ? a : result(roundHalfAwayFromZero(a.value, digits), a.rank);
      };
    }
  }
}

function collectReferences(node: FormulaNode, into: ReferenceNode[]): void {
  if (node.kind === 'reference') into.push(node);
  for (const child of childNodes(node)) collectReferences(child, into);
}

function output(value: Result): FormulaValue {
  const { rank } = value;
  if (rank >= FIRST_BLOCKING) return { value: null, flag: RANK_FLAG[rank]! };
  // `-` and `0` claim a zero; `{…} + 1` built from them is an ordinary number.
  const flag = (rank === DASH || rank === ZERO) && value.value !== 0 ? null : RANK_FLAG[rank]!;
  // -0 would print as "-0" in some places and differs under Object.is.
  return { value: value.value === 0 ? 0 : value.value, flag };
}

/**
 * Compiles a formula once for many evaluations. The closure keeps no state between calls, so it
 * may be shared; references that occur more than once are read once per period and call.
 */
export function compileFormula(formula: Formula): CompiledFormula {
  const nodes: ReferenceNode[] = [];
  collectReferences(formula.root, nodes);
  const keys = nodes.map((node) => referenceKey(node));
  const uses = new Map<string, number>();
  for (const key of keys) uses.set(key, (uses.get(key) ?? 0) + 1);
  const shared = [...uses.values()].some((count) => count > 1);

  // Identical references share one evaluator (and its memo entries).
  const byKey = new Map<string, Evaluator>();
  const references = new Map<ReferenceNode, Evaluator>();
  nodes.forEach((node, index) => {
    const key = keys[index]!;
    let evaluator = byKey.get(key);
    if (evaluator === undefined) {
      evaluator = compileReference(node, String(byKey.size), (uses.get(key) ?? 0) > 1);
      byKey.set(key, evaluator);
    }
    references.set(node, evaluator);
  });

  const root = compileNode(formula.root, references);
  return (context) =>
    output(
      root({
        region: context.region,
        period: context.period,
        source: context.source,
        memo: shared ? new Map() : null,
      }),
    );
}

const compiled = new WeakMap<Formula, CompiledFormula>();

/** Evaluates a parsed formula; the compiled form is cached per `Formula` object. */
export function evaluateFormula(
  formula: Formula,
  context: { region: string; period: string; source: FormulaDataSource },
): FormulaValue {
  let evaluate = compiled.get(formula);
  if (evaluate === undefined) {
    evaluate = compileFormula(formula);
    compiled.set(formula, evaluate);
  }
  return evaluate(context);
}
