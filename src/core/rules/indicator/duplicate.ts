/** indicator/duplicate: the same "指标N:" number or the same indicator name twice within one 二级 category. */
import { labelKey } from '../../parse/normalize';
import type { IndicatorRow } from '../../tables/performance/model';
import { defineRule } from '../types';
import { a1, INDICATOR_SHAPES, rowCategoryName } from './shared';

export const duplicate = defineRule({
  id: 'indicator/duplicate',
  severity: 'warning',
  title: '同一类别中指标编号或名称重复',
  docs: '同一二级指标下，三级指标的编号（“指标1:”“指标2:”…）和名称都不应重复：重复的编号多为复制后漏改，重复的名称让两条指标无法区分。例：满意度指标下出现两个“指标2:”。',
  appliesTo: INDICATOR_SHAPES,
  check({ table, report }) {
    const byCategory = new Map<string, IndicatorRow[]>();
    for (const row of table.indicators?.rows ?? []) {
      const key = row.level2 ? (row.level2.id ?? labelKey(row.level2.text)) : '';
      byCategory.set(key, [...(byCategory.get(key) ?? []), row]);
    }
    for (const rows of byCategory.values()) {
      const numbers = new Map<number, IndicatorRow>();
      const names = new Map<string, IndicatorRow>();
      for (const row of rows) {
        for (const n of row.numbers) {
          const first = numbers.get(n);
          if (first && first !== row)
            report({
              sheet: table.sheet,
              cell: a1(row.nameCell),
              message: `“${rowCategoryName(row)}”中编号“指标${n}”重复（第 ${first.row + 1} 行已使用）：应顺延编号`,
              related: [{ sheet: table.sheet, cell: a1(first.nameCell) }],
            });
          else numbers.set(n, row);
        }
        const name = labelKey(row.name);
        if (!name) continue;
        const first = names.get(name);
        if (first)
          report({
            sheet: table.sheet,
            cell: a1(row.nameCell),
            message: `“${rowCategoryName(row)}”中指标名称“${row.name}”重复（第 ${first.row + 1} 行已有）：请区分两条指标`,
            related: [{ sheet: table.sheet, cell: a1(first.nameCell) }],
          });
        else names.set(name, row);
      }
    }
  },
});
