/** Builds the tables listed by 科目 (收入总表, 支出总表, 财政拨款支出表, 基本支出表): code rows and the 合计 row. */
import { labelKey } from '../../parse/normalize';
import type { BuildContext } from '../base';
import { declarationOf } from '../kinds';
import { cellText, columnOf, isTotalLabel, readCommon, rowAmounts } from './cells';
import type { CodeLevel, CodeRow, CodeTable, CodeTableKind, TotalRow } from './model';

const LEVEL_BY_DIGITS: Record<number, CodeLevel> = { 3: 'class', 5: 'section', 7: 'item' };

/** A code written in the name cell: "2013701 行政运行", "201一般公共服务支出". */
const EMBEDDED_CODE_RE = /^(\d{3,7})\s*[-、.]?\s*(\D.*)$/;

export function buildCodeTable<K extends CodeTableKind>(kind: K, ctx: BuildContext): CodeTable<K> {
  const { grid } = ctx;
  const { common, rows } = readCommon(kind, ctx);
  const { columns, unit } = common;
  const classification =
    declarationOf(kind).classification ?? (columns.some((c) => c.label.includes('经济分类')) ? 'economic' : 'function');
  const codeCol = columnOf(columns, 'code');
  const splitCols = (['code-class', 'code-section', 'code-item'] as const)
    .map((role) => columnOf(columns, role))
    .filter((col): col is number => col !== undefined);
  const nameCol = columnOf(columns, 'name');

  const codeRows: CodeRow[] = [];
  let totalRow: TotalRow | null = null;
  let carried: string[] = [];
  for (const row of rows) {
    let code = '';
    let codeColUsed: number | undefined;
    if (splitCols.length > 0) {
      const parts = withCarriedParts(
        splitCols.map((col) => labelKey(cellText(grid, row, col))),
        carried,
      );
      if (parts.some((part) => part)) carried = parts;
      parts.forEach((part, i) => {
        if (!part) return;
        code = joinCodePart(code, part);
        codeColUsed = splitCols[i];
      });
    } else if (codeCol !== undefined) {
      code = withoutSeparators(labelKey(cellText(grid, row, codeCol)));
      codeColUsed = codeCol;
    }
    let name = nameCol !== undefined && nameCol !== codeCol ? cellText(grid, row, nameCol) : '';
    // One column holding both: "201 一般公共服务支出" under a single 科目 header.
    const embedded = !code ? EMBEDDED_CODE_RE.exec(name) : !name ? EMBEDDED_CODE_RE.exec(code) : null;
    if (embedded) {
      if (!code) codeColUsed = nameCol;
      code = embedded[1];
      name = embedded[2].trim();
    }
    if (isTotalLabel(code) || (!code && isTotalLabel(name))) {
      const labelCol = isTotalLabel(code) ? codeColUsed : nameCol;
      totalRow ??= {
        row,
        labelCell: { row, col: labelCol ?? common.region.range.left },
        amounts: rowAmounts(grid, row, columns, unit),
      };
      continue;
    }
    if (!code || codeColUsed === undefined) continue;
    codeRows.push({
      row,
      code,
      codeCell: { row, col: codeColUsed },
      level: levelOf(code, classification),
      name: labelKey(name),
      nameCell: nameCol !== undefined && nameCol !== codeColUsed ? { row, col: nameCol } : undefined,
      amounts: rowAmounts(grid, row, columns, unit),
    });
  }
  return { ...common, classification, totalRow, codeRows };
}

/** "201-37-01", "201.37.01": a code whose 类/款/项 parts are separated, read as 2013701. */
function withoutSeparators(code: string): string {
  return /^\d{3}([-.·]\d{2}){1,2}$/.test(code) ? code.replace(/\D/g, '') : code;
}

/**
 * 类|款|项 columns often show the 类 (and 款) only on the first row of its group — a vertically
 * merged cell keeps its value in the top cell only — so a row starting with a bare 款/项 part takes
 * the missing higher parts from the rows above ("" | "37" | "" under 201 → 201, 37).
 */
function withCarriedParts(parts: string[], carried: string[]): string[] {
  const first = parts.findIndex((part) => part);
  if (first <= 0 || !/^\d{1,2}$/.test(parts[first])) return parts;
  const higher = carried.slice(0, first);
  if (higher.length < first || higher.some((part) => !/^\d+$/.test(part))) return parts;
  return [...higher, ...parts.slice(first)];
}

/**
 * Append a 款/项 part to a code: "201" + "37" → "20137"; a part typed as a number loses its zero
 * (1 for "01"), and some tables repeat the full code in each column ("20137" under 款).
 */
function joinCodePart(code: string, part: string): string {
  if (!code || !/^\d+$/.test(part)) return code + part;
  if (part.length > 2 && part.startsWith(code)) return part;
  return code + part.padStart(2, '0');
}

/** 功能分类 codes have 3/5/7 digits, 经济分类 3/5; anything else has no level. */
export function levelOf(code: string, classification: 'function' | 'economic'): CodeLevel | null {
  if (!/^\d+$/.test(code)) return null;
  const level = LEVEL_BY_DIGITS[code.length];
  if (!level || (classification === 'economic' && level === 'item')) return null;
  return level;
}
