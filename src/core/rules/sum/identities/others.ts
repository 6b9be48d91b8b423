/** Identities of the 三公 table (合计 = 出国 + 用车 + 接待; 用车 = 购置 + 运行) and the 政府采购 table. */
import type { AmountCell, ProcurementTable, ThreePublicItem, ThreePublicTable } from '../../../tables/budget/model';
import { amountColumns, columnName } from './code-tables';
import { rowIdentities } from './rows';
import type { Identity } from './types';

const ITEM_NAMES: Record<ThreePublicItem, string> = {
  total: '合计',
  abroad: '因公出国（境）费',
  vehicle: '公务用车购置及运行费',
  'vehicle-purchase': '公务用车购置费',
  'vehicle-operation': '公务用车运行费',
  reception: '公务接待费',
  'operating-costs': '机关运行经费',
};

export function threePublicIdentities(table: ThreePublicTable): Identity[] {
  const out: Identity[] = [];
  const equation = (target: ThreePublicItem, terms: ThreePublicItem[]) => {
    const cell = table.items[target];
    const cells = terms.map((t) => table.items[t]).filter((c): c is AmountCell => c !== undefined);
    if (!cell || cells.length === 0) return;
    const what = `“三公”经费${ITEM_NAMES[target]}应等于${terms.map((t) => ITEM_NAMES[t]).join('+')}`;
    out.push({ family: 'columns', sheet: table.sheet, target: cell, terms: cells, what });
  };
  equation('total', ['abroad', 'vehicle', 'reception']);
  if (table.items['vehicle-purchase'] || table.items['vehicle-operation'])
    equation('vehicle', ['vehicle-purchase', 'vehicle-operation']);
  for (const [item, amounts] of Object.entries(table.itemAmounts) as [
    ThreePublicItem,
    NonNullable<ThreePublicTable['itemAmounts'][ThreePublicItem]>,
  ][])
    out.push(...rowIdentities(table.kind, table.sheet, amounts, `“${ITEM_NAMES[item]}”`, table.columns));
  return out;
}

export function procurementIdentities(table: ProcurementTable): Identity[] {
  const out: Identity[] = [];
  if (table.totalRow)
    for (const column of amountColumns(table.columns)) {
      const target = table.totalRow.amounts[column.role];
      const terms = table.rows.map((r) => r.amounts[column.role]).filter((c): c is AmountCell => c !== undefined);
      if (!target || terms.length === 0 || table.columns.filter((c) => c.role === column.role).length > 1) continue;
      out.push({
        family: 'total-row',
        sheet: table.sheet,
        target,
        terms,
        what: `合计行的“${columnName(column)}”应等于各采购项目之和`,
      });
    }
  for (const row of [
    ...(table.totalRow ? [{ amounts: table.totalRow.amounts, name: '合计行' }] : []),
    ...table.rows.map((r) => ({ amounts: r.amounts, name: `“${r.name}”` })),
  ])
    out.push(...rowIdentities(table.kind, table.sheet, row.amounts, row.name, table.columns));
  return out;
}
