/** structure/unit-name: all budget tables name the same 单位 (publishing department), and none leaves it blank. */
import { toA1 } from '../../grid/address';
import { KIND_LABELS } from '../../tables/kinds';
import { defineRule } from '../types';
import { budgetTables, reportInconsistent } from './consistency';

export const unitName = defineRule({
  id: 'structure/unit-name',
  severity: 'warning',
  title: '单位名称不一致或空缺',
  docs:
    '同一部门预算公开的各张表，表头的单位名称（“单位名称：”“编制部门：”“编制单位：”等行）应完全一致。名称不一致通常说明' +
    '某张表是从其他单位或上年的文件复制而来、未及时修改，例如多数表为“中共平乡县委网络安全和信息化委员会办公室”，某张表' +
    '却写成另一单位名称；其他表写明了部门而某张表的“编制部门：”后为空，也一并提示。比较时忽略空格和名称前的单位编码。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    const tables = budgetTables(workbook);
    reportInconsistent(tables, (t) => t.region.unitName, '单位名称', report);
    const named = tables.find((t) => t.region.unitName);
    if (!named?.region.unitName) return; // a blank line is only a defect when other tables name the department
    const { value: name, row, col } = named.region.unitName;
    for (const table of tables) {
      const blank = table.region.blankUnitName;
      if (!blank) continue;
      report({
        sheet: table.sheet,
        cell: toA1(blank.row, blank.col),
        message: `“${KIND_LABELS[table.kind]}”的“${blank.value}：”后未填写单位名称，其他预算表（如“${named.sheet}”）为“${name}”`,
        expected: name,
        actual: '',
        related: [{ sheet: named.sheet, cell: toA1(row, col) }],
      });
    }
  },
});
