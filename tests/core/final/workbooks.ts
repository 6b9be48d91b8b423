/**
 * Three 区县 departments' 部门决算 built in code: 卫生健康局 in 万元 (政府性基金 filled),
 * 民政局 in 元 (政府性基金 empty, with its 空表 note; "编制单位/金额单位" meta; 三公 in one row as 公开09表), 农业农村局 in 万元 with
 * 功能分类 codes split over 类|款|项. Each comes clean and with its planted defects.
 */
import type { SheetGrid } from '../../../src/core/grid/types';
import type { EconomicLine, FinalAccounts } from './accounts';
import type { DefectPicks, PlantedDefect } from './defects';
import { plant, plantedDefects } from './defects';
import type { BuiltWorkbook, LayoutOptions } from './sheets';
import { buildFinalWorkbook } from './sheets';

const COMMON_NAMES: Record<string, string> = {
  '201': '一般公共服务支出',
  '20199': '其他一般公共服务支出',
  '208': '社会保障和就业支出',
  '20805': '行政事业单位养老支出',
  '20808': '抚恤',
  '210': '卫生健康支出',
  '21011': '行政事业单位医疗',
  '221': '住房保障支出',
  '22102': '住房改革支出',
  '229': '其他支出',
  '22960': '彩票公益金安排的支出',
  '301': '工资福利支出',
  '302': '商品和服务支出',
  '303': '对个人和家庭的补助',
  '310': '资本性支出',
};

/** 经济分类 款 lines most departments have; 30299 takes the rest of 基本支出. */
const ECONOMIC = (scale: number, extra: EconomicLine[] = []): EconomicLine[] => [
  { code: '30101', name: '基本工资', amount: 15620 * scale },
  { code: '30102', name: '津贴补贴', amount: 18340 * scale },
  { code: '30103', name: '奖金', amount: 1302 * scale },
  { code: '30107', name: '绩效工资', amount: 9860 * scale },
  { code: '30108', name: '机关事业单位基本养老保险缴费', amount: 8632 * scale },
  { code: '30109', name: '职业年金缴费', amount: 3450 * scale },
  { code: '30110', name: '职工基本医疗保险缴费', amount: 4210 * scale },
  { code: '30112', name: '其他社会保障缴费', amount: 420 * scale },
  { code: '30113', name: '住房公积金', amount: 6320 * scale },
  { code: '30201', name: '办公费', amount: 860 * scale },
  { code: '30205', name: '水费', amount: 120 * scale },
  { code: '30206', name: '电费', amount: 380 * scale },
  { code: '30207', name: '邮电费', amount: 150 * scale },
  { code: '30211', name: '差旅费', amount: 540 * scale },
  { code: '30217', name: '公务接待费', amount: 96 * scale },
  { code: '30228', name: '工会经费', amount: 310 * scale },
  { code: '30229', name: '福利费', amount: 200 * scale },
  { code: '30231', name: '公务用车运行维护费', amount: 480 * scale },
  { code: '30239', name: '其他交通费用', amount: 1450 * scale },
  { code: '30299', name: '其他商品和服务支出' },
  { code: '30305', name: '生活补助', amount: 120 * scale },
  { code: '30307', name: '医疗费补助', amount: 80 * scale },
  { code: '31002', name: '办公设备购置', amount: 260 * scale },
  ...extra,
];

