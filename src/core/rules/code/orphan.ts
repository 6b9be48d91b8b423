/** code/orphan: a 款 row needs its 类 row in the table, a 项 row its 款 row. */
import { toA1 } from '../../grid/address';
import { CODE_DIGITS } from '../../tables/budget/model';
import { defineRule } from '../types';

export const orphan = defineRule({
  id: 'code/orphan',
  severity: 'error',
  title: '下级科目缺少上级科目',
  docs: '按科目列示的表格应逐级列出上级科目：款级科目（如 20137）所属的类级科目（201）应在表中列示，项级科目（2013701）所属的款级科目（20137）也应列示。缺少上级科目的行无法汇总到合计，常见于删行、筛选后复制或手工补录。',
  appliesTo: ['code-table'],
  check({ table, report }) {
    const codes = new Set(table.codeRows.map((r) => r.code));
    for (const row of table.codeRows) {
      if (row.level !== 'section' && row.level !== 'item') continue;
      const parentLevel = row.level === 'item' ? 'section' : 'class';
      const parent = row.code.slice(0, CODE_DIGITS[parentLevel]);
      if (codes.has(parent)) continue;
      const names = { section: '款', item: '项' } as const;
      report({
        sheet: table.sheet,
        cell: toA1(row.codeCell.row, row.codeCell.col),
        message: `${names[row.level]}级科目“${row.code}”缺少所属的${parentLevel === 'class' ? '类' : '款'}级科目“${parent}”`,
        expected: parent,
      });
    }
  },
});
