/** indicator/taxonomy: 一级 and 二级 labels are standard names, and each 二级 sits under its own 一级. */
import type { CategoryLabel } from '../../tables/performance/model';
import { ALLOWED_LEVEL2, LEVEL1_LABELS, LEVEL2_LABELS, parentOf } from '../../tables/performance/taxonomy';
import { defineRule } from '../types';
import { a1, INDICATOR_SHAPES } from './shared';

export const taxonomy = defineRule({
  id: 'indicator/taxonomy',
  severity: 'warning',
  title: '绩效指标类别名称不规范或归属错误',
  docs: '一级指标应为产出、成本、效益（效果）、满意度指标；二级指标应归入相应的一级：数量、质量、时效（及旧模板中的成本）指标属于产出指标，经济、社会、生态效益和可持续影响指标属于效益指标，服务对象满意度指标属于满意度指标。例：“社会效益指标”放在“产出指标”下。',
  appliesTo: INDICATOR_SHAPES,
  check({ table, report }) {
    const seen = new Set<string>();
    const once = (label: CategoryLabel, message: string) => {
      const key = `${a1(label)}|${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      report({ sheet: table.sheet, cell: a1(label), message });
    };
    for (const row of table.indicators?.rows ?? []) {
      const { level1, level2 } = row;
      if (level1 && !level1.id)
        once(level1, `一级指标“${level1.text}”不是规范名称：应为产出指标、成本指标、效益指标或满意度指标`);
      if (level2 && !level2.id) once(level2, `二级指标“${level2.text}”不是规范名称`);
      if (!level1?.id || !level2?.id) continue;
      if (!ALLOWED_LEVEL2[level1.id].includes(level2.id))
        once(
          level2,
          `二级指标“${LEVEL2_LABELS[level2.id]}”不应放在一级指标“${LEVEL1_LABELS[level1.id]}”下：应属于“${LEVEL1_LABELS[parentOf(level2.id)]}”`,
        );
    }
  },
});
