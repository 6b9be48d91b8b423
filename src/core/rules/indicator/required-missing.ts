/** indicator/required-missing: every mandatory 二级 category (profile + the sheet's 必填 marks) has an indicator. */
import type { CellValue } from '../../grid/types';
import type { Requirement } from '../../profiles';
import { profileFor } from '../../profiles';
import { mandatoryCategories } from '../../profiles/requirements';
import type { InsertRowsFix } from '../../report/types';
import type { IndicatorBlock } from '../../tables/performance/model';
import type { Level2Id } from '../../tables/performance/taxonomy';
import { COST_LEVEL2, LEVEL1_LABELS, LEVEL2_IDS, LEVEL2_LABELS, parentOf } from '../../tables/performance/taxonomy';
import { defineRule } from '../types';
import { a1, isStarted } from './shared';

export const requiredMissing = defineRule({
  id: 'indicator/required-missing',
  severity: 'error',
  title: '必填的绩效指标类别缺失',
  docs: '项目支出绩效目标表中，数量、质量、时效、成本、效益、满意度等必填类别（由所选或自动识别的地区模板，以及表中“（必填）”标注确定）至少应有一条指标。整类缺失（连二级指标行都没有）时，在其应在的位置标出，并可一键插入该类的空行。例：宁夏模板缺少“成本指标（必填硬性指标）”。',
  appliesTo: ['project-performance'],
  check({ table, workbook, report }) {
    const block = table.indicators;
    if (!block) return; // an unread indicator block is structure/unrecognized's finding
    const profile = profileFor(table.hints, workbook.profileId);
    for (const requirement of mandatoryCategories(block, profile)) {
      const categories = block.categories.filter((c) => c.level2 !== null && requirement.anyOf.includes(c.level2));
      if (categories.some((c) => c.rows.some(isStarted))) continue;
      const where = `（${profile.name}）`;
      if (categories.length > 0) {
        const label = categories[0].label;
        report({
          sheet: table.sheet,
          cell: a1(label),
          message: `必填的“${requirement.label}”下没有填写任何指标${where}：请在“${label.text}”行填写三级指标和指标值`,
        });
        continue;
      }
      const fix = insertFix(table.sheet, block, requirement, table.hints.marks);
      report({
        sheet: table.sheet,
        cell: a1({ row: fix.beforeRow, col: block.columns.level2 }),
        message: `缺少必填的“${requirement.label}”${where}：整类指标（含二级指标行）都没有，应在第 ${fix.beforeRow + 1} 行前补充`,
        expected: LEVEL2_LABELS[insertedCategory(block, requirement)],
        fix,
      });
    }
  },
});

/** Rows to insert where the category belongs: before the first present category that follows it. */
function insertFix(sheet: string, block: IndicatorBlock, requirement: Requirement, marked: boolean): InsertRowsFix {
  const inserted = insertedCategory(block, requirement);
  const order = LEVEL2_IDS.indexOf(inserted);
  const next = block.categories.find((c) => c.level2 !== null && LEVEL2_IDS.indexOf(c.level2) > order);
  const beforeRow = next ? next.rows[0].row : block.bottom + 1;
  const { columns } = block;
  const lastCol = Math.max(columns.value, columns.basis ?? 0, columns.description ?? 0);
  const row: CellValue[] = new Array(lastCol - columns.level1 + 1).fill('');
  row[0] = LEVEL1_LABELS[parentOf(inserted)];
  row[columns.level2 - columns.level1] = `${LEVEL2_LABELS[inserted]}${marked ? '（必填）' : ''}`;
  return {
    kind: 'insert-rows',
    description: `在第 ${beforeRow + 1} 行前插入“${LEVEL2_LABELS[inserted]}”行`,
    sheet,
    beforeRow,
    startCol: columns.level1,
    rows: [row],
  };
}

/**
 * A missing cost goes where this sheet keeps costs (经济成本指标 when 成本指标 is an 一级 here), else
 * where the profile puts them (成本 under 产出 in the 宁夏 and 河北 templates).
 */
function insertedCategory(block: IndicatorBlock, requirement: Requirement): Level2Id {
  if (!COST_LEVEL2.includes(requirement.insert)) return requirement.insert;
  return block.categories.some((c) => c.level1 === 'cost') ? 'economic-cost' : requirement.insert;
}
