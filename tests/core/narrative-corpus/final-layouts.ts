/**
 * 部门决算情况说明 layouts written against the built 决算 workbook (tests/core/helpers/final-workbook.ts):
 * 收入 总计 126 = 本年收入 116 (一般公共预算 100, 基金 10, 事业 5, 其他 1) + 结余 2 + 年初结转 8; 本年支出
 * 112 = 基本 72 + 项目 40; 一般公共预算 95 (基本 65: 人员 55, 公用 10; 项目 30): 2010301 行政运行 55,
 * 2010302 一般行政管理事务 30, 2080505 机关事业单位基本养老保险缴费支出 10; "三公" 预算数 5 (出国 1.5,
 * 用车 2.5, 接待 1), 决算数 4 (出国 1, 用车 2, 接待 1). Amounts in 万元 unless the layout says 元.
 */
import type { FinalOptions } from '../helpers/final-workbook';
import type { PlantedDefect } from './layouts';

export interface FinalNarrativeLayout {
  name: string;
  tables: FinalOptions;
  paragraphs: string[];
  defects: PlantedDefect[];
}

const AMOUNT = 'narrative/amount-mismatch';
const SUBJECT = 'narrative/subject-mismatch';
const ARITHMETIC = 'narrative/change-arithmetic';
const COMPLETION = 'narrative/completion-rate';
const WORDING = 'narrative/wording';
const REASON = 'narrative/change-reason';
const THREE_PUBLIC = 'narrative/three-public-items';
/** The 三公 paragraph of a 决算 text in 万元: every item with both figures, and the reason for the gap. */
const THREE_PUBLIC_WAN =
  '2023年度“三公”经费支出年初预算为5万元，支出决算为4万元，完成年初预算的80%。其中：因公出国（境）费年初预算为1.5万元，支出决算为1万元；公务用车购置及运行维护费年初预算为2.5万元，支出决算为2万元；公务接待费年初预算为1万元，支出决算为1万元。决算数小于年初预算数的主要原因是厉行节约。';

export const FINAL_LAYOUTS: readonly FinalNarrativeLayout[] = [
  {
    name: '财政部 部门决算公开模板（万元）',
    tables: {},
    paragraphs: [
      '一、收入支出决算总体情况说明',
      '2023年度收入总计126万元，支出总计126万元。与上年相比，收、支总计各增加6万元，增长5%，主要原因是新增项目。',
      '二、收入决算情况说明',
      '本年收入合计116万元，其中：一般公共预算财政拨款收入100万元，政府性基金预算财政拨款收入10万元，事业收入5万元，其他收入1万元。',
      '三、支出决算情况说明',
      '本年支出合计112万元，其中：基本支出72万元，项目支出40万元。',
      '四、一般公共预算财政拨款支出决算情况说明',
      '1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）。年初预算为50万元，支出决算为55万元，完成年初预算的110%。决算数大于年初预算数的主要原因是人员调入。',
      '五、一般公共预算财政拨款基本支出决算情况说明',
      '2023年度一般公共预算财政拨款基本支出65万元，其中：人员经费55万元，公用经费10万元。',
      '六、财政拨款“三公”经费支出决算情况说明',
      THREE_PUBLIC_WAN,
    ],
    defects: [
      { ruleId: ARITHMETIC, at: 1, from: '增长5%', to: '增长6%' },
      { ruleId: AMOUNT, at: 3, from: '政府性基金预算财政拨款收入10万元', to: '政府性基金预算财政拨款收入12万元' },
      {
        ruleId: SUBJECT,
        at: 7,
        from: '支出决算为55万元，完成年初预算的110%',
        to: '支出决算为57万元，完成年初预算的114%',
      },
      { ruleId: COMPLETION, at: 11, from: '完成年初预算的80%', to: '完成年初预算的85%' },
      { ruleId: AMOUNT, at: 11, from: '因公出国（境）费年初预算为1.5万元', to: '因公出国（境）费年初预算为1.8万元' },
      { ruleId: THREE_PUBLIC, at: 11, from: '；公务接待费年初预算为1万元，支出决算为1万元', to: '' },
    ],
  },
  {
    name: '元为单位的决算（千位分隔）',
    tables: { unit: '元' },
    paragraphs: [
      '一、收入支出决算总体情况',
      '2023年度本年收入合计1,160,000.00元，本年支出合计1,120,000.00元，比上年增加100,000.00元，主要原因是新增信息化项目。其中基本支出720,000.00元，项目支出400,000.00元。',
      '二、一般公共预算财政拨款支出决算具体情况',
      '2010302 一般行政管理事务 300，000.00元，主要用于信息化运维。',
      '三、“三公”经费',
      '“三公”经费支出年初预算为50,000.00元，支出决算为40,000.00元，其中：因公出国（境）费年初预算为15,000.00元，支出决算为10,000.00元；公务用车购置及运行维护费年初预算为25,000.00元，支出决算为20,000.00元；公务接待费年初预算为10,000.00元，支出决算为10,000.00元。',
      '决算数小于年初预算数的主要原因是压减公务用车运行维护费。',
    ],
    defects: [
      { ruleId: AMOUNT, at: 1, from: '项目支出400,000.00元', to: '项目支出40,000.00元' },
      { ruleId: REASON, at: 1, from: '，主要原因是新增信息化项目', to: '' },
      { ruleId: SUBJECT, at: 3, from: '2010302 一般行政管理事务', to: '2010302 一般行政管理' },
      {
        ruleId: THREE_PUBLIC,
        at: 5,
        edit: 6,
        from: '决算数小于年初预算数的主要原因是压减公务用车运行维护费。',
        to: '详见附表。',
      },
    ],
  },
  {
    name: '分列类款项编码的决算（不加括号的类款项、机关运行经费）',
    tables: { splitCodes: true },
    paragraphs: [
      '（一）一般公共预算财政拨款支出决算具体情况',
      '社会保障和就业支出类行政事业单位养老支出款机关事业单位基本养老保险缴费支出项，支出决算为10万元。',
      '（二）机关运行经费',
      '2023年度机关运行经费支出10万元，比上年减少1万元，下降9.09%，主要原因是压减办公经费。',
      '（三）其他说明',
      '本部门2023年度机关运行经费10万元，已全部用于日常公用支出。',
      '（四）“三公”经费',
      THREE_PUBLIC_WAN,
    ],
    defects: [
      {
        ruleId: SUBJECT,
        at: 1,
        from: '行政事业单位养老支出款机关事业单位基本养老保险缴费支出项',
        to: '行政事业单位医疗款机关事业单位基本养老保险缴费支出项',
      },
      { ruleId: WORDING, at: 3, from: '比上年减少1万元', to: '比上年减少增长1万元' },
      { ruleId: AMOUNT, at: 5, from: '机关运行经费10万元', to: '机关运行经费12万元' },
    ],
  },
];
