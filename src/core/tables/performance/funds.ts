/**
 * Reads a project's money from its 绩效目标 sheet: the funds block (宁夏 年度资金总额 / 其中：财政拨款 /
 * 其他资金 under "项目资金（万元）"; 河北 预算数 / 其中：财政资金 / 其他资金; 上海 项目资金总额 beside
 * 年度资金申请总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金) and the 资金支出计划（%）
 * row (3月底 / 6月底 / 10月底 / 12月底 with values such as 25%, 0.25 shown as 25%, or 25.00).
 */
import { isEmptyValue, mergeContaining, numberFormatAt, textAt, valueAt } from '../../grid/access';
import type { CellRange, SheetGrid } from '../../grid/types';
import type { MoneyUnit } from '../../parse/amount';
import { parseAmount } from '../../parse/amount';
import { isPercentFormat, toPercent } from '../../parse/indicator';
import { labelKey, toHalfWidth } from '../../parse/normalize';
import type { CellPos, FundsAmounts, MoneyCell, ProjectFunds, SchedulePoint, TextCell } from './model';

type FundsPart = 'total' | 'fiscal' | 'carryover' | 'other';
type Span = ProjectFunds['span'];

/** A total's label says which span it covers: the whole (multi-year) project or this year's request. */
const TOTAL_LABELS: [RegExp, Span][] = [
  [/^(项目资金总额|项目总额|项目总投资|总投资|项目总资金)[:：]?$/, 'project'],
  [/^(年度资金总额|年度资金申请总额|年度申请资金总额|资金总额|预算数|年度预算数|本年预算数)[:：]?$/, 'annual'],
];

const PART_LABELS: [RegExp, Exclude<FundsPart, 'total'>][] = [
  [/^(其中[:：]?)?(财政拨款|财政资金|财政性资金|当年财政拨款|本年财政拨款)[:：]?$/, 'fiscal'],
  [/^(其中[:：]?)?(上年结转资金|上年结转|结转资金)[:：]?$/, 'carryover'],
  [/^(其他资金|其他来源资金|其他)[:：]?$/, 'other'],
];

interface Group {
  span: Span;
  label: CellPos;
  cells: Partial<Record<FundsPart, CellPos>>;
}

/** The cell right after a label (past its merged area): where its value belongs even when empty. */
export function cellAfter(grid: SheetGrid, row: number, col: number): CellPos {
  const merge = mergeContaining(grid, row, col);
  return { row, col: (merge ? merge.right : col) + 1 };
}

/**
 * The funds block. Each total label opens a group; a part label (其中：财政资金, 上年结转资金, 其他资金)
 * joins the nearest total above it in its own column, else the nearest one above — so the 上海 layout's
 * two columns (项目资金总额 / 财政资金 / 其他资金 for the whole project, 年度资金申请总额 / 当年财政拨款 /
 * 上年结转资金 / 其他资金 for the year) are read apart. The annual group is the table's `total`.
 */
export function readFunds(grid: SheetGrid, range: CellRange, regionUnit: MoneyUnit | undefined): ProjectFunds | null {
  const groups: Group[] = [];
  let unit = regionUnit;
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      const key = labelKey(textAt(grid, row, col));
      if (!key) continue;
      const unitInLabel = /^(项目资金|预算规模|资金)[^)]*\((万元|元)\)/.exec(key);
      if (unitInLabel) unit ??= unitInLabel[2] as MoneyUnit;
      const span = TOTAL_LABELS.find(([re]) => re.test(key))?.[1];
      if (span) {
        if (!groups.some((g) => g.span === span))
          groups.push({ span, label: { row, col }, cells: { total: cellAfter(grid, row, col) } });
        continue;
      }
      const part = PART_LABELS.find(([re]) => re.test(key))?.[1];
      // A part only counts under a total, so a stray "其他" elsewhere is not read as money.
      const group = part && groupOf(groups, row, col);
      if (part && group && !group.cells[part]) group.cells[part] = cellAfter(grid, row, col);
    }
  }
  const annual = groups.find((g) => g.span === 'annual');
  const project = groups.find((g) => g.span === 'project');
  const main = annual ?? project;
  if (!main) return null;
  const moneyUnit = unit ?? '万元';
  const read = (pos: CellPos | undefined) => (pos && pos.col <= range.right ? moneyCell(grid, pos, moneyUnit) : null);
  const amounts = (group: Group): FundsAmounts => ({
    total: read(group.cells.total),
    fiscal: read(group.cells.fiscal),
    other: read(group.cells.other),
    ...(group.cells.carryover ? { carryover: read(group.cells.carryover) } : {}),
  });
  return {
    unit: moneyUnit,
    span: main.span,
    ...amounts(main),
    ...(annual && project ? { project: amounts(project) } : {}),
  };
}

