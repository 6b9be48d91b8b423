/**
 * funds/project-total: when the workbook also holds the budget tables, the projects of its 绩效目标
 * sheets add up to the 项目支出 合计 of the 部门支出总表.
 */
import { toA1 } from '../../grid/address';
import { formatAmount, roundingToleranceFen } from '../../parse/amount';
import type { CellRef } from '../../report/types';
import { costAmountTotal } from '../../tables/performance/queries';
import { defineRule } from '../types';

export const projectTotal = defineRule({
  id: 'funds/project-total',
  severity: 'warning',
  title: '绩效目标表项目资金合计与支出总表项目支出不符',
  docs: '同一工作簿既有部门预算表又有项目绩效目标表时，各项目的资金（年度资金总额 / 预算数；表中没有时取成本指标金额合计）之和应等于部门支出总表“项目支出”列的合计。不符时可能漏报了项目绩效目标，或金额填错。',
  appliesTo: 'workbook',
  check({ workbook, report }) {
    const expenditure = workbook.tablesOf('budget.expenditure')[0];
    const target = expenditure?.totalRow?.amounts?.project;
    if (!expenditure || !target || target.fen === null) return;
    const projects = workbook.tablesOf('performance.project');
    if (projects.length === 0) return;
    let sum = 0;
    const related: CellRef[] = [];
    for (const project of projects) {
      const total = project.funds?.total;
      const fen = total?.fen ?? costAmountTotal(project);
      if (fen === null || fen === undefined) return; // a project without any amount: the sum cannot be known
      sum += fen;
      const cell =
        total && total.fen !== null
          ? toA1(total.row, total.col)
          : toA1(project.region.title.row, project.region.title.col);
      related.push({ sheet: project.sheet, cell });
    }
    const unit = expenditure.unit;
    if (Math.abs(sum - target.fen) <= roundingToleranceFen(unit) * (projects.length + 1)) return;
    const expected = formatAmount(target.fen, unit);
    const actual = formatAmount(sum, unit);
    report({
      sheet: expenditure.sheet,
      cell: toA1(target.row, target.col),
      message: `${projects.length} 个项目绩效目标表的资金合计应等于部门支出总表的项目支出合计：应为 ${expected}，实为 ${actual}（${unit}）`,
      expected,
      actual,
      related,
    });
  },
});
