/**
 * Money amounts as exact integers of 分 (0.01 元 = 0.000001 万元), parsed from cell values and text:
 * 107.54, "1,075.40", "１７", "17 万", "6万元/年", "12.5元". Units written in the text win over the
 * table's unit; otherwise the table's unit applies.
 */
import type { CellValue } from '../grid/types';
import { decimalToScaled, fractionDigits, numberToDecimalText, numberToScaled, scaledExactly } from './decimal';
import { toHalfWidth } from './normalize';

export type MoneyUnit = '元' | '万元';

export const FEN_PER_UNIT: Record<MoneyUnit, number> = { 元: 100, 万元: 1_000_000 };

export interface Amount {
  /** Exact value in 分. */
  fen: number;
  /** Unit the value was written in (from the text, else the table's). */
  unit: MoneyUnit;
  /** Digits after the decimal point as written; rounding tolerance derives from it. */
  decimals: number;
}

export type AmountParse = { kind: 'empty' } | { kind: 'amount'; amount: Amount } | { kind: 'invalid'; text: string };

/** Decimal digits of 分 per unit (2 for 元, 6 for 万元), computed once rather than per cell. */
const SCALE: Record<MoneyUnit, number> = { 元: Math.log10(FEN_PER_UNIT.元), 万元: Math.log10(FEN_PER_UNIT.万元) };

/** Dashes and words that publishers put in cells meaning "nothing here". */
const BLANK_MARKS = new Set(['', '-', '--', '—', '——', '－', '/', '\\', '无', '空']);

/** The answer for every empty cell, shared: a large table has hundreds of thousands (never modified). */
const EMPTY: AmountParse = Object.freeze({ kind: 'empty' });

// Thousands separators only in groups of three ("1,075.40"): "1,2,3" or "12,34.5" is not a number someone typed.
const AMOUNT_TEXT_RE =
  /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|[+-]?\.\d+)\s*(万元|万|元)?(?:\/(?:年|月|人|次|个))?$/;

/** Parse an amount from a cell value; `tableUnit` applies when the text names no unit. */
export function parseAmount(value: CellValue, tableUnit: MoneyUnit = '万元'): AmountParse {
  if (value === null || typeof value === 'boolean') return EMPTY;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'invalid', text: String(value) };
    if (Number.isInteger(value)) {
      // Whole amounts need no decimal text: the product is exact while it stays a safe integer
      // (`|| 0` turns -0 into 0, as the text path does).
      const fen = value * FEN_PER_UNIT[tableUnit];
      if (Number.isSafeInteger(fen)) return { kind: 'amount', amount: { fen: fen || 0, unit: tableUnit, decimals: 0 } };
    }
    // Most amounts are doubles of at most the unit's digits (107.54): no need to write them out as text.
    const exact = numberToScaled(value, SCALE[tableUnit]);
    if (exact) return { kind: 'amount', amount: { fen: exact.scaled, unit: tableUnit, decimals: exact.digits } };
    return fromDecimalText(numberToDecimalText(value), tableUnit) ?? { kind: 'invalid', text: String(value) };
  }
  const text = toHalfWidth(value)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/，/g, ',');
  if (BLANK_MARKS.has(text)) return EMPTY;
  const paren = /^\((.+)\)$/.exec(text); // accounting negatives "(12.50)"
  const body = paren ? `-${paren[1]}` : text;
  const match = AMOUNT_TEXT_RE.exec(body);
  if (!match) return { kind: 'invalid', text: value };
  const unit: MoneyUnit = match[2] === '元' ? '元' : match[2] ? '万元' : tableUnit;
  return fromDecimalText(match[1].replace(/,/g, ''), unit) ?? { kind: 'invalid', text: value };
}

/**
 * Only the 分 of a cell value, for reading a million amount cells: a number (nearly every filled cell)
 * without building an AmountParse, the rest as `parseAmount` reads it.
 */
export function amountFen(value: CellValue, tableUnit: MoneyUnit): number | 'empty' | 'invalid' {
  if (value === null || typeof value === 'boolean') return 'empty';
  if (typeof value === 'number') {
    const fen = scaledExactly(value, SCALE[tableUnit]);
    if (fen !== null) return fen;
  }
  const parsed = parseAmount(value, tableUnit);
  return parsed.kind === 'amount' ? parsed.amount.fen : parsed.kind;
}

function fromDecimalText(decimal: string, unit: MoneyUnit): AmountParse | null {
  const fen = decimalToScaled(decimal, SCALE[unit]);
  if (fen === null) return null;
  return { kind: 'amount', amount: { fen, unit, decimals: fractionDigits(decimal) } };
}

/** Format 分 in a unit with fixed decimals, as published tables show amounts ("107.54"). */
export function formatAmount(fen: number, unit: MoneyUnit, decimals = 2): string {
  const per = BigInt(FEN_PER_UNIT[unit]);
  const scale = 10n ** BigInt(decimals);
  const abs = BigInt(Math.abs(fen)) * scale;
  const scaled = (abs + per / 2n) / per; // half away from zero
  const whole = scaled / scale;
  const frac = (scaled % scale).toString().padStart(decimals, '0');
  const sign = fen < 0 && scaled !== 0n ? '-' : '';
  return decimals > 0 ? `${sign}${whole}.${frac}` : `${sign}${whole}`;
}

/** Rounding tolerance per published term: one unit of the last shown digit (0.01 万元 → 10000 分). */
export function roundingToleranceFen(unit: MoneyUnit, decimals = 2): number {
  return FEN_PER_UNIT[unit] / 10 ** decimals;
}
