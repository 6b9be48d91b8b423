/** structure/unit-name: all budget tables name the same 单位 (publishing department). */
import { defineRule } from '../types';
import { budgetTables, reportInconsistent } from './consistency';

export const unitName = defineRule({
  id: 'structure/unit-name',
  severity: 'warning',
  title: '单位名称不一致',
  docs: '同一部门预算公开的各张表，表头的单位名称应完全一致。名称不一致通常说明某张表是从其他单位或上年的文件复制而来、未及时修改，例如多数表为“中共平乡县委网络安全和信息化委员会办公室”，某张表却写成另一单位名称。比较时忽略空格和名称前的单位编码。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    reportInconsistent(budgetTables(workbook), (t) => t.region.unitName, '单位名称', report);
  },
});
