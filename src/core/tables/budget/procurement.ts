/** Builds the 政府采购预算 table: one line per purchase with its amounts by source, and the 合计 line. */
import type { BuildContext } from '../base';
import { cellText, isTotalLabel, readCommon, rowAmounts } from './cells';
import type { ProcurementRow, ProcurementTable, TotalRow } from './model';

export function buildProcurement(kind: ProcurementTable['kind'], ctx: BuildContext): ProcurementTable {
  const { grid } = ctx;
  const { common, rows } = readCommon(kind, ctx);
  const nameCols = common.columns.filter((c) => c.role === 'name').map((c) => c.col);
  const items: ProcurementRow[] = [];
  let totalRow: TotalRow | null = null;
  for (const row of rows) {
    const names = nameCols.map((col) => ({ col, text: cellText(grid, row, col) })).filter((n) => n.text);
    const amounts = rowAmounts(grid, row, common.columns, common.unit);
    const total = names.find((n) => isTotalLabel(n.text));
    if (total) totalRow ??= { row, labelCell: { row, col: total.col }, amounts };
    else items.push({ row, name: names.map((n) => n.text).join(' '), amounts });
  }
  return { ...common, rows: items, totalRow };
}
