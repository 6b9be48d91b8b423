/** Builds the 三公经费 table, whose items are either rows (项目 | 合计 | 资金性质…) or columns (one data row). */
import { labelKey } from '../../parse/normalize';
import type { BuildContext } from '../base';
import { amountCell, cellText, columnOf, readCommon, rowAmounts } from './cells';
import type { AmountCell, RoleAmounts, ThreePublicItem, ThreePublicMeasure, ThreePublicTable } from './model';
import { columnRole } from './roles';

/** The item a label names; the last header word first ("公务用车购置及运行费/小计" → vehicle). */
export function threePublicItem(label: string): ThreePublicItem | null {
  const parts = labelKey(label).split('/');
  const last = parts[parts.length - 1].replace(
    /^(其中|[一二三四五六七八九十]+、|\d+[、.]|[(][一二三四五六七八九十\d]+[)])[:：]?/,
    '',
  );
  const whole = parts.join('');
  if (/机关运行经费/.test(last)) return 'operating-costs';
  if (/因公出国/.test(last)) return 'abroad';
  if (/公务接待/.test(last)) return 'reception';
  if (/公务用车/.test(whole) || /^(购置费?|运行(维护)?费?)$/.test(last)) {
    const purchase = /购置/.test(last);
    const operation = /运行/.test(last);
    if (/小计/.test(last) || (purchase && operation) || (!purchase && !operation)) return 'vehicle';
    return purchase ? 'vehicle-purchase' : 'vehicle-operation';
  }
  if (/^(合计|总计|三公经费合计|"?三公"?经费|小计)$/.test(last.replace(/"/g, ''))) return 'total';
  return null;
}

/** "决算数/公务接待费" → 决算数; a 预算 table's single measure has no name. */
function measureOf(label: string): ThreePublicMeasure['name'] {
  if (/决算/.test(label)) return '决算数';
  if (/预算数|(^|\/)(全年|年初)?预算(\/|$)/.test(label)) return '预算数';
  return '';
}

type ItemCells = Partial<Record<ThreePublicItem, AmountCell>>;

export function buildThreePublic(kind: ThreePublicTable['kind'], ctx: BuildContext): ThreePublicTable {
  const { grid } = ctx;
  // Item columns keep no BudgetColumn role (they are not money sources); they are read below.
  const { common, rows, labels } = readCommon(kind, ctx, (label) => {
    const item = threePublicItem(label);
    return item && item !== 'total' ? null : columnRole(label);
  });
  // Per measure (a 决算 table states 预算数 and 决算数 side by side), the first column of each item.
  const itemColumns = new Map<ThreePublicMeasure['name'], [ThreePublicItem, number][]>();
  for (const [col, label] of labels) {
    const item = threePublicItem(label);
    if (!item) continue;
    const measure = measureOf(label);
    const known = itemColumns.get(measure) ?? [];
    if (!known.some(([seen]) => seen === item)) itemColumns.set(measure, [...known, [item, col]]);
  }

  const measures: ThreePublicMeasure[] = [];
  const itemAmounts: Partial<Record<ThreePublicItem, RoleAmounts>> = {};
  const columnsLayout = [...itemColumns.values()].some((cols) => cols.filter(([item]) => item !== 'total').length >= 2);
  if (columnsLayout) {
    const dataRow = rows[0];
    for (const [name, cols] of itemColumns) {
      const items: ItemCells = {};
      if (dataRow !== undefined)
        for (const [item, col] of cols) items[item] = amountCell(grid, dataRow, col, common.unit);
      measures.push({ name, items });
    }
  } else {
    const nameCol = columnOf(common.columns, 'name');
    // One amount column per measure: 合计 (预算), or 预算数 and 决算数 (决算).
    const measureCols = new Map<ThreePublicMeasure['name'], number>();
    for (const column of common.columns)
      if (column.role === 'total' && !measureCols.has(measureOf(column.label)))
        measureCols.set(measureOf(column.label), column.col);
    const byMeasure = new Map(
      [...measureCols.keys()].map((name): [ThreePublicMeasure['name'], ItemCells] => [name, {}]),
    );
    for (const row of rows) {
      if (nameCol === undefined) break;
      const item = threePublicItem(cellText(grid, row, nameCol));
      if (!item || itemAmounts[item]) continue;
      itemAmounts[item] = rowAmounts(grid, row, common.columns, common.unit);
      for (const [name, col] of measureCols) byMeasure.get(name)![item] = amountCell(grid, row, col, common.unit);
    }
    for (const [name, items] of byMeasure) measures.push({ name, items });
  }
  const main = measures.find((m) => m.name === '决算数') ?? measures[0];
  return { ...common, layout: columnsLayout ? 'columns' : 'rows', items: main?.items ?? {}, measures, itemAmounts };
}
