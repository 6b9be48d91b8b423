/** sum/balance: the 收支总表 balance — 收入总计 = 支出总计, 总计 = 本年合计 + 结转, 本年合计 = Σ lines. */
import { defineRule } from '../types';
import { checkFamily } from './report-identity';

export const balance = defineRule({
  id: 'sum/balance',
  severity: 'error',
  title: '收支总表应收支平衡',
  docs: '部门收支总表和财政拨款收支总表必须收支平衡：收入总计应等于支出总计；收入总计应等于本年收入合计加上年结转结余，支出总计应等于本年支出合计加年终结转结余；本年收入合计应等于各项收入之和，本年支出合计应等于各功能分类类级支出之和。部门决算的收入支出决算总表：总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 本年支出合计 + 结余分配 + 年末结转和结余；财政拨款收入支出决算总表另按一般公共预算、政府性基金、国有资本经营分别核对 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出。例如本年收入合计 107.54 万元、上年结转 0，则收入总计应为 107.54 万元。差额在四舍五入误差以内时由“sum/rounding”提示。',
  appliesTo: ['summary', 'fiscal-summary'],
  check: checkFamily('balance'),
});
