/** Splits a formula's text into tokens: numbers, strings, cell refs, ranges, names, operators. */

export type Token =
  | { type: 'number'; text: string }
  | { type: 'string'; value: string }
  | { type: 'ref'; text: string }
  | { type: 'range'; text: string }
  | { type: 'name'; text: string }
  | { type: 'op'; text: '+' | '-' | '*' | '/' | '(' | ')' | ',' | '&' | '=' | '<' | '>' | '<=' | '>=' | '<>' };

export class FormulaSyntaxError extends Error {}

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const RANGE_RE = new RegExp(`^${CELL}:${CELL}`);
const CELL_RE = new RegExp(`^${CELL}(?![A-Za-z0-9_(])`);
const NUMBER_RE = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?/;
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_.]*/;
const OPERATOR_RE = /^(<=|>=|<>|[-+*/(),&=<>])/;

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let rest = formula.replace(/^=/, '');
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    let match: RegExpExecArray | null;
    if ((match = RANGE_RE.exec(rest))) tokens.push({ type: 'range', text: match[0] });
    else if ((match = CELL_RE.exec(rest))) tokens.push({ type: 'ref', text: match[0] });
    else if ((match = NUMBER_RE.exec(rest))) tokens.push({ type: 'number', text: match[0] });
    else if ((match = NAME_RE.exec(rest))) tokens.push({ type: 'name', text: match[0].toUpperCase() });
    else if ((match = OPERATOR_RE.exec(rest))) tokens.push({ type: 'op', text: match[0] as never });
    else if (rest[0] === '"') {
      match = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!match) throw new FormulaSyntaxError('字符串缺少结束引号');
      tokens.push({ type: 'string', value: match[1].replace(/""/g, '"') });
    } else throw new FormulaSyntaxError(`无法识别的字符“${rest[0]}”`);
    rest = rest.slice(match[0].length);
  }
  return tokens;
}
