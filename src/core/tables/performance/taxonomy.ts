/**
 * The indicator taxonomy of DESIGN.md §3: 一级 and 二级 categories with their aliases, which 二级
 * belongs under which 一级, their canonical order, and the 必填/选填 marks written into labels.
 */
import { labelKey } from '../../parse/normalize';

export const LEVEL1_IDS = ['output', 'cost', 'benefit', 'satisfaction'] as const;
export type Level1Id = (typeof LEVEL1_IDS)[number];

/** In canonical order: a missing category is inserted before the first one that follows it here. */
export const LEVEL2_IDS = [
  'quantity',
  'quality',
  'timeliness',
  'output-cost',
  'economic-cost',
  'social-cost',
  'ecological-cost',
  'economic-benefit',
  'social-benefit',
  'ecological-benefit',
  'sustainability',
  'satisfaction',
] as const;
export type Level2Id = (typeof LEVEL2_IDS)[number];

export const LEVEL1_LABELS: Record<Level1Id, string> = {
  output: '产出指标',
  cost: '成本指标',
  benefit: '效益指标',
  satisfaction: '满意度指标',
};

export const LEVEL2_LABELS: Record<Level2Id, string> = {
  quantity: '数量指标',
  quality: '质量指标',
  timeliness: '时效指标',
  'output-cost': '成本指标',
  'economic-cost': '经济成本指标',
  'social-cost': '社会成本指标',
  'ecological-cost': '生态环境成本指标',
  'economic-benefit': '经济效益指标',
  'social-benefit': '社会效益指标',
  'ecological-benefit': '生态效益指标',
  sustainability: '可持续影响指标',
  satisfaction: '服务对象满意度指标',
};

/** 一级 → the 二级 allowed under it (成本指标 under 产出指标 in older layouts). */
export const ALLOWED_LEVEL2: Record<Level1Id, readonly Level2Id[]> = {
  output: ['quantity', 'quality', 'timeliness', 'output-cost'],
  cost: ['economic-cost', 'social-cost', 'ecological-cost'],
  benefit: ['economic-benefit', 'social-benefit', 'ecological-benefit', 'sustainability'],
  satisfaction: ['satisfaction'],
};

/** Every 二级 that counts as a cost indicator, whichever layout put it where. */
export const COST_LEVEL2: readonly Level2Id[] = ['output-cost', 'economic-cost', 'social-cost', 'ecological-cost'];

const LEVEL1_ALIASES: [string, Level1Id][] = [
  ['产出指标', 'output'],
  ['产出', 'output'],
  ['成本指标', 'cost'],
  ['成本', 'cost'],
  ['效益指标', 'benefit'],
  ['效果指标', 'benefit'],
  ['效益', 'benefit'],
  ['满意度指标', 'satisfaction'],
  ['满意度', 'satisfaction'],
];

const LEVEL2_ALIASES: [string, Level2Id][] = [
  ['数量指标', 'quantity'],
  ['质量指标', 'quality'],
  ['时效指标', 'timeliness'],
  ['成本指标', 'output-cost'],
  ['经济成本指标', 'economic-cost'],
  ['社会成本指标', 'social-cost'],
  ['生态环境成本指标', 'ecological-cost'],
  ['生态成本指标', 'ecological-cost'],
  ['环境成本指标', 'ecological-cost'],
  ['经济效益指标', 'economic-benefit'],
  ['社会效益指标', 'social-benefit'],
  ['生态效益指标', 'ecological-benefit'],
  ['环境效益指标', 'ecological-benefit'],
  ['生态环境效益指标', 'ecological-benefit'],
  ['可持续影响指标', 'sustainability'],
  ['可持续发展指标', 'sustainability'],
  ['服务对象满意度指标', 'satisfaction'],
  ['社会公众或服务对象满意度指标', 'satisfaction'],
  ['社会公众满意度指标', 'satisfaction'],
  ['满意度指标', 'satisfaction'],
];

export type RequirementMark = 'required' | 'optional';

const MARK_RE = /[(]\s*(必填硬性指标|必填项?|必选项?|选填项?|可选项?)\s*[)]/;

/** A label's 必填/选填 mark and the label without it: "数量指标（必填硬性指标）" → required, "数量指标". */
export function splitMark(label: string): { text: string; mark: RequirementMark | null } {
  const key = labelKey(label);
  const match = MARK_RE.exec(key);
  if (!match) return { text: key, mark: null };
  const mark = /必/.test(match[1]) ? 'required' : 'optional';
  return { text: key.replace(MARK_RE, ''), mark };
}

/** Alias → id and the alias's place in its list: where a name matches two aliases, the earlier one wins. */
function aliasIndex<T>(aliases: readonly [string, T][]): Map<string, { id: T; order: number }> {
  const index = new Map<string, { id: T; order: number }>();
  aliases.forEach(([alias, id], order) => {
    if (!index.has(alias)) index.set(alias, { id, order });
  });
  return index;
}

const LEVEL1_INDEX = aliasIndex(LEVEL1_ALIASES);
const LEVEL2_INDEX = aliasIndex(LEVEL2_ALIASES);

export function classifyLevel1(label: string): Level1Id | null {
  return classify(label, LEVEL1_INDEX);
}

export function classifyLevel2(label: string): Level2Id | null {
  return classify(label, LEVEL2_INDEX);
}

/** "1." "一、" "（三）" before a label: outline numbering, not part of the name. */
const NUMBERING_RE = /^(\d+[.、]|[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\))/;

/**
 * The category a label names: its text without mark, weight and numbering, with or without the trailing
 * 指标 ("社会效益"), or any part of a combined label ("满意度指标/服务对象满意度").
 */
function classify<T>(label: string, aliases: Map<string, { id: T; order: number }>): T | null {
  // A bracket left after the mark is a weight or remark ("（50分）"), not part of the name.
  const text = splitMark(label).text.replace(/\([^()]*\)$/, '');
  for (const part of text.split('/')) {
    const name = part.replace(NUMBERING_RE, '');
    // The name itself or with 指标 added, whichever alias comes first in the list.
    const bare = aliases.get(name);
    const suffixed = aliases.get(`${name}指标`);
    const found = bare && suffixed ? (bare.order < suffixed.order ? bare : suffixed) : (bare ?? suffixed);
    if (found) return found.id;
  }
  return null;
}

/** The 一级 a 二级 normally sits under (成本指标 under 产出 as the older layouts have it). */
export function parentOf(level2: Level2Id): Level1Id {
  for (const id of LEVEL1_IDS) if (ALLOWED_LEVEL2[id].includes(level2)) return id;
  return 'output';
}