/** 县卫生健康局, 2024, 万元: 彩票公益金 in the 政府性基金 table, 事业收入 on 基本公共卫生服务. */
export const HEALTH: FinalAccounts = {
  unitName: '某县卫生健康局',
  year: 2024,
  unit: '万元',
  splitCodes: false,
  names: {
    ...COMMON_NAMES,
    '21001': '卫生健康管理事务',
    '21004': '公共卫生',
  },
  items: [
    { code: '2019999', name: '其他一般公共服务支出', general: { income: 1200, basic: 0, project: 1200 } },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', general: { income: 8632, basic: 8632, project: 0 } },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', general: { income: 3450, basic: 3450, project: 0 } },
    { code: '2080801', name: '死亡抚恤', general: { income: 1520, basic: 0, project: 1520 } },
    {
      code: '2100101',
      name: '行政运行',
      general: { income: 52678, basic: 52678, project: 0 },
      other: { business: 0, otherIncome: 350, basic: 300, project: 0 },
    },
    { code: '2100199', name: '其他卫生健康管理事务支出', general: { income: 12500, basic: 0, project: 11800 } },
    {
      code: '2100408',
      name: '基本公共卫生服务',
      general: { income: 86540, basic: 0, project: 86540 },
      other: { business: 2680, otherIncome: 0, basic: 0, project: 2500 },
    },
    { code: '2100409', name: '重大公共卫生服务', general: { income: 23400, basic: 0, project: 21950 } },
    { code: '2101101', name: '行政单位医疗', general: { income: 4210, basic: 4210, project: 0 } },
    { code: '2101102', name: '事业单位医疗', general: { income: 1890, basic: 1890, project: 0 } },
    { code: '2210201', name: '住房公积金', general: { income: 6320, basic: 6320, project: 0 } },
    { code: '2296002', name: '用于社会福利的彩票公益金支出', fund: { opening: 1500, income: 5000, project: 4200 } },
  ],
  economic: ECONOMIC(1),
  threePublic: {
    budget: { abroad: 0, purchase: 0, upkeep: 500, reception: 120 },
    actual: { abroad: 0, purchase: 0, upkeep: 480, reception: 96 },
  },
  opening: { general: 2300, other: 150 },
  unusedNonFiscal: 0,
  distribution: 0,
};

/** 县民政局, 2023, 元 (cents are 分): no 政府性基金, 其他收入 on 行政运行, 使用非财政拨款结余. */
export const CIVIL_AFFAIRS: FinalAccounts = {
  unitName: '某县民政局',
  year: 2023,
  unit: '元',
  splitCodes: false,
  names: {
    ...COMMON_NAMES,
    '20802': '民政管理事务',
    '20810': '社会福利',
    '20820': '临时救助',
  },
  items: [
    { code: '2019999', name: '其他一般公共服务支出', general: { income: 3560000, basic: 0, project: 3560000 } },
    {
      code: '2080201',
      name: '行政运行',
      general: { income: 316453217, basic: 316453217, project: 0 },
      other: { business: 0, otherIncome: 1250050, basic: 1180000, project: 0 },
    },
    { code: '2080208', name: '基层政权建设和社区治理', general: { income: 45800000, basic: 0, project: 43216588 } },
    {
      code: '2080505',
      name: '机关事业单位基本养老保险缴费支出',
      general: { income: 31245672, basic: 31245672, project: 0 },
    },
    {
      code: '2080506',
      name: '机关事业单位职业年金缴费支出',
      general: { income: 12498269, basic: 12498269, project: 0 },
    },
    { code: '2081002', name: '老年福利', general: { income: 126530000, basic: 0, project: 126530000 } },
    { code: '2082001', name: '临时救助支出', general: { income: 38900000, basic: 0, project: 37654321 } },
    { code: '2101101', name: '行政单位医疗', general: { income: 15234509, basic: 15234509, project: 0 } },
    { code: '2210201', name: '住房公积金', general: { income: 22896012, basic: 22896012, project: 0 } },
  ],
  // 元 figures about 5000 times the 万元 ones of the health bureau's lines, with 分 kept.
  economic: ECONOMIC(5000, [{ code: '31013', name: '公务用车购置', amount: 23800000 }]).map((line, i) =>
    line.amount === undefined ? line : { ...line, amount: line.amount + (i % 7) * 13 },
  ),
  threePublic: {
    budget: { abroad: 0, purchase: 24000000, upkeep: 2500000, reception: 500000 },
    actual: { abroad: 0, purchase: 23800000, upkeep: 2356072, reception: 471236 },
  },
  opening: { general: 5830000, other: 640000 },
  unusedNonFiscal: 300000,
  distribution: 0,
};

