/** structure/table-missing: a department budget publishes all nine standard tables. */
import { toA1 } from '../../grid/address';
import { KIND_LABELS, STANDARD_BUDGET_KINDS } from '../../tables/kinds';
import { defineRule } from '../types';

/** With fewer standard tables present the workbook is not a department budget (e.g. a 绩效 file). */
const MIN_PRESENT = 3;

export const tableMissing = defineRule({
  id: 'structure/table-missing',
  severity: 'error',
  title: '缺少部门预算公开标准表',
  docs: '部门预算公开应包含九张标准表：部门收支总表、部门收入总表、部门支出总表、财政拨款收支总表、一般公共预算财政拨款支出表、一般公共预算财政拨款基本支出表、政府性基金预算财政拨款支出表、国有资本经营预算财政拨款支出表、财政拨款“三公”经费支出表。没有数据的表也应公开空表并注明“无数据/空表列示”。工作簿中识别到至少三张标准表时，才按部门预算检查缺表。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    const present = STANDARD_BUDGET_KINDS.filter((kind) => workbook.tablesOf(kind).length > 0);
    if (present.length < MIN_PRESENT) return;
    const anchor = workbook.tablesOf(present[0])[0];
    for (const kind of STANDARD_BUDGET_KINDS) {
      if (present.includes(kind)) continue;
      report({
        sheet: anchor.sheet,
        cell: toA1(anchor.region.title.row, anchor.region.title.col),
        message: `工作簿缺少“${KIND_LABELS[kind]}”；没有数据时也应公开空表并注明`,
        expected: KIND_LABELS[kind],
      });
    }
  },
});
