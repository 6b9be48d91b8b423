/** structure/unit: every budget table states its money unit, and all state the same one. */
import { toA1 } from '../../grid/address';
import { KIND_LABELS, STANDARD_BUDGET_KINDS } from '../../tables/kinds';
import { defineRule } from '../types';
import { budgetTables, reportInconsistent } from './consistency';

export const unit = defineRule({
  id: 'structure/unit',
  severity: 'warning',
  title: '金额单位缺失或不一致',
  docs: '每张预算公开表应在标题下注明金额单位（如“单位：万元”），且同一部门的各张预算表应使用同一单位。缺少单位时读者无法判断金额大小；单位不一致（有的表为万元、有的为元）时，跨表核对和文字说明中的数字都容易出错。本规则对九张标准表检查单位行是否存在，并在所有预算表之间比较单位。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    const tables = budgetTables(workbook);
    for (const table of tables) {
      if (table.region.unit || !(STANDARD_BUDGET_KINDS as readonly string[]).includes(table.kind)) continue;
      report({
        sheet: table.sheet,
        cell: toA1(table.region.title.row, table.region.title.col),
        message: `“${KIND_LABELS[table.kind]}”未注明金额单位（如“单位：万元”）`,
        expected: '单位：万元',
      });
    }
    reportInconsistent(tables, (t) => t.region.unit, '金额单位', report);
  },
});
