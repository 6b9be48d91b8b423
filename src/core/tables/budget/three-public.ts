/** Builds the 三公经费 table, whose items are either rows (项目 | 合计 | 资金性质…) or columns (one data row). */
import { labelKey } from '../../parse/normalize';
import type { BuildContext } from '../base';
import { amountCell, cellText, columnOf, readCommon, rowAmounts } from './cells';
import type { AmountCell, RoleAmounts, ThreePublicItem, ThreePublicTable } from './model';
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

export function buildThreePublic(kind: ThreePublicTable['kind'], ctx: BuildContext): ThreePublicTable {
  const { grid } = ctx;
  // Item columns keep no BudgetColumn role (they are not money sources); they are read below.
  const { common, rows, labels } = readCommon(kind, ctx, (label) => {
    const item = threePublicItem(label);
    return item && item !== 'total' ? null : columnRole(label);
  });
  const itemColumns: [ThreePublicItem, number][] = [];
  for (const [col, label] of labels) {
    const item = threePublicItem(label);
    if (item && !itemColumns.some(([known]) => known === item)) itemColumns.push([item, col]);
  }

  const items: Partial<Record<ThreePublicItem, AmountCell>> = {};
  const itemAmounts: Partial<Record<ThreePublicItem, RoleAmounts>> = {};
  const layout = itemColumns.filter(([item]) => item !== 'total').length >= 2 ? 'columns' : 'rows';
  if (layout === 'columns') {
    const dataRow = rows[0];
    if (dataRow !== undefined)
      for (const [item, col] of itemColumns) items[item] = amountCell(grid, dataRow, col, common.unit);
  } else {
    const nameCol = columnOf(common.columns, 'name');
    const totalCol = columnOf(common.columns, 'total');
    for (const row of rows) {
      if (nameCol === undefined) break;
      const item = threePublicItem(cellText(grid, row, nameCol));
      if (!item || itemAmounts[item]) continue;
      itemAmounts[item] = rowAmounts(grid, row, common.columns, common.unit);
      if (totalCol !== undefined) items[item] = amountCell(grid, row, totalCol, common.unit);
    }
  }
  return { ...common, layout, items, itemAmounts };
}
