/** structure/header: each budget table has the columns its kind requires. */
import { toA1 } from '../../grid/address';
import type { BudgetColumn } from '../../tables/budget/model';
import type { BudgetKind } from '../../tables/kinds';
import { BUDGET_KINDS, KIND_LABELS } from '../../tables/kinds';
import { defineRule } from '../types';

type Role = BudgetColumn['role'];

/** Alternatives per requirement: any one role of a group satisfies it. */
const REQUIRED: Partial<Record<BudgetKind, [Role[], string][]>> = {
  'budget.summary': [
    [['name'], '项目'],
    [['total'], '预算数'],
  ],
  'budget.fiscal-summary': [
    [['name'], '项目'],
    [['total'], '合计/金额'],
    [['general'], '一般公共预算'],
  ],
  'budget.income': [
    [['code', 'code-class'], '科目编码'],
    [['name'], '科目名称'],
    [['total'], '合计'],
  ],
  'budget.expenditure': [
    [['code', 'code-class'], '科目编码'],
    [['name'], '科目名称'],
    [['total'], '合计'],
    [['basic'], '基本支出'],
    [['project'], '项目支出'],
  ],
  'budget.general-expenditure': [
    [['code', 'code-class'], '科目编码'],
    [['name'], '科目名称'],
    [['total'], '合计'],
    [['basic'], '基本支出'],
    [['project'], '项目支出'],
  ],
  'budget.general-basic': [
    [['code', 'code-class'], '科目编码'],
    [['name'], '科目名称'],
    [['total'], '合计'],
    [['personnel'], '人员经费'],
    [['public'], '公用经费'],
  ],
  'budget.fund-expenditure': [
    [['code', 'code-class'], '科目编码'],
    [['name'], '科目名称'],
    [['total'], '合计'],
  ],
  'budget.capital-expenditure': [
    [['code', 'code-class'], '科目编码'],
    [['name'], '科目名称'],
    [['total'], '合计'],
  ],
};

export const header = defineRule({
  id: 'structure/header',
  severity: 'error',
  title: '表头缺少必需的列',
  docs: '各张标准表应有规定的列（整个表头都找不到时由 structure/unrecognized 报告）：部门支出总表和一般公共预算财政拨款支出表应有科目编码、科目名称、合计、基本支出、项目支出；基本支出表应有人员经费、公用经费；收入总表应有合计及各收入来源；收支总表应有收入、支出两栏的项目和金额。缺少必需列时无法核对金额，也不符合公开格式。',
  appliesTo: BUDGET_KINDS,
  check({ table, report }) {
    const required = REQUIRED[table.kind];
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
