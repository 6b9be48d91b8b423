/** code/format: a 功能分类 code has 3/5/7 digits, a 经济分类 code 3/5 digits, and nothing else. */
import { toA1 } from '../../grid/address';
import { defineRule } from '../types';

export const format = defineRule({
  id: 'code/format',
  severity: 'error',
  title: '科目编码格式不正确',
  docs: '功能分类科目编码按类、款、项分别为 3、5、7 位数字（如 201、20137、2013701），经济分类科目编码按类、款分别为 3、5 位数字（如 301、30101）。编码含字母、符号或位数不符（如“2013 7”“20137010”“30101A”）通常是录入或复制错误，会导致层级汇总和跨表核对失效。',
  appliesTo: ['code-table'],
  check({ table, report }) {
    const allowed = table.classification === 'economic' ? '3 位或 5 位数字' : '3 位、5 位或 7 位数字';
    const kindName = table.classification === 'economic' ? '经济分类' : '功能分类';
    for (const row of table.codeRows) {
      if (row.level !== null) continue;
      report({
        sheet: table.sheet,
        cell: toA1(row.codeCell.row, row.codeCell.col),
        message: `${kindName}科目编码“${row.code}”格式不正确，应为${allowed}`,
        expected: allowed,
        actual: row.code,
      });
    }
  },
});
