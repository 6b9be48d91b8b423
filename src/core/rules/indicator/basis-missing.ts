/**
 * indicator/basis-missing (河北 layout): every indicator states its 指标值确定依据 — one of the
 * 财政部 standards (计划标准, 行业标准, 历史标准, 预算支出标准, 其他标准), not left empty and not an
 * indicator name pasted into the wrong column.
 */
import { labelKey } from '../../parse/normalize';
import { defineRule } from '../types';
import { a1, indicatorName, INDICATOR_SHAPES, isStarted } from './shared';

export const BASIS_STANDARDS = ['计划标准', '行业标准', '历史标准', '预算支出标准', '其他标准'] as const;

export const basisMissing = defineRule({
  id: 'indicator/basis-missing',
  severity: 'warning',
  title: '指标值确定依据未填写或不规范',
  docs: '河北等地的绩效目标表设有“指标值确定依据”列，应逐条填写，宜从计划标准、行业标准、历史标准、预算支出标准、其他标准中选择。空白或填成指标名称（如“人员满意度”）为警告；其他自拟依据（如“工作安排”）每张表提示一次。',
  appliesTo: INDICATOR_SHAPES,
  check({ table, report }) {
    const rows = (table.indicators?.rows ?? []).filter((r) => r.basis && isStarted(r));
    const names = new Set(rows.map((r) => labelKey(r.name)).filter(Boolean));
    const custom = [];
    for (const row of rows) {
      const basis = row.basis!;
      const key = labelKey(basis.text);
      if (key === '') {
        report({ sheet: table.sheet, cell: a1(basis), message: `指标“${indicatorName(row)}”没有填写指标值确定依据` });
      } else if (names.has(key) || /(满意度|率|指标)$/.test(key)) {
        report({
          sheet: table.sheet,
          cell: a1(basis),
          message: `指标“${indicatorName(row)}”的指标值确定依据“${basis.text}”像是指标名称，不是确定依据：应填写${BASIS_STANDARDS.join('、')}之一`,
          actual: basis.text,
        });
      } else if (!BASIS_STANDARDS.some((s) => key.includes(s))) custom.push(basis);
    }
    if (custom.length === 0) return;
    const [first, ...others] = custom;
    report({
      sheet: table.sheet,
      cell: a1(first),
      severity: 'info',
      message: `本表 ${custom.length} 条指标值确定依据为自拟表述（如“${first.text}”），不属于${BASIS_STANDARDS.join('、')}`,
      related: others.map((b) => ({ sheet: table.sheet, cell: a1(b) })),
    });
  },
});
