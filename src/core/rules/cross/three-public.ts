/**
 * cross/three-public: the "三公" table adds up (合计 = 出国 + 车 + 接待, 车 = 购置 + 运行), and its
 * 公务接待费 is not above the 30217 公务接待费 row of the 基本支出表 (a warning: 接待 may also be
 * paid from project funds, so this is a hint to check, not an error).
 */
import type { ThreePublicItem, ThreePublicTable } from '../../tables/budget/model';
import { THREE_PUBLIC_LABELS } from '../../tables/budget/vocabulary';
import { familyOf, KIND_LABELS } from '../../tables/kinds';
import { defineRule } from '../types';
import { reportComparison } from './compare';
import type { Quantity } from './quantity';
import { cellQuantity, formatFen, statedAs, sumOf, whereIs } from './quantity';

const RECEPTION_CODE = '30217';

export const threePublic = defineRule({
  id: 'cross/three-public',
  severity: 'error',
  title: '"三公"经费合计应等于各项之和',
  docs:
    '"三公"经费合计应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和，公务用车购置及运行维护费应等于' +
    '购置费与运行维护费之和。另提示：基本支出表 30217 公务接待费应不少于"三公"经费表的公务接待费' +
    '（公务接待也可能由项目支出安排，故仅为警告）。例：合计 5.00 万元，而 1.00 + 2.50 + 1.00 = 4.50 万元。',
  appliesTo: ['three-public'],
  check({ table, workbook, report }) {
    const item = (name: ThreePublicItem) => itemQuantity(table, name);
    const sumCheck = (whole: ThreePublicItem, parts: (Quantity | null)[], names: ThreePublicItem[]) => {
      const actual = item(whole);
      if (!actual || parts.some((p) => p === null)) return;
      const label = `${KIND_LABELS[table.kind]} ${names.map((n) => THREE_PUBLIC_LABELS[n]).join(' + ')}`;
      const expected = sumOf(parts as Quantity[], label);
      if (expected) reportComparison(report, { subject: `"三公"经费${THREE_PUBLIC_LABELS[whole]}`, actual, expected });
    };
    const vehicleParts = [item('vehicle-purchase'), item('vehicle-operation')];
    sumCheck('vehicle', vehicleParts, ['vehicle-purchase', 'vehicle-operation']);
    // A table without the 车 subtotal still adds up through its two parts.
    const vehicle =
      item('vehicle') ??
      (vehicleParts.every((p) => p) ? sumOf(vehicleParts as Quantity[], THREE_PUBLIC_LABELS.vehicle) : null);
    sumCheck('total', [item('abroad'), vehicle, item('reception')], ['abroad', 'vehicle', 'reception']);

    const reception = item('reception');
    const basic = workbook.tableSets.find((set) => set.family === familyOf(table.kind))?.get('general-basic');
    const row = basic?.codeRows.find((r) => r.code === RECEPTION_CODE);
    if (!reception || !basic || !row) return;
    const inBasic = cellQuantity(basic, row.amounts.total, `${KIND_LABELS[basic.kind]} ${RECEPTION_CODE} ${row.name}`);
    if (!inBasic || reception.fen <= inBasic.fen + reception.toleranceFen + inBasic.toleranceFen) return;
    report({
      sheet: reception.cells[0].sheet,
      cell: reception.cells[0].cell,
      severity: 'warning',
      message:
        `"三公"经费公务接待费（${whereIs(reception)}）${statedAs(reception)}，` +
        `多于${inBasic.label}（${whereIs(inBasic)}，${formatFen(inBasic.fen, inBasic.unit)} ${inBasic.unit}）；若差额由项目支出安排请在说明中写明。`,
      expected: `≤ ${formatFen(inBasic.fen, reception.unit)}`,
      actual: formatFen(reception.fen, reception.unit),
      related: inBasic.cells,
    });
  },
});

function itemQuantity(table: ThreePublicTable, name: ThreePublicItem): Quantity | null {
  return cellQuantity(table, table.items[name], `${KIND_LABELS[table.kind]} ${THREE_PUBLIC_LABELS[name]}`);
}
