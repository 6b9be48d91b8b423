/** Builds 部门收支总表 and 财政拨款收支总表: a 收入 side and a 支出 side of labelled lines with their totals. */
import type { SheetGrid } from '../../grid/types';
import type { MoneyUnit } from '../../parse/amount';
import { labelKey } from '../../parse/normalize';
import type { BuildContext } from '../base';
import { cellText, readCommon, rowAmounts } from './cells';
import type { BudgetColumn, SummaryLine, SummarySide, SummaryTable, SummaryTableKind } from './model';
import { columnRole, incomeSource } from './roles';

type Side = 'income' | 'expenditure';

/** "一、", "（一）", "1、", "其中：" — numbering that is not part of a line's name. */
const NUMBERING_RE = /^([一二三四五六七八九十]+[、.．]|[(][一二三四五六七八九十\d]+[)]|\d+[、.．](?!\d)|其中[:：]?)/;
const SUB_LINE_RE = /^([(][一二三四五六七八九十\d]+[)]|\d+[、.．](?!\d)|其中)/;

const LINE_PATTERNS: Record<Side, { yearTotal: RegExp; grandTotal: RegExp; carryover: RegExp }> = {
  income: {
    yearTotal: /^(本年)?收入(合计|小计)$|^本年收入$/,
    grandTotal: /^收入总计$|^总计$/,
    carryover: /上年结转|年初.*结转|^结转结余$|上年结余/,
  },
  expenditure: {
    yearTotal: /^(本年)?支出(合计|小计)$|^本年支出$/,
    grandTotal: /^支出总计$|^总计$/,
    carryover: /年终结转|年末.*结转|结转下年|^结转结余$|年终结余/,
  },
};

export function buildSummaryTable<K extends SummaryTableKind>(kind: K, ctx: BuildContext): SummaryTable<K> {
  const { common, rows } = readCommon(kind, ctx, summaryColumnRole);
  const sides = splitSides(common.columns);
  const read = (side: Side) => readSide(ctx.grid, rows, sides[side], side, common.unit);
  return { ...common, income: read('income'), expenditure: read('expenditure') };
}

/** In a 收支总表 "收入/项目" names the lines and "预算数"/"金额" holds the amounts. */
function summaryColumnRole(label: string): BudgetColumn['role'] | null {
  const last = label.split('/').pop() ?? '';
  if (/^(收入|支出)?(项目|名称)$|^(收入|支出)$/.test(last)) return 'name';
  return columnRole(label);
}

/** Columns by side: header words 收入/支出, else the side of the nearest column to the left. */
function splitSides(columns: BudgetColumn[]): Record<Side, BudgetColumn[]> {
  const out: Record<Side, BudgetColumn[]> = { income: [], expenditure: [] };
  let current: Side = 'income';
  for (const column of [...columns].sort((a, b) => a.col - b.col)) {
    const first = column.label.split('/')[0];
    if (/支出/.test(first) && !/收入/.test(first)) current = 'expenditure';
    else if (/收入/.test(first) && !/支出/.test(first)) current = 'income';
    else if (column.role === 'name' && out[current].some((c) => c.role === 'name')) current = 'expenditure';
    out[current].push(column);
  }
  return out;
}

function readSide(grid: SheetGrid, rows: number[], columns: BudgetColumn[], side: Side, unit: MoneyUnit): SummarySide {
  const result: SummarySide = {
    lines: [],
    yearTotal: null,
    carryover: null,
    carryoverLines: [],
    adjustments: [],
    grandTotal: null,
  };
  const nameCol = columns.find((c) => c.role === 'name')?.col;
  if (nameCol === undefined) return result;
  const patterns = LINE_PATTERNS[side];
  for (const row of rows) {
    const label = cellText(grid, row, nameCol);
    if (!label) continue;
    const key = labelKey(label);
    const name = key.replace(NUMBERING_RE, '');
    const line: SummaryLine = {
      row,
      labelCell: { row, col: nameCol },
      label,
      name,
      depth: SUB_LINE_RE.test(key) ? 1 : 0,
      source: side === 'income' ? incomeSource(name) : undefined,
      amounts: rowAmounts(grid, row, columns, unit),
    };
    if (!result.grandTotal && patterns.grandTotal.test(name)) result.grandTotal = line;
    else if (result.grandTotal) continue;
    else if (!result.yearTotal && patterns.yearTotal.test(name)) result.yearTotal = line;
    else if (!result.yearTotal) result.lines.push(line);
    else if (!result.carryover && patterns.carryover.test(name)) result.carryover = line;
    else if (result.carryover) result.carryoverLines.push(line);
    else result.adjustments.push(line);
  }
  return result;
}
