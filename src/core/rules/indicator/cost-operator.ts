/** indicator/cost-operator: a cost indicator is a ceiling ("≤11万元"), never a floor ("≥3万元"). */
import { COST_LEVEL2 } from '../../tables/performance/taxonomy';
import { defineRule } from '../types';
import { a1, indicatorName, INDICATOR_SHAPES } from './shared';

export const costOperator = defineRule({
  id: 'indicator/cost-operator',
  severity: 'error',
  title: '成本指标使用了“≥”',
  docs: '成本指标控制的是支出上限，应写为“≤”或确定的金额（如“≤7万元”“5万元”）；写成“≥3万元”就成了鼓励多花钱，与成本控制的本意相反。只检查金额：“成本节约率≥5%”等比率不在此列。',
  appliesTo: INDICATOR_SHAPES,
  check({ table, report }) {
    for (const row of table.indicators?.rows ?? []) {
      if (!row.level2?.id || !COST_LEVEL2.includes(row.level2.id)) continue;
      if (row.value.kind !== 'quantity' || (row.value.operator !== '≥' && row.value.operator !== '>')) continue;
      // Only money has a ceiling: "成本节约率 ≥5%" or "≥2次" under 成本 is a floor on something else.
      if (!row.value.amount && !row.value.unit.includes('元')) continue;
      // The floor may be written before the figure ("≥3万元") or after it ("3万元以上").
      const figure = row.valueText
        .trim()
        .replace(/^(≥|>=|＞=|>|＞|不低于|不少于|大于等于|大于或等于|大于|达到)\s*/, '')
        .replace(/\s*(及以上|或以上|以上)$/, '');
      const expected = `≤${figure}`;
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
