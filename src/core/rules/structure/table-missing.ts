/**
 * structure/table-missing: a department budget (预算) or final account (决算) publishes all nine
 * standard tables of its kind; which one a workbook is follows from the tables it holds.
 */
import { toA1 } from '../../grid/address';
import type { Family } from '../../tables/kinds';
import { KIND_LABELS, standardKinds } from '../../tables/kinds';
import { defineRule } from '../types';

/** With fewer standard tables present the workbook is not such a document (e.g. a 绩效 file). */
const MIN_PRESENT = 3;
const DOCUMENTS: readonly [Family, string][] = [
  ['budget', '部门预算'],
  ['final', '部门决算'],
];

export const tableMissing = defineRule({
  id: 'structure/table-missing',
  severity: 'error',
  title: '缺少部门预算或决算公开标准表',
  docs: '部门预算公开应包含九张标准表：部门收支总表、部门收入总表、部门支出总表、财政拨款收支总表、一般公共预算财政拨款支出表、一般公共预算财政拨款基本支出表、政府性基金预算财政拨款支出表、国有资本经营预算财政拨款支出表、财政拨款“三公”经费支出表。部门决算公开应包含九张决算表：收入支出决算总表、收入决算表、支出决算表、财政拨款收入支出决算总表、一般公共预算财政拨款支出决算表、一般公共预算财政拨款基本支出决算表、政府性基金预算财政拨款收入支出决算表、国有资本经营预算财政拨款支出决算表、财政拨款“三公”经费支出决算表。没有数据的表也应公开空表并注明“无数据/空表列示”。工作簿中识别到某类文件至少三张标准表时，才按该类文件（预算或决算，自动判断）检查缺表；决算工作簿不要求预算表，反之亦然。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    for (const [family, name] of DOCUMENTS) {
      const kinds = standardKinds(family);
      const present = kinds.filter((kind) => workbook.tablesOf(kind).length > 0);
      if (present.length < MIN_PRESENT) continue;
      const anchor = workbook.tablesOf(present[0])[0];
      for (const kind of kinds) {
        if (present.includes(kind)) continue;
        report({
          sheet: anchor.sheet,
          cell: toA1(anchor.region.title.row, anchor.region.title.col),
          message: `${name}工作簿缺少“${KIND_LABELS[kind]}”；没有数据时也应公开空表并注明`,
          expected: KIND_LABELS[kind],
        });
      }
    }
  },
});
