/**
 * Recursive-descent parser of indicator formulas (docs/FORMULAS.md), and what callers need to
 * know about a formula without evaluating it: the tables and measures it reads and how far back
 * in time it looks.
 *
 * Precedence, weakest first: comparison (not chainable) < `+ -` < `* /` < unary `-` < `[t-n]`.
 */

import {
  type BinaryOperator,
  childNodes,
  type DimensionFilter,
  type Formula,
  type FormulaNode,
  type MeasureRef,
  type ReferenceNode,
} from './ast.ts';
import { type ScanMode, scanToken, type Token } from './tokenizer.ts';

/** A formula that does not follow the grammar; the message is German and shown to the user. */
export class FormulaSyntaxError extends Error {
  /** 1-based character (code point) position, as shown in the message. */
  readonly position: number;
  /** 0-based UTF-16 offset of the same place, for highlighting in an editor. */
  readonly offset: number;
  readonly expected: string;
  /** The text found at the position, or null at the end of the formula. */
  readonly found: string | null;

  constructor(options: { position: number; offset: number; expected: string; found: string | null }) {
    const found = options.found === null ? 'Ende der Formel' : `"${options.found}"`;
    super(`Zeichen ${options.position}: erwartet ${options.expected}, gefunden ${found}`);
    this.name = 'FormulaSyntaxError';
    this.position = options.position;
    this.offset = options.offset;
    this.expected = options.expected;
    this.found = options.found;
  }
}

const OPERAND = 'Zahl, Bezug, Funktion oder "("';
/** Bounds the recursion of parser, evaluator and tree walks; real formulas stay far below. */
const MAX_DEPTH = 200;
const TOO_DEEP = `einfachere Formel (höchstens ${MAX_DEPTH} Ebenen)`;
const MAX_FOUND_LENGTH = 30;
const MAX_ROUND_DIGITS = 15;

type FunctionName = 'abs' | 'div' | 'if' | 'lag' | 'max' | 'min' | 'round' | 'sum';

const FUNCTIONS: Record<FunctionName, { min: number; max: number; arity: string }> = {
  abs: { min: 1, max: 1, arity: 'genau 1 Argument' },
  div: { min: 2, max: 3, arity: '2 oder 3 Argumente' },
  if: { min: 3, max: 3, arity: 'genau 3 Argumente' },
  lag: { min: 2, max: 2, arity: 'genau 2 Argumente' },
  max: { min: 1, max: Number.POSITIVE_INFINITY, arity: 'mindestens 1 Argument' },
  min: { min: 1, max: Number.POSITIVE_INFINITY, arity: 'mindestens 1 Argument' },
  round: { min: 1, max: 2, arity: '1 oder 2 Argumente' },
  sum: { min: 1, max: Number.POSITIVE_INFINITY, arity: 'mindestens 1 Argument' },
};
const KNOWN_FUNCTIONS = `bekannte Funktion (${Object.keys(FUNCTIONS).sort().join(', ')})`;

function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTIONS, name);
}

type CodeKind = 'table' | 'measure' | 'dimension' | 'attribute';

const CODE_CHARACTER: Record<CodeKind, RegExp> = {
  table: /^[\p{L}0-9_.-]$/u,
  measure: /^[\p{L}0-9_]$/u,
  dimension: /^[\p{L}0-9_-]$/u,
  attribute: /^[\p{L}0-9_-]$/u,
};

const COMPARISONS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '==', '!=']);

function isSymbol(token: Token, symbol: string): boolean {
  return token.kind === 'symbol' && token.text === symbol;
}

function isComparison(token: Token): boolean {
  return token.kind === 'symbol' && COMPARISONS.has(token.text);
}

/** Number of code points in `text` before `offset`, plus one: what a user counts as "Zeichen". */
function characterPosition(text: string, offset: number): number {
  let position = 1;
  for (let index = 0; index < offset; index++) {
    const unit = text.charCodeAt(index);
    // A high surrogate followed by its low half is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < offset) index++;
    position++;
  }
  return position;
}

function shorten(text: string): string {
  const characters = [...text];
  return characters.length > MAX_FOUND_LENGTH
    ? `${characters.slice(0, MAX_FOUND_LENGTH - 1).join('')}…`
    : text;
}

class Parser {
  private offset = 0;
  private mode: ScanMode = 'expression';
  private lookahead: Token | null = null;
  private depth = 0;
  private readonly heights = new WeakMap<FormulaNode, number>();

  constructor(private readonly text: string) {}

  parse(): FormulaNode {
    const root = this.parseExpression();
    const rest = this.peek();
    if (rest.kind !== 'end') this.fail(rest, 'Operator oder Ende der Formel');
    return root;
  }

