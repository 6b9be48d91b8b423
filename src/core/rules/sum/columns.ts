/** sum/columns: within a row, 合计 equals the sum of its component columns. */
import { defineRule } from '../types';
import { SUM_SHAPES } from '../../tables/shapes';
import { checkFamily } from './report-identity';

export const columns = defineRule({
  id: 'sum/columns',
  severity: 'error',
  title: '同一行的合计应等于各组成列之和',
  docs: '同一行中，“合计”应等于其组成列之和：支出表 合计 = 基本支出 + 项目支出（+ 经营支出、上解上级支出、对附属单位补助支出）；收入总表 合计 = 本年收入小计 + 上年结转，小计 = 各收入来源之和；基本支出表 合计 = 人员经费 + 公用经费；财政拨款收支总表支出 合计 = 一般公共预算 + 政府性基金 + 国有资本经营；“三公”经费 合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费。差额在四舍五入误差以内时由“sum/rounding”提示。',
  appliesTo: SUM_SHAPES,
  check: checkFamily('columns'),
});
