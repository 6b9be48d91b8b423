/**
 * structure/unrecognized (DESIGN.md §3 "Recognition is never silent"): a sheet with content in which
 * no table was recognized, and a 绩效目标表 title whose indicator block could not be read, are said
 * out loud — so a green "未发现问题" never hides sheets that went unchecked.
 */
import { toA1 } from '../../grid/address';
import type { SheetGrid } from '../../grid/types';
import { isEmptyValue } from '../../grid/access';
import { KIND_LABELS } from '../../tables/kinds';
import { defineRule } from '../types';

export const unrecognized = defineRule({
  id: 'structure/unrecognized',
  severity: 'warning',
  title: '工作表或表格未能识别，未检查',
  docs: '校验只检查识别出的表。有内容却没有识别出任何表标题的工作表（如标题写法特殊、表格被截去标题），识别出表标题却找不到表头（栏目名称行）的预算表，以及识别出“绩效目标表”标题却读不出绩效指标（缺少“一级指标、二级指标、指标值”等表头）的表，都不会被检查，本规则把它们列出来，以免把“未检查”误当成“没有问题”。封面、目录等无需检查的工作表可忽略此提示；需要检查的，请在“已识别的表”中指定表的类型。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    for (const sheet of workbook.unrecognizedSheets ?? []) {
      const grid = workbook.gridOf(sheet);
      // The add-in's own sheets (_budget_lint…) never reach the rules: validateWorkbook leaves them out.
      if (!grid) continue;
      const first = firstContent(grid);
      if (!first) continue;
      report({
        sheet,
        cell: toA1(first.row, first.col),
        message: `工作表“${sheet}”有内容，但未识别出任何表（未找到如“部门收支总表”“项目支出绩效目标表”“情况说明”等表标题），该表未检查：如需检查，请在“已识别的表”中指定其类型`,
      });
    }
    for (const table of workbook.tables) {
      if (!('header' in table) || table.header !== null) continue;
      const { title } = table.region;
      report({
        sheet: table.sheet,
        cell: toA1(title.row, title.col),
        message: `“${title.value}”识别为“${KIND_LABELS[table.kind]}”，但标题下未找到表头（栏目名称行），该表未检查：请核对表头，或在“已识别的表”中更正`,
      });
    }
    for (const table of workbook.tablesOf('performance.project')) {
      if (table.indicators) continue;
      const { title } = table.region;
      report({
        sheet: table.sheet,
        cell: toA1(title.row, title.col),
        message: `“${title.value}”的绩效指标未能读取（应有“一级指标、二级指标、三级指标、指标值”表头），指标未检查：请核对表头，或在“已识别的表”中更正`,
        expected: '一级指标、二级指标、三级指标、指标值',
      });
    }
  },
});

function firstContent(grid: SheetGrid): { row: number; col: number } | null {
  for (let r = 0; r < grid.values.length; r++) {
    const row = grid.values[r];
    for (let c = 0; c < row.length; c++)
      if (!isEmptyValue(row[c])) return { row: grid.origin.row + r, col: grid.origin.col + c };
  }
  return null;
}
