/** The standard row lists of the 部门预算公开 tables: 收入 sources and the 31 功能分类 类 (2023 科目). */

export const INCOME_SOURCES = [
  '一、一般公共预算拨款收入',
  '二、政府性基金预算拨款收入',
  '三、国有资本经营预算拨款收入',
  '四、财政专户管理资金收入',
  '五、事业收入',
  '六、事业单位经营收入',
  '七、上级补助收入',
  '八、附属单位上缴收入',
  '九、其他收入',
];

export const FISCAL_INCOME_SOURCES = ['一、一般公共预算拨款', '二、政府性基金预算拨款', '三、国有资本经营预算拨款'];

/** 功能分类 类 names in the published order, numbered 一 … 三十一 as in the tables. */
const FUNCTION_CLASS_NAMES = [
  '一般公共服务支出',
  '外交支出',
  '国防支出',
  '公共安全支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '社会保障和就业支出',
  '社会保险基金支出',
  '卫生健康支出',
  '节能环保支出',
  '城乡社区支出',
  '农林水支出',
  '交通运输支出',
  '资源勘探工业信息等支出',
  '商业服务业等支出',
  '金融支出',
  '援助其他地区支出',
  '自然资源海洋气象等支出',
  '住房保障支出',
  '粮油物资储备支出',
  '国有资本经营预算支出',
  '灾害防治及应急管理支出',
  '预备费',
  '其他支出',
  '转移性支出',
  '债务还本支出',
  '债务付息支出',
  '债务发行费用支出',
  '抗疫特别国债安排的支出',
  '人行科目',
];

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 21 → 二十一 (up to 99). */
export function chineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones];
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[ones]}`;
}

export const FUNCTION_CLASSES = FUNCTION_CLASS_NAMES.map((name, i) => `${chineseNumeral(i + 1)}、${name}`);