  // --- token access -------------------------------------------------------------------------

  private peek(): Token {
    this.lookahead ??= scanToken(this.text, this.offset, this.mode);
    return this.lookahead;
  }

  private take(): Token {
    const token = this.peek();
    this.offset = token.end;
    this.lookahead = null;
    return token;
  }

  private setMode(mode: ScanMode): void {
    this.mode = mode;
    this.lookahead = null;
  }

  private accept(symbol: string): boolean {
    if (!isSymbol(this.peek(), symbol)) return false;
    this.take();
    return true;
  }

  private expect(symbol: string, expected: string): Token {
    const token = this.peek();
    if (!isSymbol(token, symbol)) this.fail(token, expected);
    return this.take();
  }

  private fail(token: Token, expected: string): never {
    this.failAt(token.start, expected, token.kind === 'end' ? null : token.text);
  }

  private failAt(offset: number, expected: string, found: string | null): never {
    throw new FormulaSyntaxError({
      position: characterPosition(this.text, offset),
      offset,
      expected,
      found: found === null ? null : shorten(found),
    });
  }

  private enter(at: Token): void {
    this.depth++;
    if (this.depth > MAX_DEPTH) this.fail(at, TOO_DEEP);
  }

  private leave(): void {
    this.depth--;
  }

  /** Records the node's height; too tall a tree (e.g. thousands of `+`) would overflow the evaluator's stack. */
  private seal<T extends FormulaNode>(node: T, at: Token): T {
    let height = 0;
    for (const child of childNodes(node)) height = Math.max(height, this.heights.get(child) ?? 1);
    if (height + 1 > MAX_DEPTH) this.fail(at, TOO_DEEP);
    this.heights.set(node, height + 1);
    return node;
  }

  // --- expressions --------------------------------------------------------------------------

  private parseExpression(): FormulaNode {
    const left = this.parseAdditive();
    const operator = this.peek();
    if (!isComparison(operator)) return left;
    this.take();
    const right = this.parseAdditive();
    // `a < b < c` would silently mean `(a < b) < c`; make the author say so.
    const next = this.peek();
    if (isComparison(next)) this.fail(next, 'Klammern um verkettete Vergleiche');
    return this.binary(operator, left, right);
  }

  private parseAdditive(): FormulaNode {
    let left = this.parseMultiplicative();
    for (;;) {
      const operator = this.peek();
      if (!isSymbol(operator, '+') && !isSymbol(operator, '-')) return left;
      this.take();
      left = this.binary(operator, left, this.parseMultiplicative());
    }
  }

  private parseMultiplicative(): FormulaNode {
    let left = this.parseUnary();
    for (;;) {
      const operator = this.peek();
      if (!isSymbol(operator, '*') && !isSymbol(operator, '/')) return left;
      this.take();
      left = this.binary(operator, left, this.parseUnary());
    }
  }

  private binary(operator: Token, left: FormulaNode, right: FormulaNode): FormulaNode {
    return this.seal(
      {
        kind: 'binary',
        operator: operator.text as BinaryOperator,
        left,
        right,
        start: left.start,
        end: right.end,
      },
      operator,
    );
  }

  private parseUnary(): FormulaNode {
    const minus = this.peek();
    if (!isSymbol(minus, '-')) return this.parsePostfix();
    this.take();
    this.enter(minus);
    const operand = this.parseUnary();
    this.leave();
    return this.seal({ kind: 'negate', operand, start: minus.start, end: operand.end }, minus);
  }

  /** A primary, optionally followed by `[t-n]` when it is a reference or a parenthesised expression. */
  private parsePostfix(): FormulaNode {
    const first = this.peek();
    const offsettable = isSymbol(first, '{') || isSymbol(first, '(');
    const operand = this.parsePrimary();
    const open = this.peek();
    if (!isSymbol(open, '[')) return operand;
    if (!offsettable) {
      this.failAt(
        operand.start,
        'Bezug oder geklammerter Ausdruck vor "["',
        this.text.slice(operand.start, operand.end),
      );
    }
    this.take();
    const t = this.peek();
    if (t.kind !== 'name' || t.text !== 't') this.fail(t, '"t"');
    this.take();
    this.expect('-', '"-"');
    const years = this.positiveInteger();
    const close = this.expect(']', '"]"');
    const lag = this.seal(
      { kind: 'lag', years, operand, syntax: 'offset', start: operand.start, end: close.end },
      open,
    );
    const again = this.peek();
    if (isSymbol(again, '[')) {
      this.failAt(lag.start, 'Bezug oder geklammerter Ausdruck vor "["', this.text.slice(lag.start, lag.end));
    }
    return lag;
  }

