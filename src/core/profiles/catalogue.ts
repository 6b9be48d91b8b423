/**
 * The regional profiles: 财政部 2021 指引 (the default), 宁夏, 河北 and 上海, each with its mandatory
 * indicator categories as the published templates and guidelines set them.
 */
import { categoryRequirement } from './requirements';
import type { Profile, Requirement } from './types';

/** 数量、质量、时效指标: mandatory under every guideline. */
const OUTPUTS: readonly Requirement[] = (['quantity', 'quality', 'timeliness'] as const).map(categoryRequirement);
const COST_IDS = ['output-cost', 'economic-cost', 'social-cost', 'ecological-cost'] as const;
const OUTPUT_COST: Requirement = { label: '成本指标', anyOf: COST_IDS, insert: 'output-cost' };
const ECONOMIC_COST: Requirement = { label: '成本指标', anyOf: COST_IDS, insert: 'economic-cost' };
const ANY_BENEFIT: Requirement = {
  label: '效益指标（至少一类）',
  anyOf: ['economic-benefit', 'social-benefit', 'ecological-benefit', 'sustainability'],
  insert: 'social-benefit',
};
const SOCIAL_BENEFIT = categoryRequirement('social-benefit');
const SUSTAINABILITY = categoryRequirement('sustainability');
const SATISFACTION = categoryRequirement('satisfaction');

export const MOF_2021: Profile = {
  id: 'mof-2021',
  name: '财政部 2021 指引',
  description:
    '《项目支出绩效评价管理办法》及 2021 年项目支出绩效目标编制指引：数量、质量、时效、成本指标必填，效益指标至少填一类，服务对象满意度指标必填。',
  requirements: [...OUTPUTS, ECONOMIC_COST, ANY_BENEFIT, SATISFACTION],
};

export const NINGXIA: Profile = {
  id: 'ningxia',
  name: '宁夏',
  description:
    '宁夏项目支出预算绩效目标申报表：按模板中的“（必填）”“（必填硬性指标）”标注，数量、质量、时效、成本、社会效益、可持续影响和服务对象满意度指标必填，经济效益、生态效益指标选填。',
  requirements: [...OUTPUTS, OUTPUT_COST, SOCIAL_BENEFIT, SUSTAINABILITY, SATISFACTION],
};

export const HEBEI: Profile = {
  id: 'hebei',
  name: '河北',
  description:
    '河北项目支出绩效目标表（项目编码、预算数、资金支出计划、绩效指标描述、指标值确定依据）：数量、质量、时效、成本指标必填，效益（效果）指标至少一类，服务对象满意度指标必填；指标值确定依据应填写。',
  requirements: [...OUTPUTS, OUTPUT_COST, ANY_BENEFIT, SATISFACTION],
};

export const SHANGHAI: Profile = {
  id: 'shanghai',
  name: '上海',
  description:
    '上海财政项目支出绩效目标申报表：成本指标为一级指标（经济成本、社会成本、生态环境成本），数量、质量、时效、成本指标必填，效益指标至少一类，满意度指标必填。',
  requirements: [...OUTPUTS, ECONOMIC_COST, ANY_BENEFIT, SATISFACTION],
};

export const PROFILES: readonly Profile[] = [MOF_2021, NINGXIA, HEBEI, SHANGHAI];
