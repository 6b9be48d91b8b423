/**
 * funds/project-total: when the workbook also holds the budget tables, this year's money of its
 * 绩效目标 projects is compared with the 项目支出 合计 of the 部门支出总表. A gap is a finding only
 * where the 情况说明 says every project carries targets; otherwise the coverage is stated as info.
 */
import { toA1 } from '../../grid/address';
import { formatAmount, roundingToleranceFen } from '../../parse/amount';
import type { CellRef } from '../../report/types';
import { annualAmount } from '../../tables/performance/queries';
import { defineRule } from '../types';
import { workbookCoverageClaims } from './coverage';

export const projectTotal = defineRule({
  id: 'funds/project-total',
  severity: 'warning',
  title: '绩效目标表项目资金合计与支出总表项目支出不符',
  docs: '同一工作簿既有部门预算表又有项目绩效目标表时，比较各项目本年度的资金（年度资金总额、年度资金申请总额或预算数；一年期项目表中没有时取成本指标金额合计；多年的“项目资金总额”不参与比较）之和与部门支出总表“项目支出”列的合计。只有情况说明写明“所有项目”都编制了绩效目标时，不符才报警告（可能漏报了项目绩效目标或金额填错）；否则许多地方只公开重点项目的绩效目标，本规则以提示说明绩效目标表覆盖了多少项目支出。',
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
      const annual = annualAmount(project);
      if (!annual) return; // a project without this year's amount: the sum cannot be known
      sum += annual.fen;
      const at = annual.cell ?? project.region.title;
      related.push({ sheet: project.sheet, cell: toA1(at.row, at.col) });
    }
    const unit = expenditure.unit;
    if (Math.abs(sum - target.fen) <= roundingToleranceFen(unit) * (projects.length + 1)) return;
    const expected = formatAmount(target.fen, unit);
    const actual = formatAmount(sum, unit);
    const cell = toA1(target.row, target.col);
    const allClaim = workbookCoverageClaims(workbook).find((c) => c.scope === 'all');
    if (allClaim) {
      report({
        sheet: expenditure.sheet,
        cell,
        message: `情况说明称所有项目都编制了绩效目标，${projects.length} 个项目绩效目标表的本年资金合计应等于部门支出总表的项目支出合计：应为 ${expected}，实为 ${actual}（${unit}）`,
        expected,
        actual,
        related: [...related, { sheet: allClaim.sheet, cell: toA1(allClaim.row, allClaim.col) }],
      });
      return;
    }
    const share = target.fen > 0 ? `，占 ${((sum / target.fen) * 100).toFixed(1)}%` : '';
    report({
      sheet: expenditure.sheet,
      cell,
      severity: 'info',
      message: `本工作簿的 ${projects.length} 个项目绩效目标表覆盖本年项目资金 ${actual} ${unit}，部门支出总表项目支出合计 ${expected} ${unit}${share}；情况说明未写明所有项目都编制了绩效目标，不作为差错`,
      expected,
      actual,
      related,
    });
  },
});
