/**
 * Tokenizer of the formula language.
 *
 * Codes inside `{…}` follow other rules than the arithmetic around them (`21111-02-06-4` is one
 * code there, but `21111 - 2` outside), so the scanner has two modes. The parser pulls one token
 * at a time and tells the scanner which mode applies; `tokenize` does the same switching on its
 * own for tools and tests. The scanner never throws: a character it does not know becomes an
 * `unknown` token, so that the parser can say what it expected at that place.
 */

export type TokenKind = 'number' | 'name' | 'code' | 'symbol' | 'unknown' | 'end';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  /** 0-based UTF-16 offsets into the formula text. */
  readonly start: number;
  readonly end: number;
}

/** `expression` outside of references, `reference` between `{` and `}`. */
export type ScanMode = 'expression' | 'reference';

const SPACE = /\s*/uy;
const NUMBER = /[0-9]+(?:\.[0-9]+)?/y;
const NAME = /[\p{L}_][\p{L}0-9_]*/uy;
/** The widest code alphabet (table codes); the parser narrows it for measures, dimensions, attributes. */
const CODE = /[\p{L}0-9_.-]+/uy;

// Longest first, so that `<=` is not read as `<` followed by `=`.
const EXPRESSION_SYMBOLS = [
  '<=',
  '>=',
  '==',
  '!=',
  '+',
  '-',
  '*',
  '/',
  '<',
  '>',
  '(',
  ')',
  ',',
  '[',
  ']',
  '{',
];
const REFERENCE_SYMBOLS = [':', '|', '=', '*', ',', '(', ')', '}'];

function matchAt(pattern: RegExp, text: string, offset: number): number {
  pattern.lastIndex = offset;
  return pattern.test(text) ? pattern.lastIndex : offset;
}

/** Reads the token that starts at `offset` (after whitespace, line breaks included). */
export function scanToken(text: string, offset: number, mode: ScanMode): Token {
  const start = matchAt(SPACE, text, offset);
  if (start >= text.length) return { kind: 'end', text: '', start, end: start };

  let end = mode === 'reference' ? matchAt(CODE, text, start) : matchAt(NUMBER, text, start);
  if (end > start) return token(mode === 'reference' ? 'code' : 'number', text, start, end);
  if (mode === 'expression') {
    end = matchAt(NAME, text, start);
    if (end > start) return token('name', text, start, end);
  }
  for (const symbol of mode === 'reference' ? REFERENCE_SYMBOLS : EXPRESSION_SYMBOLS) {
    if (text.startsWith(symbol, start)) return token('symbol', text, start, start + symbol.length);
  }
  // Whole code point, so that an emoji or similar is reported as itself and not as half of it.
  const codePoint = text.codePointAt(start) ?? 0;
  return token('unknown', text, start, start + (codePoint > 0xffff ? 2 : 1));
}

function token(kind: TokenKind, text: string, start: number, end: number): Token {
  return { kind, text: text.slice(start, end), start, end };
}

/** All tokens of a formula, the final `end` token included; switches mode at `{` and `}`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let mode: ScanMode = 'expression';
  let offset = 0;
  for (;;) {
    const next = scanToken(text, offset, mode);
    tokens.push(next);
    if (next.kind === 'end') return tokens;
    offset = next.end;
    if (next.kind === 'symbol' && next.text === '{') mode = 'reference';
    else if (next.kind === 'symbol' && next.text === '}') mode = 'expression';
  }
}
