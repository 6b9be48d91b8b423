/** The standard row and column lists of the 部门决算公开 tables (财政部 部门决算 公开01–09表). */

/** 收入支出决算总表: the income rows, in the published order. */
export const FINAL_INCOME_SOURCES = [
  '一、一般公共预算财政拨款收入',
  '二、政府性基金预算财政拨款收入',
  '三、国有资本经营预算财政拨款收入',
  '四、上级补助收入',
  '五、事业收入',
  '六、经营收入',
  '七、附属单位上缴收入',
  '八、其他收入',
];

/** 收入决算表: the columns that make up 本年收入合计. */
export const FINAL_INCOME_COLUMNS = [
  '财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
];

/** 支出决算表: the columns that make up 本年支出合计 (基本支出 and 项目支出 first). */
export const FINAL_EXPENDITURE_COLUMNS = ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];

/** 财政拨款收入支出决算总表: the three funds, as income rows and as 年初结转和结余 lines. */
export const FINAL_FISCAL_FUNDS = [
  '一、一般公共预算财政拨款',
  '二、政府性基金预算财政拨款',
  '三、国有资本经营预算财政拨款',
];

/** 财政拨款收入支出决算总表: the spending columns of the three funds, in the same order. */
export const FINAL_FUND_COLUMNS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];
