/** sum/columns: within a row, 合计 equals the sum of its component columns. */
import { defineRule } from '../types';
import { SUM_SHAPES } from '../../tables/shapes';
import { checkFamily } from './report-identity';

export const columns = defineRule({
  id: 'sum/columns',
  severity: 'error',
  title: '同一行的合计应等于各组成列之和',
  docs: '同一行中，“合计”应等于其组成列之和：支出表 合计 = 基本支出 + 项目支出（+ 经营支出、上解上级支出、对附属单位补助支出）；收入总表 合计 = 本年收入小计 + 上年结转，小计 = 各收入来源之和；基本支出表 合计 = 人员经费 + 公用经费；财政拨款收支总表支出和“三公”经费表各项 合计 = 一般公共预算 + 政府性基金 + 国有资本经营；部门决算的收入决算表 本年收入合计 = 各收入来源之和，支出决算表 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出，政府性基金、国有资本经营决算表逐行 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出。“三公”经费各项目之间的合计关系由“cross/three-public”检查。差额在四舍五入误差以内时由“sum/rounding”提示。',
  appliesTo: SUM_SHAPES,
  check: checkFamily('columns'),
});
