/**
 * indicator/value-format: a 指标值 whose form contradicts the indicator: a percentage above 100 or a
 * "≥100%" bound, a 率 given as a year, a 年限 counted in 个, a 满意度 that is not a percentage.
 */
import type { IndicatorRow } from '../../tables/performance/model';
import { formatIndicatorValue } from '../../parse/indicator';
import { defineRule } from '../types';
import { a1, indicatorName, indicatorWords, INDICATOR_SHAPES, VAGUE_RE } from './shared';

const TIME_UNITS = new Set(['年', '月', '日', '天', '个月', '周', '小时', '季度']);

export const valueFormat = defineRule({
  id: 'indicator/value-format',
  severity: 'warning',
  title: '指标值的形式与指标不符',
  docs: '指标值应与指标的含义相符：比率不超过 100%（“≥100%”应写为“=100%”），覆盖率、完成率等比率不应写成年份，使用年限应以年计而不是“个”，满意度应写成百分比。例：“全县政府网站监测覆盖率”的指标值写作“2024 年”。',
  appliesTo: INDICATOR_SHAPES,
  check({ table, report }) {
    for (const row of table.indicators?.rows ?? []) {
      const problem = describeProblem(row);
      if (!problem) continue;
      report({
        sheet: table.sheet,
        cell: a1(row.valueCell),
        message: `指标“${indicatorName(row)}”的指标值“${row.valueText}”${problem.message}`,
        actual: row.valueText,
        ...(problem.expected ? { expected: problem.expected } : {}),
      });
    }
  },
});

function describeProblem(row: IndicatorRow): { message: string; expected?: string } | null {
  const { value } = row;
  const words = indicatorWords(row);
  const ratio = /率/.test(row.name || words);
  const satisfaction = row.level2?.id === 'satisfaction' || /满意度/.test(words);
  if (value.kind === 'quantity' && value.unit === '%') {
    if (value.number > 100) return { message: '超过 100%，比率不可能超过 100%' };
    if (value.number === 100 && (value.operator === '≥' || value.operator === '>'))
      return { message: '要求不低于 100%，而比率最高为 100%：应写为“=100%”', expected: '=100%' };
    return null;
  }
  if (ratio && (value.kind === 'date' || (value.kind === 'quantity' && TIME_UNITS.has(value.unit))))
    return { message: '是时间，而该指标是比率：应写为百分比，如“≥95%”' };
  if (/年限|期限/.test(words) && value.kind === 'quantity' && value.unit !== '' && !TIME_UNITS.has(value.unit))
    return {
      message: `以“${value.unit}”计，而年限应以年计：应写为如“${value.operator ?? ''}${value.number}年”`,
      expected: formatIndicatorValue({ ...value, unit: '年' }),
    };
  // Vague words ("提高") are vague-value's; any other non-percentage is a format problem.
  const vague = value.kind === 'text' && VAGUE_RE.test(value.text);
  if (satisfaction && value.kind !== 'empty' && !vague) return { message: '不是百分比：满意度应写为如“≥90%”' };
  return null;
}
