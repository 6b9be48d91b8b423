/**
 * indicator/empty-value: an indicator row with a name but no 指标值, a leftover "指标2:" placeholder,
 * or a value without a name. Error when it leaves a 必填 category without any value, warning otherwise.
 */
import { profileFor } from '../../profiles';
import { mandatoryCategories } from '../../profiles/requirements';
import type { DepartmentPerformanceTable, IndicatorRow, ProjectPerformanceTable } from '../../tables/performance/model';
import type { Level2Id } from '../../tables/performance/taxonomy';
import { defineRule } from '../types';
import { a1, hasValue, indicatorName, INDICATOR_SHAPES, isStarted, rowCategoryName } from './shared';

export const emptyValue = defineRule({
  id: 'indicator/empty-value',
  severity: 'warning',
  title: '绩效指标未填写指标值',
  docs: '每条三级指标都应有指标值；模板留下的“指标2:”等空占位行应填写或删除。若该行是必填类别中唯一的一行（该类别因此没有任何指标值），按错误报告，否则为提示。例：“时效指标（必填）”下“指标2:”后没有内容。',
  appliesTo: INDICATOR_SHAPES,
  check({ table, workbook, report }) {
    const block = table.indicators;
    if (!block) return;
    const mandatory = mandatoryIds(table, workbook.profileId);
    for (const row of block.rows) {
      if (!isStarted(row)) continue;
      const category = rowCategoryName(row);
      if (!hasValue(row)) {
        const soleRow = !block.rows.some((r) => r !== row && sameCategory(r, row) && hasValue(r));
        const severity = soleRow && row.level2?.id && mandatory.has(row.level2.id) ? 'error' : 'warning';
        const placeholder = row.name === '' && !row.description?.text;
        report({
          sheet: table.sheet,
          cell: a1(placeholder ? row.nameCell : row.valueCell),
          severity,
          message: placeholder
            ? `“${category}”下的“${row.numbers.map((n) => `指标${n}:`).join(' ')}”是未填写的占位行：请填写指标名称和指标值，或删除该行`
            : `“${category}”下的指标“${indicatorName(row)}”没有填写指标值`,
        });
      } else if (row.name === '' && !row.description?.text) {
        report({
          sheet: table.sheet,
          cell: a1(row.nameCell),
          message: `“${category}”下有指标值“${row.valueText}”，但没有填写指标名称`,
        });
      }
    }
  },
});

function sameCategory(a: IndicatorRow, b: IndicatorRow): boolean {
  return a.level2?.id !== undefined && a.level2?.id !== null && a.level2.id === b.level2?.id;
}

/** Categories that must have a value: single-category requirements of the profile and the sheet's marks. */
function mandatoryIds(table: ProjectPerformanceTable | DepartmentPerformanceTable, profileId?: string): Set<Level2Id> {
  const block = table.indicators;
  if (!block || table.kind !== 'performance.project') return new Set();
  const ids = new Set<Level2Id>();
  for (const requirement of mandatoryCategories(block, profileFor(table.hints, profileId))) {
    const present = new Set(block.categories.map((c) => c.level2).filter((id) => id && requirement.anyOf.includes(id)));
    // A group ("效益指标至少一类") is only as mandatory as its one present member.
    if (requirement.anyOf.length === 1 || present.size === 1) for (const id of present) ids.add(id!);
  }
  return ids;
}
