/**
 * indicator/vague-value: 指标值 such as “有效提升”“显著提高”“及时” give no number to check the target
 * against. A warning for 产出, 成本 and 满意度 indicators (which must be measurable), info for 效益 ones.
 */
import { defineRule } from '../types';
import { a1, indicatorName, INDICATOR_SHAPES, rowCategoryName, VAGUE_RE } from './shared';

export const vagueValue = defineRule({
  id: 'indicator/vague-value',
  severity: 'warning',
  title: '指标值表述笼统、不可衡量',
  docs: '指标值应可衡量：写明数值、比例或时限（如“≥95%”“2023年9月底前”）。“提升”“有效”“合理”“及时”“显著”等词而无数字的指标值无法考核；满意度、成本和产出指标尤其必须量化（警告），效益指标的定性表述给出提示。例：服务对象满意度指标的指标值写作“提高”。',
  appliesTo: INDICATOR_SHAPES,
  check({ table, report }) {
    for (const row of table.indicators?.rows ?? []) {
      if (row.value.kind !== 'text' || !VAGUE_RE.test(row.value.text)) continue;
      const benefit = row.level1?.id === 'benefit' || /效益|可持续/.test(row.level2?.text ?? '');
      const satisfaction = row.level2?.id === 'satisfaction' || /满意/.test(row.name);
      report({
        sheet: table.sheet,
        cell: a1(row.valueCell),
        severity: benefit && !satisfaction ? 'info' : 'warning',
        message: `“${rowCategoryName(row)}”的指标“${indicatorName(row)}”指标值为“${row.value.text}”，没有可衡量的数值${
          satisfaction ? '：满意度应写为百分比，如“≥90%”' : '：请写明目标数值、比例或完成时限'
        }`,
        actual: row.value.text,
      });
    }
  },
});
