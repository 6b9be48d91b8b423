/** sum/rounding: identities that are off by no more than the rounding of their published terms (info). */
import type { AmountCell } from '../../tables/budget/model';
import { defineRule } from '../types';
import { SUM_SHAPES } from '../../tables/shapes';
import { identitiesOf } from './identities';
import { identityFinding } from './report-identity';

export const rounding = defineRule({
  id: 'sum/rounding',
  severity: 'info',
  title: '合计与分项之和存在尾差',
  docs: '公开表格的金额保留两位小数，分项各自四舍五入后相加，可能与合计相差不超过“每个分项 0.01 个单位”。这类尾差不算错误，但建议调整个别分项使表内数字完全勾稽，避免读者误解。本规则列出所有在尾差范围内不相等的合计关系（层级、合计行、列间、收支平衡），超出尾差范围的差异由 sum/hierarchy、sum/total-row、sum/columns、sum/balance 报错。',
  appliesTo: SUM_SHAPES,
  check({ table, report }) {
    // One note per cell, like the strict rules: a 款 total is both a parent and a row total.
    const reported = new Set<AmountCell>();
    for (const { identity, result } of identitiesOf(table).failures) {
      if (result.status !== 'rounding' || reported.has(identity.target)) continue;
      reported.add(identity.target);
      report(identityFinding(identity, result, table.unit, '，差额在四舍五入误差以内'));
    }
  },
});