  private parsePrimary(): FormulaNode {
    const token = this.peek();
    if (token.kind === 'number') {
      this.take();
      const value = Number(token.text);
      if (!Number.isFinite(value)) this.fail(token, 'kleinere Zahl');
      return { kind: 'number', value, start: token.start, end: token.end };
    }
    if (isSymbol(token, '{')) return this.parseReference();
    if (isSymbol(token, '(')) {
      this.take();
      this.enter(token);
      const inner = this.parseExpression();
      this.leave();
      const close = this.expect(')', 'Operator oder ")"');
      inner.start = token.start;
      inner.end = close.end;
      return inner;
    }
    if (token.kind === 'name') return this.parseCall();
    this.fail(token, OPERAND);
  }

  private positiveInteger(): number {
    const token = this.peek();
    const value = Number(token.text);
    if (
      token.kind !== 'number' ||
      !/^[0-9]+$/.test(token.text) ||
      !Number.isSafeInteger(value) ||
      value <= 0
    ) {
      this.fail(token, 'positive ganze Zahl');
    }
    this.take();
    return value;
  }

  // --- functions ----------------------------------------------------------------------------

  private parseCall(): FormulaNode {
    const nameToken = this.take();
    const name = nameToken.text.toLowerCase();
    const open = this.peek();
    if (!isSymbol(open, '(')) {
      if (isFunctionName(name)) this.fail(open, '"("');
      this.fail(nameToken, OPERAND);
    }
    if (!isFunctionName(name)) this.fail(nameToken, KNOWN_FUNCTIONS);
    this.take();
    this.enter(nameToken);
    const node = this.parseArguments(name, nameToken);
    this.leave();
    return node;
  }

  private parseArguments(name: FunctionName, nameToken: Token): FormulaNode {
    const spec = FUNCTIONS[name];
    const start = nameToken.start;
    const hint = `(${name} hat ${spec.arity})`;

    if (name === 'lag') {
      const operand = this.parseExpression();
      this.expect(',', `Operator oder "," ${hint}`);
      const years = this.positiveInteger();
      const close = this.expect(')', '")"');
      return this.seal({ kind: 'lag', years, operand, syntax: 'function', start, end: close.end }, nameToken);
    }
    if (name === 'round') {
      const operand = this.parseExpression();
      let digits = 0;
      let close: Token;
      if (this.accept(',')) {
        digits = this.roundDigits();
        close = this.expect(')', `")" ${hint}`);
      } else {
        close = this.expect(')', 'Operator, "," oder ")"');
      }
      return this.seal({ kind: 'round', operand, digits, start, end: close.end }, nameToken);
    }

    const args: FormulaNode[] = [this.parseExpression()];
    let close: Token;
    for (;;) {
      const next = this.peek();
      if (isSymbol(next, ',')) {
        if (args.length >= spec.max) this.fail(next, `")" ${hint}`);
        this.take();
        args.push(this.parseExpression());
        continue;
      }
      if (isSymbol(next, ')')) {
        if (args.length < spec.min) this.fail(next, `"," ${hint}`);
        close = this.take();
        break;
      }
      const expected =
        args.length < spec.min
          ? 'Operator oder ","'
          : args.length >= spec.max
            ? 'Operator oder ")"'
            : 'Operator, "," oder ")"';
      this.fail(next, expected);
    }

    const end = close.end;
    switch (name) {
      case 'abs':
        return this.seal({ kind: 'abs', operand: args[0]!, start, end }, nameToken);
      case 'if':
        return this.seal(
          { kind: 'if', condition: args[0]!, whenTrue: args[1]!, whenFalse: args[2]!, start, end },
          nameToken,
        );
      case 'div':
        return this.seal(
          { kind: 'div', dividend: args[0]!, divisor: args[1]!, fallback: args[2] ?? null, start, end },
          nameToken,
        );
      default:
        return this.seal({ kind: 'aggregate', name, args, start, end }, nameToken);
    }
  }

  /** `round`'s digits: a constant, so that a formula cannot round by a data-dependent amount. */
  private roundDigits(): number {
    const minus = this.accept('-');
    const token = this.peek();
    const magnitude = Number(token.text);
    if (token.kind !== 'number' || !/^[0-9]+$/.test(token.text) || magnitude > MAX_ROUND_DIGITS) {
      this.fail(token, `ganze Zahl von -${MAX_ROUND_DIGITS} bis ${MAX_ROUND_DIGITS}`);
    }
    this.take();
    return minus && magnitude !== 0 ? -magnitude : magnitude;
  }

  // --- references ---------------------------------------------------------------------------

