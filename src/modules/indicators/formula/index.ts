/** Public entry of the indicator formula language: parse, analyse and evaluate formulas (docs/FORMULAS.md). */

export type {
  AbsNode,
  AggregateNode,
  ArithmeticOperator,
  BinaryNode,
  BinaryOperator,
  ComparisonOperator,
  DimensionFilter,
  DivNode,
  Formula,
  FormulaNode,
  IfNode,
  LagNode,
  MeasureRef,
  NegateNode,
  Node,
  NumberNode,
  ReferenceNode,
  RoundNode,
  Span,
} from './ast.ts';
export { childNodes } from './ast.ts';
export {
  BLOCKING_FLAGS,
  type CompiledFormula,
  compileFormula,
  type EvaluationContext,
  evaluateFormula,
  type FormulaDataSource,
  type FormulaValue,
  INFORMATIONAL_FLAGS,
  type ObservationCell,
  roundHalfAwayFromZero,
  shiftPeriod,
} from './evaluate.ts';
export {
  FormulaSyntaxError,
  formulaReferences,
  formulaTables,
  maxLag,
  parseFormula,
  referenceKey,
} from './parser.ts';
export { type ScanMode, scanToken, type Token, type TokenKind, tokenize } from './tokenizer.ts';
