/**
 * The nine 部门决算 tables (DESIGN.md §3, ids final.*): the 预算 shapes with the 决算 columns
 * (年初结转和结余, 本年收入/支出, 年末结转和结余; 预算数 beside 决算数 in the 三公 table).
 * Titles are often short ("收入支出决算总表" in A1) and sheet names numbered ("1收入支出决算总表").
 */
import type { KindDeclaration, RequiredColumn } from './types';

const CODE: RequiredColumn = [['code', 'code-class'], '科目编码'];
const NAME: RequiredColumn = [['name'], '科目名称'];
const TOTAL: RequiredColumn = [['total'], '合计'];

export const FINAL_DECLARATIONS = {
  'final.summary': {
    label: '收入支出决算总表',
    family: 'final',
    shape: 'summary',
    part: 'summary',
    standard: true,
    titles: ['收入支出决算总表', '部门收支决算总表', '部门收入支出决算总表', '收支决算总表', '部门决算收支总表'],
    requiredColumns: [
      [['name'], '项目'],
      [['total'], '金额/决算数'],
    ],
  },
  'final.income': {
    label: '收入决算表',
    family: 'final',
    shape: 'code-table',
    part: 'income',
    standard: true,
    titles: ['收入决算表', '部门收入决算表', '部门决算收入表'],
    requiredColumns: [CODE, NAME, TOTAL],
  },
  'final.expenditure': {
    label: '支出决算表',
    family: 'final',
    shape: 'code-table',
    part: 'expenditure',
    standard: true,
    titles: ['支出决算表', '部门支出决算表', '部门决算支出表'],
    requiredColumns: [CODE, NAME, TOTAL, [['basic'], '基本支出'], [['project'], '项目支出']],
  },
  'final.fiscal-summary': {
    label: '财政拨款收入支出决算总表',
    family: 'final',
    shape: 'fiscal-summary',
    part: 'fiscal-summary',
    standard: true,
    balancesByFund: true,
    titles: ['财政拨款收入支出决算总表', '财政拨款收支决算总表', '部门财政拨款收入支出决算总表'],
    requiredColumns: [
      [['name'], '项目'],
      [['total'], '合计/金额'],
      [['general'], '一般公共预算财政拨款'],
    ],
  },
  'final.general-expenditure': {
    label: '一般公共预算财政拨款支出决算表',
    family: 'final',
    shape: 'code-table',
    part: 'general-expenditure',
    standard: true,
    detailLevel: 'item',
    titles: ['一般公共预算财政拨款支出决算表', '一般公共预算支出决算表', '一般公共预算财政拨款支出决算明细表'],
    requiredColumns: [CODE, NAME, TOTAL, [['basic'], '基本支出'], [['project'], '项目支出']],
  },
  'final.general-basic': {
    label: '一般公共预算财政拨款基本支出决算表',
    family: 'final',
    shape: 'code-table',
    part: 'general-basic',
    standard: true,
    classification: 'economic',
    detailLevel: 'section',
    titles: [
      '一般公共预算财政拨款基本支出决算表',
      '一般公共预算基本支出决算表',
      '一般公共预算财政拨款基本支出决算明细表',
    ],
    requiredColumns: [CODE, NAME, TOTAL],
  },
  'final.fund': {
    label: '政府性基金预算财政拨款收入支出决算表',
    family: 'final',
    shape: 'code-table',
    part: 'fund',
    standard: true,
    detailLevel: 'item',
    titles: [
      '政府性基金预算财政拨款收入支出决算表',
      '政府性基金预算财政拨款支出决算表',
      '政府性基金预算收入支出决算表',
      '政府基金预算财政拨款收入支出决算表',
    ],
    requiredColumns: [CODE, NAME, TOTAL],
  },
  'final.capital': {
    label: '国有资本经营预算财政拨款支出决算表',
    family: 'final',
    shape: 'code-table',
    part: 'capital',
    standard: true,
    detailLevel: 'item',
    titles: [
      '国有资本经营预算财政拨款支出决算表',
      '国有资本经营预算财政拨款收入支出决算表',
      '国有资本经营预算支出决算表',
      '国有资本经营预算收入支出决算表',
    ],
    requiredColumns: [CODE, NAME, TOTAL],
  },
  'final.three-public': {
    label: '财政拨款"三公"经费支出决算表',
    family: 'final',
    shape: 'three-public',
    part: 'three-public',
    standard: true,
    titles: [
      '财政拨款三公经费支出决算表',
      '一般公共预算财政拨款三公经费支出决算表',
      '三公经费支出决算表',
      '三公经费决算表',
      '一般公共预算三公经费支出决算表',
    ],
  },
} as const satisfies Record<string, KindDeclaration>;
