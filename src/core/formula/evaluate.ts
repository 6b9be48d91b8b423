/**
 * Evaluates a parsed formula exactly (rationals, never floats) over a cell lookup. Supports SUM and
 * SUMIF — the functions templates write; any other function is reported as unsupported.
 */
import type { CellRange, CellValue } from '../grid/types';
import type { FormulaNode } from './parse';
import { add, divide, fromDecimalText, fromNumber, multiply, subtract, ZERO, type Rational } from './rational';

export type FormulaResult =
  | { kind: 'number'; value: Rational }
  | { kind: 'text'; value: string }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

/** The value of a cell at absolute 0-based coordinates (a formula cell's computed value). */
export type CellLookup = (row: number, col: number) => CellValue;

class EvaluationError extends Error {}

interface Context {
  lookup: CellLookup;
  bounds?: CellRange;
}

/** Cells outside `bounds` are empty, so ranges are clipped to it: SUM(A1:XFD1048576) stays cheap. */
export function evaluateFormula(node: FormulaNode, lookup: CellLookup, bounds?: CellRange): FormulaResult {
  try {
    return evaluateNode(node, { lookup, bounds });
  } catch (error) {
    if (error instanceof EvaluationError) return { kind: 'error', message: error.message };
    throw error;
  }
}

function evaluateNode(node: FormulaNode, ctx: Context): FormulaResult {
  switch (node.kind) {
    case 'number':
      return { kind: 'number', value: node.value };
    case 'string':
      return { kind: 'text', value: node.value };
    case 'ref':
      return fromCell(ctx.lookup(node.row, node.col));
    case 'range':
      throw new EvaluationError('区域只能用在函数参数中');
    case 'unary': {
      const operand = toRational(evaluateNode(node.operand, ctx));
      return { kind: 'number', value: node.op === '-' ? subtract(ZERO, operand) : operand };
    }
    case 'binary': {
      const left = toRational(evaluateNode(node.left, ctx));
      const right = toRational(evaluateNode(node.right, ctx));
      if (node.op === '+') return { kind: 'number', value: add(left, right) };
      if (node.op === '-') return { kind: 'number', value: subtract(left, right) };
      if (node.op === '*') return { kind: 'number', value: multiply(left, right) };
      const quotient = divide(left, right);
      if (!quotient) throw new EvaluationError('除数为零');
      return { kind: 'number', value: quotient };
    }
    case 'call':
      return callFunction(node.name, node.args, ctx);
  }
}

function callFunction(name: string, args: FormulaNode[], ctx: Context): FormulaResult {
  if (name === 'SUM') {
    let total = ZERO;
    for (const arg of args) {
      if (arg.kind === 'range') {
        for (const value of rangeValues(arg.range, ctx)) {
          // SUM skips text, blanks and booleans inside ranges, like Excel.
          if (typeof value === 'number') total = add(total, numberOf(value));
        }
      } else total = add(total, toRational(evaluateNode(arg, ctx)));
    }
    return { kind: 'number', value: total };
  }
  if (name === 'SUMIF') return sumIf(args, ctx);
  throw new EvaluationError(`不支持的函数 ${name}`);
}

function sumIf(args: FormulaNode[], ctx: Context): FormulaResult {
  const [testArg, criteriaArg, sumArg = testArg] = args;
  if (args.length < 2 || args.length > 3 || testArg.kind !== 'range' || sumArg.kind !== 'range')
    throw new EvaluationError('SUMIF 参数不正确');
  const criteria = evaluateNode(criteriaArg, ctx);
  const matches = criterionMatcher(criteria.kind === 'number' ? criteriaText(criteria.value) : textOf(criteria));
  const test = testArg.range;
  const sum = sumArg.range;
  // Offsets where the test or the sum cell lies inside the sheet; elsewhere both are empty.
  const a = clip(test, ctx.bounds);
  const b = clip(
    { ...sum, bottom: sum.top + test.bottom - test.top, right: sum.left + test.right - test.left },
    ctx.bounds,
  );
  const rows = [Math.min(a.top - test.top, b.top - sum.top), Math.max(a.bottom - test.top, b.bottom - sum.top)];
  const cols = [Math.min(a.left - test.left, b.left - sum.left), Math.max(a.right - test.left, b.right - sum.left)];
  let total = ZERO;
  for (let r = Math.max(0, rows[0]); r <= rows[1]; r++) {
    for (let c = Math.max(0, cols[0]); c <= cols[1]; c++) {
      if (!matches(ctx.lookup(test.top + r, test.left + c))) continue;
      const value = ctx.lookup(sum.top + r, sum.left + c);
      if (typeof value === 'number') total = add(total, numberOf(value));
    }
  }
  return { kind: 'number', value: total };
}

/** Excel's SUMIF criteria: "???" (wildcards, text cells only), ">=100" (number cells only), "201". */
function criterionMatcher(criteria: string): (value: CellValue) => boolean {
  const [, op = '', operand] = /^(<=|>=|<>|=|<|>)?(.*)$/s.exec(criteria)!;
  const number = fromDecimalText(operand.trim());
  if (number && op !== '' && op !== '=' && op !== '<>') {
    return (value) => {
      if (typeof value !== 'number') return false;
      const diff = subtract(numberOf(value), number).num;
      return op === '<' ? diff < 0n : op === '<=' ? diff <= 0n : op === '>' ? diff > 0n : diff >= 0n;
    };
  }
  const pattern = new RegExp(
    `^${operand
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'is',
  );
  const equal = (value: CellValue) =>
    number && typeof value === 'number'
      ? subtract(numberOf(value), number).num === 0n
      : typeof value === 'string' && pattern.test(value);
  return op === '<>' ? (value) => !equal(value) : equal;
}

function* rangeValues(range: CellRange, ctx: Context): Generator<CellValue> {
  const { top, left, bottom, right } = clip(range, ctx.bounds);
  for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) yield ctx.lookup(row, col);
}

function clip(range: CellRange, bounds: CellRange | undefined): CellRange {
  if (!bounds) return range;
  return {
    top: Math.max(range.top, bounds.top),
    left: Math.max(range.left, bounds.left),
    bottom: Math.min(range.bottom, bounds.bottom),
    right: Math.min(range.right, bounds.right),
  };
}

function fromCell(value: CellValue): FormulaResult {
  if (value === null || value === '') return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value: numberOf(value) };
  if (typeof value === 'boolean') return { kind: 'number', value: value ? { num: 1n, den: 1n } : ZERO };
  return { kind: 'text', value };
}

/** Arithmetic operand: blanks are 0, numeric text is its number, other text is Excel's #VALUE!. */
function toRational(result: FormulaResult): Rational {
  if (result.kind === 'number') return result.value;
  if (result.kind === 'empty') return ZERO;
  if (result.kind === 'error') throw new EvaluationError(result.message);
  const parsed = fromDecimalText(result.value.trim());
  if (!parsed) throw new EvaluationError(`“${result.value}”不是数字`);
  return parsed;
}

function numberOf(value: number): Rational {
  const rational = fromNumber(value);
  if (!rational) throw new EvaluationError(`无法计算的数值 ${value}`);
  return rational;
}

function textOf(result: FormulaResult): string {
  return result.kind === 'text' ? result.value : '';
}

function criteriaText(value: Rational): string {
  return value.den === 1n ? value.num.toString() : String(Number(value.num) / Number(value.den));
}
