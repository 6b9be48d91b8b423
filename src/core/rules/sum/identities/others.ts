/**
 * Identities of the 三公 table and the 政府采购 table within each line (合计 = 一般公共预算 + 基金 +
 * 国资 …). The 三公 items' own sums (合计 = 出国 + 用车 + 接待) belong to cross/three-public alone,
 * so one wrong 合计 is reported once.
 */
import type { AmountCell, ProcurementTable, ThreePublicItem, ThreePublicTable } from '../../../tables/budget/model';
import { THREE_PUBLIC_LABELS } from '../../../tables/budget/vocabulary';
import { amountColumns, columnName } from './code-tables';
import { addRowIdentities, nameAsIs } from './rows';
import type { IdentityCollector } from './collector';

export function threePublicIdentities(table: ThreePublicTable, collector: IdentityCollector): void {
  for (const [item, amounts] of Object.entries(table.itemAmounts) as [
    ThreePublicItem,
    NonNullable<ThreePublicTable['itemAmounts'][ThreePublicItem]>,
  ][])
    addRowIdentities(collector, table.sheet, amounts, table.columns, `“${THREE_PUBLIC_LABELS[item]}”`, nameAsIs);
}

export function procurementIdentities(table: ProcurementTable, collector: IdentityCollector): void {
  if (table.totalRow)
    for (const column of amountColumns(table.columns)) {
      const target = table.totalRow.amounts[column.role];
      const terms = table.rows.map((r) => r.amounts[column.role]).filter((c): c is AmountCell => c !== undefined);
      if (!target || terms.length === 0 || table.columns.filter((c) => c.role === column.role).length > 1) continue;
      collector.add({
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
    addRowIdentities(collector, table.sheet, row.amounts, table.columns, row.name, nameAsIs);
}