  private parseReference(): ReferenceNode {
    const open = this.take();
    this.setMode('reference');
    const table = this.code('table', 'Tabellencode', '":"');
    this.expect(':', '":"');
    const measure = this.code('measure', 'Code der Messgröße', '"|" oder "}"');
    const filters: DimensionFilter[] = [];
    let closer = '"|" oder "}"';
    if (this.accept('|')) {
      const seen = new Set<string>();
      do filters.push(this.parseFilter(seen));
      while (this.accept(','));
      closer = '"," oder "}"';
    }
    const close = this.expect('}', closer);
    this.setMode('expression');
    return { kind: 'reference', table, measure, filters, start: open.start, end: close.end };
  }

  private parseFilter(seen: Set<string>): DimensionFilter {
    const dimensionToken = this.peek();
    const dimension = this.code('dimension', 'Merkmalscode', '"=" oder "in"');
    if (seen.has(dimension)) {
      this.failAt(dimensionToken.start, 'Merkmal, das in diesem Bezug noch nicht gefiltert ist', dimension);
    }
    seen.add(dimension);

    const operator = this.peek();
    if (isSymbol(operator, '=')) {
      this.take();
      if (this.accept('*')) return { dimension, kind: 'any' };
      const attribute = this.code('attribute', 'Ausprägungscode oder "*"', '"," oder "}"');
      return { dimension, kind: 'equals', attribute };
    }
    if (operator.kind !== 'code' || operator.text !== 'in') this.fail(operator, '"=" oder "in"');
    this.take();
    this.expect('(', '"("');
    const attributes: string[] = [];
    do {
      const attributeToken = this.peek();
      const attribute = this.code('attribute', 'Ausprägungscode', '"," oder ")"');
      if (attributes.includes(attribute)) {
        this.failAt(attributeToken.start, 'Ausprägung, die noch nicht genannt ist', attribute);
      }
      attributes.push(attribute);
    } while (this.accept(','));
    this.expect(')', '"," oder ")"');
    return { dimension, kind: 'in', attributes };
  }

  /**
   * Reads a code of the given kind. The scanner reads the widest alphabet; a character outside this
   * kind's alphabet ends the code, and the error names what may follow the code at that place.
   */
  private code(kind: CodeKind, what: string, follow: string): string {
    const token = this.peek();
    if (token.kind !== 'code') this.fail(token, what);
    let index = 0;
    for (const character of token.text) {
      if (!CODE_CHARACTER[kind].test(character)) {
        this.failAt(token.start + index, index === 0 ? what : follow, character);
      }
      index += character.length;
    }
    this.take();
    return token.text;
  }
}

/** Parses a formula; throws `FormulaSyntaxError` with a German message naming the place. */
export function parseFormula(text: string): Formula {
  return { text, root: new Parser(text).parse() };
}

// --- analysis -------------------------------------------------------------------------------

function walk(node: FormulaNode, visit: (node: FormulaNode) => void): void {
  visit(node);
  for (const child of childNodes(node)) walk(child, visit);
}

/** Canonical identity of a reference (filter order ignored); equal keys match the same cells. */
export function referenceKey(ref: MeasureRef): string {
  // Filter order does not change which cells match, so it must not make two references differ.
  const filters = ref.filters
    .map((filter) =>
      filter.kind === 'equals'
        ? [filter.dimension, '=', filter.attribute]
        : filter.kind === 'any'
          ? [filter.dimension, '*']
          : [filter.dimension, 'in', ...[...filter.attributes].sort()],
    )
    .sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  return JSON.stringify([ref.table, ref.measure, filters]);
}

/** The distinct references of a formula in order of appearance, as plain `MeasureRef`s. */
export function formulaReferences(formula: Formula): MeasureRef[] {
  const seen = new Set<string>();
  const references: MeasureRef[] = [];
  walk(formula.root, (node) => {
    if (node.kind !== 'reference') return;
    const key = referenceKey(node);
    if (seen.has(key)) return;
    seen.add(key);
    references.push({
      table: node.table,
      measure: node.measure,
      filters: node.filters.map((filter) =>
        filter.kind === 'in' ? { ...filter, attributes: [...filter.attributes] } : { ...filter },
      ),
    });
  });
  return references;
}

/** The distinct table codes of a formula in order of appearance. */
export function formulaTables(formula: Formula): string[] {
  const tables = new Set<string>();
  walk(formula.root, (node) => {
    if (node.kind === 'reference') tables.add(node.table);
  });
  return [...tables];
}

/** How many years back the formula reads at most; nested lags add up. */
export function maxLag(formula: Formula): number {
  const lagOf = (node: FormulaNode): number => {
    let deepest = 0;
    for (const child of childNodes(node)) deepest = Math.max(deepest, lagOf(child));
    return node.kind === 'lag' ? node.years + deepest : deepest;
  };
  return lagOf(formula.root);
}
