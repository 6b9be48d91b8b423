/** indicator/cost-operator: a cost indicator is a ceiling ("≤11万元"), never a floor ("≥3万元"). */
import { COST_LEVEL2 } from '../../tables/performance/taxonomy';
import { defineRule } from '../types';
import { a1, indicatorName, INDICATOR_KINDS } from './shared';

export const costOperator = defineRule({
  id: 'indicator/cost-operator',
  severity: 'error',
  title: '成本指标使用了“≥”',
  docs: '成本指标控制的是支出上限，应写为“≤”或确定的金额（如“≤7万元”“5万元”）；写成“≥3万元”就成了鼓励多花钱，与成本控制的本意相反。',
  appliesTo: INDICATOR_KINDS,
  check({ table, report }) {
    for (const row of table.indicators?.rows ?? []) {
      if (!row.level2?.id || !COST_LEVEL2.includes(row.level2.id)) continue;
      if (row.value.kind !== 'quantity' || (row.value.operator !== '≥' && row.value.operator !== '>')) continue;
      const expected = row.valueText.replace(/^\s*(≥|>=|＞=|>|＞|不低于|不少于|大于等于|大于)/, '≤');
      report({
        sheet: table.sheet,
        cell: a1(row.valueCell),
        message: `成本指标“${indicatorName(row)}”的指标值“${row.valueText}”使用了下限：成本应写为上限，如“${expected}”`,
        expected,
        actual: row.valueText,
      });
    }
  },
});
