/**
 * 指标值 of a 绩效目标表 → a typed value: a bound or quantity ("≥98%", "90%以上", "=100.00(%)",
 * "207 条（移动光纤）", "6万元/年"), a date or deadline ("2023年9月", "2023年年底"), or free text ("有效提升").
 */
import type { CellValue } from '../grid/types';
import type { Amount } from './amount';
import { parseAmount } from './amount';
import { numberToDecimalText } from './decimal';
import { toHalfWidth } from './normalize';

export type Operator = '≥' | '≤' | '=' | '>' | '<';

export interface QuantityValue {
  kind: 'quantity';
  operator: Operator | null;
  /** The number as written (a percentage as its percent figure: "98%" → 98). */
  number: number;
  /** "%", "个", "万元", "年" …; "" when none is written. */
  unit: string;
  /** "/年" in "6万元/年". */
  per?: string;
  /** A remark in brackets after the value: "207 条（移动光纤）" → "移动光纤". */
  note?: string;
  /** Set when the unit is money (万元, 万, 元): the exact amount. */
  amount?: Amount;
}

export interface DateValue {
  kind: 'date';
  year?: number;
  month?: number;
  /** "2023年12月31日前" → 31. */
  day?: number;
  /** "2023年年底" → 'year', "6月底" → 'month'. */
  endOf?: 'year' | 'month';
}

export interface TextValue {
  kind: 'text';
  text: string;
}

export type IndicatorValue = { kind: 'empty' } | QuantityValue | DateValue | TextValue;

const PREFIX_OPERATORS: [RegExp, Operator][] = [
  [/^(≥|>=|≧|不低于|不少于|大于等于|大于或等于|达到)/, '≥'],
  [/^(≤|<=|≦|不高于|不超过|不多于|小于等于|小于或等于)/, '≤'],
  [/^(=|＝|等于)/, '='],
  [/^(>|大于|高于|超过)/, '>'],
  [/^(<|小于|低于)/, '<'],
];

const SUFFIX_OPERATORS: [RegExp, Operator][] = [
  [/(及以上|以上|或以上)$/, '≥'],
  [/(及以下|以下|或以下|以内)$/, '≤'],
];

const NUMBER_RE = /^([+-]?\d[\d,]*(?:\.\d+)?|\.\d+)/;
const UNIT_RE = /^([^\d()]{0,4}?)(?:\/([^\d()/]{1,2}))?$/;
const NOTE_RE = /\(([^()]*)\)$/;
const MONEY_UNITS = new Set(['万元', '万', '元']);
const DATE_RE = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(年底|年末|底|末)?(前|之前|以前|完成)?$/;
const MONTH_RE = /^(\d{1,2})月(?:(\d{1,2})日)?(底|末)?(前|之前|以前)?$/;

/** Parse a 指标值 cell; `percentColumn` says the header declares （%） so bare numbers are percentages. */
export function parseIndicatorValue(value: CellValue, numberFormat = 'General', percentColumn = false): IndicatorValue {
  if (value === null || typeof value === 'boolean') return { kind: 'empty' };
  if (typeof value === 'number') return numberValue(value, numberFormat, percentColumn);
  const text = toHalfWidth(value)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
  if (text === '') return { kind: 'empty' };
  return dateValue(text) ?? quantityValue(text, percentColumn) ?? { kind: 'text', text: value.trim() };
}

function numberValue(value: number, numberFormat: string, percentColumn: boolean): QuantityValue {
  if (isPercentFormat(numberFormat)) return { kind: 'quantity', operator: null, number: toPercent(value), unit: '%' };
  const shownAsPercent = percentColumn || numberFormat.includes('%'); // a literal "%" suffix
  return { kind: 'quantity', operator: null, number: value, unit: shownAsPercent ? '%' : '' };
}

/**
 * A format that scales by 100 ("0%", "0.00%"): a % inside quotes or escaped ('0"%"', "0\\%") is a
 * literal suffix that shows 98 as 98%, so the value already is the percent figure.
 */
export function isPercentFormat(numberFormat: string): boolean {
  return numberFormat.replace(/"[^"]*"|\\./g, '').includes('%');
}

/** 0.98 shown as 98%: scale without float noise (0.58 × 100 = 57.99999…). */
export function toPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

function dateValue(text: string): DateValue | null {
  const full = DATE_RE.exec(text);
  if (full) {
    const year = Number(full[1]);
    if (year < 1900 || year > 2100) return null;
    const month = full[2] ? Number(full[2]) : undefined;
    const day = full[3] ? Number(full[3]) : undefined;
    const end = full[4];
    const endOf = end === '年底' || end === '年末' ? 'year' : end ? (month ? 'month' : 'year') : undefined;
    return { kind: 'date', year, ...(month ? { month } : {}), ...(day ? { day } : {}), ...(endOf ? { endOf } : {}) };
  }
  const month = MONTH_RE.exec(text);
  if (month)
    return {
      kind: 'date',
      month: Number(month[1]),
      ...(month[2] ? { day: Number(month[2]) } : {}),
      ...(month[3] ? { endOf: 'month' as const } : {}),
    };
  if (/^(年底|年末)(前|之前|以前)?$/.test(text)) return { kind: 'date', endOf: 'year' };
  return null;
}

function quantityValue(text: string, percentColumn: boolean): QuantityValue | null {
  let rest = text;
  let operator: Operator | null = null;
  for (const [re, op] of PREFIX_OPERATORS) {
    const m = re.exec(rest);
    if (m) {
      operator = op;
      rest = rest.slice(m[0].length);
      break;
    }
  }
  const num = NUMBER_RE.exec(rest);
  if (!num) return null;
  const decimal = num[1].replace(/,/g, '');
  rest = rest.slice(num[0].length);

  let note: string | undefined;
  const noteMatch = NOTE_RE.exec(rest);
  if (noteMatch && noteMatch[1] !== '%') {
    note = noteMatch[1];
    rest = rest.slice(0, noteMatch.index);
  }
  rest = rest.replace(/^\(%\)/, '%');
  for (const [re, op] of SUFFIX_OPERATORS) {
    const m = re.exec(rest);
    if (m) {
      operator ??= op;
      rest = rest.slice(0, m.index);
      break;
    }
  }
  const unitMatch = UNIT_RE.exec(rest);
  if (!unitMatch) return null;
  // Under a （%） header a bare figure ("98", "≥98") is a percentage, as a typed number would be.
  const unit = unitMatch[1] === '' && percentColumn ? '%' : unitMatch[1];
  const per = unitMatch[2];
  const parsed: QuantityValue = { kind: 'quantity', operator, number: Number(decimal), unit };
  if (per) parsed.per = per;
  if (note) parsed.note = note;
  if (MONEY_UNITS.has(unit)) {
    const amount = parseAmount(`${decimal}${unit}`);
    if (amount.kind === 'amount') parsed.amount = amount.amount;
  }
  return parsed;
}

/** The value as a finance user would write it again ("≥98%", "1年"), for messages. */
export function formatIndicatorValue(value: IndicatorValue): string {
  switch (value.kind) {
    case 'empty':
      return '';
    case 'text':
      return value.text;
    case 'date':
      return `${value.year ? `${value.year}年` : ''}${value.month ? `${value.month}月` : ''}${value.day ? `${value.day}日` : ''}${value.endOf === 'year' ? '年底' : value.endOf === 'month' ? '底' : ''}`;
    case 'quantity':
      return `${value.operator ?? ''}${numberToDecimalText(value.number)}${value.unit}${value.per ? `/${value.per}` : ''}`;
  }
}
