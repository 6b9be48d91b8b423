/** structure/year: every standard budget table names its budget year, and all name the same one. */
import { toA1 } from '../../grid/address';
import { declarationOf, familyOf, KIND_LABELS } from '../../tables/kinds';
import { defineRule } from '../types';
import { budgetTables, reportInconsistent } from './consistency';

export const year = defineRule({
  id: 'structure/year',
  severity: 'warning',
  title: '预算年度缺失或不一致',
  docs: '每张部门预算公开表应在标题或表头注明预算年度（如“2023年部门收支总表”或“预算年度：2023”），各表的年度应一致。复制上年表格后只改了部分表的年度，是常见的疏漏：本规则对预算、决算各九张标准表检查年度是否注明，并在所有预算表之间比较年度。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    const tables = budgetTables(workbook);
    for (const table of tables) {
      if (table.region.year || !declarationOf(table.kind).standard) continue;
      report({
        sheet: table.sheet,
        cell: toA1(table.region.title.row, table.region.title.col),
        message: `“${KIND_LABELS[table.kind]}”未注明${familyOf(table.kind) === 'final' ? '决算' : '预算'}年度`,
      });
    }
    reportInconsistent(tables, (t) => t.region.year, '预算年度', report);
  },
});
