/**
 * Parses the formula subset templates use into a tree: numbers, strings, same-sheet A1 refs and
 * ranges, function calls, + − * /, parentheses and unary signs. Anything else is a syntax error,
 * so an unsupported formula is reported instead of being guessed at.
 */
import { parseA1, parseRangeA1 } from '../grid/address';
import type { CellRange } from '../grid/types';
import { fromDecimalText, multiply, type Rational } from './rational';
import { FormulaSyntaxError, tokenize, type Token } from './tokenize';

export type FormulaNode =
  | { kind: 'number'; value: Rational }
  | { kind: 'string'; value: string }
  | { kind: 'ref'; row: number; col: number }
  | { kind: 'range'; range: CellRange }
  | { kind: 'unary'; op: '+' | '-'; operand: FormulaNode }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode }
  | { kind: 'call'; name: string; args: FormulaNode[] };

export function parseFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (text: string) => {
    const t = peek();
    return t?.type === 'op' && t.text === text;
  };
  const expect = (text: string) => {
    if (!isOp(text)) throw new FormulaSyntaxError(`缺少“${text}”`);
    pos++;
  };

  function expression(): FormulaNode {
    let left = term();
    while (isOp('+') || isOp('-')) {
      const op = (tokens[pos++] as { text: '+' | '-' }).text;
      left = { kind: 'binary', op, left, right: term() };
    }
    return left;
  }

  function term(): FormulaNode {
    let left = unary();
    while (isOp('*') || isOp('/')) {
      const op = (tokens[pos++] as { text: '*' | '/' }).text;
      left = { kind: 'binary', op, left, right: unary() };
    }
    return left;
  }

  function unary(): FormulaNode {
    if (isOp('-') || isOp('+')) {
      const op = (tokens[pos++] as { text: '+' | '-' }).text;
      return { kind: 'unary', op, operand: unary() };
    }
    return primary();
  }

  function primary(): FormulaNode {
    const token = tokens[pos++];
    if (!token) throw new FormulaSyntaxError('公式不完整');
    switch (token.type) {
      case 'number':
        return { kind: 'number', value: numberLiteral(token.text) };
      case 'string':
        return { kind: 'string', value: token.value };
      case 'ref':
        return { kind: 'ref', ...parseA1(token.text.replace(/\$/g, '')) };
      case 'range':
        return { kind: 'range', range: parseRangeA1(token.text.replace(/\$/g, '')) };
      case 'name':
        return call(token.text);
      case 'op':
        if (token.text === '(') {
          const inner = expression();
          expect(')');
          return inner;
        }
    }
    throw new FormulaSyntaxError(`不支持的运算“${'text' in token ? token.text : ''}”`);
  }

  function call(name: string): FormulaNode {
    expect('(');
    const args: FormulaNode[] = [];
    if (!isOp(')')) {
      args.push(expression());
      while (isOp(',')) {
        pos++;
        args.push(expression());
      }
    }
    expect(')');
    return { kind: 'call', name, args };
  }

  const tree = expression();
  const extra = tokens[pos];
  if (extra) throw new FormulaSyntaxError(extra.type === 'op' ? `不支持的运算“${extra.text}”` : '公式末尾有多余内容');
  return tree;
}

/** "1.5", "2E3", "25%" → exact rational. */
function numberLiteral(text: string): Rational {
  const percent = text.endsWith('%');
  const [mantissa, exponent = '0'] = text.replace('%', '').toLowerCase().split('e');
  let value = fromDecimalText(mantissa);
  if (!value) throw new FormulaSyntaxError(`无法识别的数字“${text}”`);
  const power = Number(exponent) - (percent ? 2 : 0);
  const factor = 10n ** BigInt(Math.abs(power));
  value = power >= 0 ? multiply(value, { num: factor, den: 1n }) : multiply(value, { num: 1n, den: factor });
  return value;
}