function groupOf(groups: Group[], row: number, col: number): Group | undefined {
  const above = groups.filter((g) => g.label.row <= row);
  const sameColumn = above.filter((g) => g.label.col === col);
  const pick = (list: Group[]) => list.sort((a, b) => b.label.row - a.label.row)[0];
  return pick(sameColumn) ?? pick(above.filter((g) => g.label.col <= col));
}

function moneyCell(grid: SheetGrid, pos: CellPos, unit: MoneyUnit): MoneyCell {
  const value = valueAt(grid, pos.row, pos.col);
  const text = textAt(grid, pos.row, pos.col).trim();
  const parsed = parseAmount(value, unit);
  if (parsed.kind === 'amount') return { ...pos, fen: parsed.amount.fen, text };
  return { ...pos, fen: null, text, ...(parsed.kind === 'invalid' ? { invalid: true } : {}) };
}

const SCHEDULE_LABEL_RE = /^(\d{1,2})月(底|末|份)?$/;

/** 资金支出计划: a row of month labels with the percentages in the row below. */
export function readSchedule(grid: SheetGrid, range: CellRange): SchedulePoint[] {
  for (let row = range.top; row < range.bottom; row++) {
    const labels: TextCell[] = [];
    for (let col = range.left; col <= range.right; col++) {
      const text = toHalfWidth(textAt(grid, row, col)).replace(/\s+/g, '');
      if (SCHEDULE_LABEL_RE.test(text)) labels.push({ row, col, text });
    }
    if (labels.length < 2) continue;
    const points = labels.map((label) => schedulePoint(grid, label));
    return asFractions(points)
      ? points.map((p) => ({ ...p, percent: p.percent === null ? null : toPercent(p.percent) }))
      : points;
  }
  return [];
}

function schedulePoint(grid: SheetGrid, label: TextCell): SchedulePoint {
  const row = label.row + 1;
  const { col } = label;
  const value = valueAt(grid, row, col);
  const text = textAt(grid, row, col).trim();
  const point = { row, col, label: label.text, text };
  if (isEmptyValue(value)) return { ...point, percent: null };
  if (typeof value === 'number') {
    // A % format shows 0.25 as 25%; under a （%） header a bare 25.00 already is the percent figure.
    return { ...point, percent: isPercentFormat(numberFormatAt(grid, row, col)) ? toPercent(value) : value };
  }
  const match = /^([+-]?\d+(?:\.\d+)?)\s*%?$/.exec(toHalfWidth(String(value)).trim());
  return { ...point, percent: match ? Number(match[1]) : null };
}

/**
 * Bare fractions without a % format (0.25, 0.5 … 1) written under a （%） header: the plan ends at 1,
 * so the figures are shares, not percents below one.
 */
function asFractions(points: SchedulePoint[]): boolean {
  const values = points.map((p) => p.percent).filter((p): p is number => p !== null);
  const raw = points.every((p) => !/%$/.test(p.text));
  return raw && values.length > 0 && values.every((v) => v >= 0 && v <= 1) && values[values.length - 1] === 1;
}
