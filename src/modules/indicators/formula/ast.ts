/**
 * Syntax tree of an indicator formula (docs/FORMULAS.md).
 *
 * Every node carries `start`/`end`: 0-based UTF-16 offsets into `Formula.text`, so that
 * `text.slice(node.start, node.end)` is the node's source. A parenthesised expression's span
 * includes its parentheses (there is no node for the parentheses themselves).
 */

export interface Span {
  start: number;
  end: number;
}

/** One filter of a reference; a dimension that no filter names must be absent ("Insgesamt"). */
export type DimensionFilter =
  | { dimension: string; kind: 'equals'; attribute: string }
  | { dimension: string; kind: 'any' }
  | { dimension: string; kind: 'in'; attributes: string[] };

export interface MeasureRef {
  table: string;
  measure: string;
  filters: DimensionFilter[];
}

export interface NumberNode extends Span {
  kind: 'number';
  value: number;
}

/** `{TABLE:MEASURE | filters}` */
export interface ReferenceNode extends Span, MeasureRef {
  kind: 'reference';
}

/** Unary minus. */
export interface NegateNode extends Span {
  kind: 'negate';
  operand: FormulaNode;
}

export type ArithmeticOperator = '+' | '-' | '*' | '/';
export type ComparisonOperator = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type BinaryOperator = ArithmeticOperator | ComparisonOperator;

export interface BinaryNode extends Span {
  kind: 'binary';
  operator: BinaryOperator;
  left: FormulaNode;
  right: FormulaNode;
}

/** `x[t-n]` (syntax `offset`) or `lag(x, n)` (syntax `function`): `x` evaluated `years` periods earlier. */
export interface LagNode extends Span {
  kind: 'lag';
  years: number;
  operand: FormulaNode;
  syntax: 'offset' | 'function';
}

/** `if(condition, whenTrue, whenFalse)`: only the chosen branch is evaluated. */
export interface IfNode extends Span {
  kind: 'if';
  condition: FormulaNode;
  whenTrue: FormulaNode;
  whenFalse: FormulaNode;
}

/** `div(a, b)` / `div(a, b, fallback)`. */
export interface DivNode extends Span {
  kind: 'div';
  dividend: FormulaNode;
  divisor: FormulaNode;
  fallback: FormulaNode | null;
}

/** `sum(…)`, `min(…)`, `max(…)` with at least one argument. */
export interface AggregateNode extends Span {
  kind: 'aggregate';
  name: 'sum' | 'min' | 'max';
  args: FormulaNode[];
}

export interface AbsNode extends Span {
  kind: 'abs';
  operand: FormulaNode;
}

/** `round(x, digits)`; `digits` is a constant integer (negative rounds to tens, hundreds, …). */
export interface RoundNode extends Span {
  kind: 'round';
  operand: FormulaNode;
  digits: number;
}

export type FormulaNode =
  | NumberNode
  | ReferenceNode
  | NegateNode
  | BinaryNode
  | LagNode
  | IfNode
  | DivNode
  | AggregateNode
  | AbsNode
  | RoundNode;

/** Short name used by the task description and callers that do not clash with a DOM `Node`. */
export type Node = FormulaNode;

export interface Formula {
  text: string;
  root: FormulaNode;
}

/** Children of a node in source order (the order in which they appear in the text). */
export function childNodes(node: FormulaNode): FormulaNode[] {
  switch (node.kind) {
    case 'number':
    case 'reference':
      return [];
    case 'negate':
    case 'lag':
    case 'abs':
    case 'round':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'if':
      return [node.condition, node.whenTrue, node.whenFalse];
    case 'div':
      return node.fallback === null
        ? [node.dividend, node.divisor]
        : [node.dividend, node.divisor, node.fallback];
    case 'aggregate':
      return node.args;
  }
}
