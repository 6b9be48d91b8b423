/**
 * cross/three-public: the "三公" table adds up (合计 = 出国 + 车 + 接待, 车 = 购置 + 运行维护) for
 * each amount it states (预算数 and 决算数 in a 决算 table), and no item exceeds its economic line
 * in the 基本支出表 of the same document (a warning: 三公 may also be paid from project funds).
 */
import type { ThreePublicItem, ThreePublicMeasure, ThreePublicTable } from '../../tables/budget/model';
import { THREE_PUBLIC_LABELS } from '../../tables/budget/vocabulary';
import { familyOf, KIND_LABELS } from '../../tables/kinds';
import type { CodeTable } from '../../tables/budget/model';
import type { FindingInput } from '../types';
import { defineRule } from '../types';
import { reportComparison } from './compare';
import type { Quantity } from './quantity';
import { cellQuantity, formatFen, statedAs, sumOf, whereIs } from './quantity';

/**
 * The 经济分类 款 of each item in the 基本支出表. 30211 差旅费 is domestic travel and has no 三公
 * counterpart; 因公出国（境）费用 is 30212.
 */
const ECONOMIC_CODES: readonly [ThreePublicItem, string][] = [
  ['abroad', '30212'],
  ['reception', '30217'],
  ['vehicle-operation', '30231'],
  ['vehicle-purchase', '31013'],
];

export const threePublic = defineRule({
  id: 'cross/three-public',
  severity: 'error',
  title: '"三公"经费合计应等于各项之和',
  docs:
    '"三公"经费合计应等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和，公务用车购置及运行维护费应等于' +
    '购置费与运行维护费之和；决算表的预算数和决算数分别核对。另提示：同一预算或决算中，基本支出表的 30212 因公出国（境）费用、' +
    '30217 公务接待费、30231 公务用车运行维护费、31013 公务用车购置应不少于"三公"经费表的对应金额' +
    '（"三公"经费也可能由项目支出安排，故仅为警告）。例：合计 5.00 万元，而 1.00 + 2.50 + 1.00 = 4.50 万元。',
  appliesTo: ['three-public'],
  check({ table, workbook, report }) {
    for (const measure of table.measures) checkSums(table, measure, report);
    const basic = workbook.tableSets.find((set) => set.family === familyOf(table.kind))?.get('general-basic');
    if (basic) for (const [item, code] of ECONOMIC_CODES) checkEconomicLine(table, basic, item, code, report);
  },
});

function checkSums(table: ThreePublicTable, measure: ThreePublicMeasure, report: (f: FindingInput) => void): void {
  const item = (name: ThreePublicItem) => itemQuantity(table, measure, name);
  const sumCheck = (whole: ThreePublicItem, parts: (Quantity | null)[], names: ThreePublicItem[]) => {
    const actual = item(whole);
    if (!actual || parts.some((p) => p === null)) return;
    const label = `${KIND_LABELS[table.kind]} ${names.map((n) => THREE_PUBLIC_LABELS[n]).join(' + ')}`;
    const expected = sumOf(parts as Quantity[], label);
    const subject = `"三公"经费${measure.name ? `${measure.name}的` : ''}${THREE_PUBLIC_LABELS[whole]}`;
    if (expected) reportComparison(report, { subject, actual, expected });
  };
  const vehicleParts = [item('vehicle-purchase'), item('vehicle-operation')];
  sumCheck('vehicle', vehicleParts, ['vehicle-purchase', 'vehicle-operation']);
  // A table without the 车 subtotal still adds up through its two parts.
  const vehicle =
    item('vehicle') ??
    (vehicleParts.every((p) => p) ? sumOf(vehicleParts as Quantity[], THREE_PUBLIC_LABELS.vehicle) : null);
  sumCheck('total', [item('abroad'), vehicle, item('reception')], ['abroad', 'vehicle', 'reception']);
}

/** An item the 三公 table states above its economic line in the 基本支出表 (its own figures: 决算数 in a 决算). */
function checkEconomicLine(
  table: ThreePublicTable,
  basic: CodeTable,
  name: ThreePublicItem,
  code: string,
  report: (f: FindingInput) => void,
): void {
  const item = cellQuantity(table, table.items[name], `${KIND_LABELS[table.kind]} ${THREE_PUBLIC_LABELS[name]}`);
  const row = basic.codeRows.find((r) => r.code === code);
  if (!item || !row) return;
  const inBasic = cellQuantity(basic, row.amounts.total, `${KIND_LABELS[basic.kind]} ${code} ${row.name}`);
  if (!inBasic || item.fen <= inBasic.fen + item.toleranceFen + inBasic.toleranceFen) return;
  report({
    sheet: item.cells[0].sheet,
    cell: item.cells[0].cell,
    severity: 'warning',
    message:
      `"三公"经费${THREE_PUBLIC_LABELS[name]}（${whereIs(item)}）${statedAs(item)}，` +
      `多于${inBasic.label}（${whereIs(inBasic)}，${formatFen(inBasic.fen, inBasic.unit)} ${inBasic.unit}）；若差额由项目支出安排请在说明中写明。`,
    expected: `≤ ${formatFen(inBasic.fen, item.unit)}`,
    actual: formatFen(item.fen, item.unit),
    related: inBasic.cells,
  });
}

function itemQuantity(table: ThreePublicTable, measure: ThreePublicMeasure, name: ThreePublicItem): Quantity | null {
  const what = `${measure.name ? `${measure.name} ` : ''}${THREE_PUBLIC_LABELS[name]}`;
  return cellQuantity(table, measure.items[name], `${KIND_LABELS[table.kind]} ${what}`);
}
