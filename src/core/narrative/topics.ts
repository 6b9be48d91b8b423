/** The quantities a 情况说明 sentence may state, and the words that name each of them. */

export const CLAIM_TOPICS = [
  'income.total',
  'income.general',
  'income.fund',
  'income.capital',
  'income.fiscal',
  'income.special',
  'income.institution',
  'income.business',
  'income.superior',
  'income.affiliated',
  'income.other',
  'income.carryover',
  'expenditure.total',
  'expenditure.basic',
  'expenditure.personnel',
  'expenditure.public',
  'expenditure.project',
  'operating-costs',
  'three-public.total',
  'three-public.abroad',
  'three-public.vehicle',
  'three-public.vehicle-purchase',
  'three-public.vehicle-operation',
  'three-public.reception',
  'procurement',
] as const;
export type ClaimTopic = (typeof CLAIM_TOPICS)[number];

/** zh-CN names used in messages ("情况说明称一般公共预算收入 95.54 万元"). */
export const TOPIC_LABELS: Record<ClaimTopic, string> = {
  'income.total': '收入总额',
  'income.general': '一般公共预算收入',
  'income.fund': '政府性基金预算收入',
  'income.capital': '国有资本经营预算收入',
  'income.fiscal': '财政拨款收入',
  'income.special': '财政专户管理资金收入',
  'income.institution': '事业收入',
  'income.business': '事业单位经营收入',
  'income.superior': '上级补助收入',
  'income.affiliated': '附属单位上缴收入',
  'income.other': '其他收入',
  'income.carryover': '上年结转',
  'expenditure.total': '支出总额',
  'expenditure.basic': '基本支出',
  'expenditure.personnel': '人员经费',
  'expenditure.public': '公用经费',
  'expenditure.project': '项目支出',
  'operating-costs': '机关运行经费',
  'three-public.total': '"三公"经费',
  'three-public.abroad': '因公出国（境）费',
  'three-public.vehicle': '公务用车购置及运行维护费',
  'three-public.vehicle-purchase': '公务用车购置费',
  'three-public.vehicle-operation': '公务用车运行维护费',
  'three-public.reception': '公务接待费',
  procurement: '政府采购预算',
};

interface TopicPattern {
  topic: ClaimTopic;
  /** Tested on the words right before the amount (its clause since the previous amount). */
  words: RegExp;
  /** Words that disqualify the clause (e.g. 支出 for an income source). */
  not?: RegExp;
  /** Income sources also need their sentence to be about income, not spending. */
  incomeSentence?: boolean;
  /**
   * Spending words also name one project's or one unit's money ("网络安全项目支出10万元"): the words
   * before them must be generic (a year, 部门, 其中 …) for the amount to be the department's.
   */
  departmentWide?: boolean;
}

/** The clause talks about spending or last year's carry-over on the spending side. */
const SPENDING = /支出|结余/;
/** Words naming one fiscal source, which excludes the sum of all sources or total spending. */
const SOURCE_WORDS = /一般公共预算|政府性基金|基金预算|国有资本|财政拨款|财政专户|三公/;

/** Words that may stand before a department-wide spending topic; anything else names a part of it. */
const GENERIC_WORDS =
  /\d{4}年度?|本年度?|当年|本部门|我部门|部门|本单位|我单位|单位|机关|预算|安排|其中|包括|和|及|与|、|合计|共计|总计|为|是|财政拨款|一般公共预算|[,:;"(]/g;

/** "涉及财政拨款30万元" of the projects with targets: a part of a source, not the source itself. */
const PART_OF_INCOME = /涉及|项目|绩效/;

/** Most specific first: the first pattern that matches names the topic. */
const TOPIC_PATTERNS: readonly TopicPattern[] = [
  { topic: 'three-public.abroad', words: /因公出国/ },
  { topic: 'three-public.vehicle', words: /公务用车购置(?:及|和|与)运|公务用车费/ },
  { topic: 'three-public.vehicle-purchase', words: /公务用车购置/ },
  { topic: 'three-public.vehicle-operation', words: /公务用车运(?:行|维)/ },
  { topic: 'three-public.reception', words: /公务接待/ },
  { topic: 'three-public.total', words: /三公/ },
  { topic: 'operating-costs', words: /机关运行(?:经)?费/ },
  { topic: 'procurement', words: /政府采购/ },
  { topic: 'expenditure.personnel', words: /人员经费/, departmentWide: true },
  { topic: 'expenditure.public', words: /公用经费/, departmentWide: true },
  { topic: 'expenditure.basic', words: /基本支出/, departmentWide: true },
  { topic: 'expenditure.project', words: /项目支出/, departmentWide: true },
  { topic: 'income.carryover', words: /上年结转|年初结转|上年结余/, not: /年末|年终/, incomeSentence: true },
  { topic: 'income.general', words: /一般公共预算/, not: SPENDING, incomeSentence: true },
  { topic: 'income.fund', words: /政府性基金|基金预算|基金收入/, not: SPENDING, incomeSentence: true },
  { topic: 'income.capital', words: /国有资本经营/, not: SPENDING, incomeSentence: true },
  { topic: 'income.fiscal', words: /财政拨款/, not: SPENDING, incomeSentence: true },
  { topic: 'income.special', words: /财政专户/, not: SPENDING, incomeSentence: true },
  { topic: 'income.business', words: /经营收入/, not: SPENDING, incomeSentence: true },
  { topic: 'income.institution', words: /事业收入/, not: SPENDING, incomeSentence: true },
  { topic: 'income.superior', words: /上级补助/, not: SPENDING, incomeSentence: true },
  { topic: 'income.affiliated', words: /附属单位/, not: SPENDING, incomeSentence: true },
  { topic: 'income.other', words: /其他(?:来源)?收入/, not: SPENDING, incomeSentence: true },
  {
    topic: 'income.total',
    words: /预算收入|收入预算|收入总计|收入合计|本年收入|总收入|收入总额|收入共计|全部收入/,
    not: SOURCE_WORDS,
  },
  {
    topic: 'expenditure.total',
    words: /支出预算|预算支出|支出总计|支出合计|本年支出|总支出|支出总额|支出共计|全部支出/,
    not: SOURCE_WORDS,
    departmentWide: true,
  },
];

/**
 * The topic a clause names, or null when it names none (or several at once: "分别为" lists are
 * skipped because pairing their names with their amounts is guesswork).
 * `clause` is the text right before the amount; `sentence` runs from the sentence start to the amount.
 */
export function topicOf(clause: string, sentence: string): ClaimTopic | null {
  if (/分别/.test(clause)) return null;
  const aboutIncome = /收入|拨款|来源|结转/.test(sentence) && !/支出/.test(sentence);
  for (const pattern of TOPIC_PATTERNS) {
    const match = pattern.words.exec(clause);
    if (!match) continue;
    if (pattern.not?.test(clause)) continue;
    if (pattern.incomeSentence && (!aboutIncome || PART_OF_INCOME.test(clause))) continue;
    if (pattern.departmentWide && clause.slice(0, match.index).replace(GENERIC_WORDS, '') !== '') return null;
    return pattern.topic;
  }
  return null;
}