/** 县农业农村局, 2024, 万元, codes split 类|款|项; a 政府性基金 line in 农林水 beside 一般公共预算 ones. */
export const AGRICULTURE: FinalAccounts = {
  unitName: '某县农业农村局',
  year: 2024,
  unit: '万元',
  splitCodes: true,
  names: {
    ...COMMON_NAMES,
    '213': '农林水支出',
    '21301': '农业农村',
    '21366': '大中型水库库区基金安排的支出',
  },
  items: [
    { code: '2019999', name: '其他一般公共服务支出', general: { income: 860, basic: 0, project: 860 } },
    { code: '2080505', name: '机关事业单位基本养老保险缴费支出', general: { income: 9214, basic: 9214, project: 0 } },
    { code: '2080506', name: '机关事业单位职业年金缴费支出', general: { income: 3686, basic: 3686, project: 0 } },
    { code: '2101101', name: '行政单位医疗', general: { income: 4630, basic: 4630, project: 0 } },
    { code: '2130101', name: '行政运行', general: { income: 61245, basic: 61245, project: 0 } },
    { code: '2130104', name: '事业运行', general: { income: 18760, basic: 18760, project: 0 } },
    {
      code: '2130122',
      name: '农业生产发展',
      general: { income: 152300, basic: 0, project: 148675 },
      other: { business: 0, otherIncome: 1200, basic: 0, project: 1200 },
    },
    { code: '2130153', name: '农田建设', general: { income: 236000, basic: 0, project: 236000 } },
    { code: '2136601', name: '基础设施建设和经济发展', fund: { opening: 820, income: 12600, project: 11950 } },
    { code: '2210201', name: '住房公积金', general: { income: 7012, basic: 7012, project: 0 } },
  ],
  economic: ECONOMIC(1, [{ code: '31013', name: '公务用车购置', amount: 2450 }]),
  threePublic: {
    budget: { abroad: 0, purchase: 2500, upkeep: 600, reception: 150 },
    actual: { abroad: 0, purchase: 2450, upkeep: 480, reception: 96 },
  },
  opening: { general: 4120, other: 0 },
  unusedNonFiscal: 0,
  distribution: 0,
};

export interface FinalFixture {
  name: string;
  accounts: FinalAccounts;
  built: BuiltWorkbook;
  /** The workbook as published, consistent. */
  clean: SheetGrid[];
  defects: PlantedDefect[];
  /** The workbook with every defect planted. */
  defective: SheetGrid[];
}

function fixture(name: string, accounts: FinalAccounts, picks: DefectPicks, options: LayoutOptions = {}): FinalFixture {
  const built = buildFinalWorkbook(accounts, options);
  const defects = plantedDefects(built, picks);
  return { name, accounts, built, clean: built.grids, defects, defective: plant(built.grids, defects) };
}

/** Fresh fixtures (tests may edit their grids). */
export function finalFixtures(): FinalFixture[] {
  return [
    fixture('卫生健康局（万元）', HEALTH, {
      incomeItem: '2100101',
      expenditureItem: '2080801',
      generalProjectItem: '2100408',
      consistentExpenditureItem: '2210201',
      consistentGeneralItem: '2101101',
      personnelLine: '30101',
      roundingClass: '208',
      fundItem: '2296002',
    }),
    fixture(
      '民政局（元）',
      CIVIL_AFFAIRS,
      {
        incomeItem: '2080201',
        expenditureItem: '2082001',
        generalProjectItem: '2081002',
        consistentExpenditureItem: '2210201',
        consistentGeneralItem: '2101101',
        personnelLine: '30102',
        roundingClass: '210',
      },
      { publishedMeta: true, threePublicInOneRow: true },
    ),
    fixture('农业农村局（万元，类款项分列）', AGRICULTURE, {
      incomeItem: '2130122',
      expenditureItem: '2130153',
      generalProjectItem: '2130122',
      consistentExpenditureItem: '2101101',
      consistentGeneralItem: '2080505',
      personnelLine: '30113',
      roundingClass: '208',
      fundItem: '2136601',
    }),
  ];
}
