/** structure/header: each money table has the columns its kind declares required. */
import { toA1 } from '../../grid/address';
import { declarationOf, KIND_LABELS } from '../../tables/kinds';
import { MONEY_SHAPES } from '../../tables/shapes';
import { defineRule } from '../types';

export const header = defineRule({
  id: 'structure/header',
  severity: 'error',
  title: '表头缺少必需的列',
  docs: '各张标准表应有规定的列（整个表头都找不到时由 structure/unrecognized 报告）：部门支出总表和一般公共预算财政拨款支出表应有科目编码、科目名称、合计、基本支出、项目支出；基本支出表应有人员经费、公用经费；收入总表应有合计及各收入来源；收支总表应有收入、支出两栏的项目和金额。缺少必需列时无法核对金额，也不符合公开格式。',
  appliesTo: MONEY_SHAPES,
  check({ table, report }) {
    // Each kind declares the columns it must have (tables/declarations/*).
    const required = declarationOf(table.kind).requiredColumns;
    if (!required) return;
    // A table without any header was not read at all: structure/unrecognized says so.
    if (!table.header) return;
    const cell = toA1(table.header.top, table.region.range.left);
    const roles = new Set(table.columns.map((c) => c.role));
    for (const [alternatives, name] of required) {
      if (alternatives.some((role) => roles.has(role))) continue;
      report({ sheet: table.sheet, cell, message: `“${KIND_LABELS[table.kind]}”表头缺少“${name}”列`, expected: name });
    }
  },
});
