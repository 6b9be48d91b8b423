/** Builders of the 绩效目标 models: project sheets (宁夏, 河北, 上海 layouts) and 部门整体绩效目标. */
import { mergeContaining, textAt } from '../../grid/access';
import type { SheetGrid } from '../../grid/types';
import { labelKey } from '../../parse/normalize';
import type { TableBuilder } from '../base';
import { baseOf } from '../base';
import type { TableKind } from '../kinds';
import { cellAfter, readFunds, readSchedule } from './funds';
import { readIndicatorBlock } from './indicators';
import type {
  DepartmentPerformanceTable,
  IndicatorBlock,
  LayoutHints,
  ProjectFacts,
  ProjectPerformanceTable,
  TextCell,
} from './model';
import type { CellRange } from '../../grid/types';
import type { TableRegion } from '../../recognize/region';

const buildProject: TableBuilder<ProjectPerformanceTable> = (ctx) => {
  const { grid, region } = ctx;
  const { range } = region;
  const indicators = readIndicatorBlock(grid, range);
  // The funds and schedule sit above the indicator header; reading only there keeps 成本 rows out.
  const upper = indicators ? { ...range, bottom: indicators.headerRow } : range;
  const table: ProjectPerformanceTable = {
    ...baseOf('performance.project', ctx),
    funds: readFunds(grid, upper, region.unit?.value),
    schedule: readSchedule(grid, upper),
    indicators,
    hints: layoutHints(indicators),
    facts: readFacts(grid, upper, region.title),
  };
  if (table.funds) table.unit = table.funds.unit;
  return table;
};

/** Labels of each fact, most specific first: "年度总体目标" is preferred to a bare "总体目标". */
const FACT_LABELS: [keyof ProjectFacts, RegExp[]][] = [
  ['name', [/^项目名称$/]],
  ['code', [/^项目(编码|代码|编号)$/]],
  ['department', [/^主管部门(及代码|名称)?$/]],
  ['implementer', [/^实施单位(名称)?$/]],
  ['attribute', [/^项目(属性|性质)$/]],
  ['category', [/^项目(类别|类型)$/]],
  ['period', [/^项目期(限)?$/]],
  ['start', [/^(计划)?开始(日期|时间)$/]],
  ['end', [/^(计划)?(完成|结束)(日期|时间)$/]],
  ['goal', [/^年度(总体|绩效)?目标$/, /^(绩效目标|总体目标)$/]],
  ['overallGoal', [/^项目(总体|中长期|长期)目标$/, /^(中长期|长期|总体)目标\((中长期|多年|项目期)\)$/]],
];

const ALL_FACT_LABELS = FACT_LABELS.flatMap(([, labels]) => labels);

function readFacts(grid: SheetGrid, range: CellRange, title: TableRegion['title']): ProjectFacts {
  const facts: ProjectFacts = {};
  const keys = labelKeys(grid, range);
  for (const [fact, labels] of FACT_LABELS) {
    for (const label of labels) {
      const cell = labelledText(grid, range, keys, label);
      if (!cell) continue;
      facts[fact] = cell;
      break;
    }
  }
  // A bare "总体目标" beside "年度总体目标" is the project's, not the year's.
  if (
    facts.goal &&
    facts.overallGoal &&
    facts.goal.row === facts.overallGoal.row &&
    facts.goal.col === facts.overallGoal.col
  )
    delete facts.overallGoal;
  const purpose = purposeOf(grid, range);
  if (purpose) facts.purpose = purpose;
  const name = facts.name ?? nameFromTitle(title);
  if (name) facts.name = name;
  return facts;
}

/** 河北 "预算规模及资金用途" spans two rows: amounts on the first, the use of the money on the second. */
function purposeOf(grid: SheetGrid, range: CellRange): TextCell | undefined {
  for (let row = range.top; row <= range.bottom; row++)
    for (let col = range.left; col <= range.right; col++) {
      if (!/资金用途$/.test(labelKey(textAt(grid, row, col)))) continue;
      const merge = mergeContaining(grid, row, col);
      const at = { row: merge ? merge.bottom : row, col: (merge ? merge.right : col) + 1 };
      const text = textAt(grid, at.row, at.col).trim();
      return text ? { ...at, text } : undefined;
    }
  return undefined;
}

const buildDepartment: TableBuilder<DepartmentPerformanceTable> = (ctx) => {
  const { grid, region } = ctx;
  const indicators = readIndicatorBlock(grid, region.range);
  const paragraphs: TextCell[] = [];
  const textBottom = indicators ? indicators.headerRow - 1 : region.range.bottom;
  for (let row = region.range.top; row <= textBottom; row++)
    for (let col = region.range.left; col <= region.range.right; col++) {
      const text = textAt(grid, row, col).trim();
      if (text) paragraphs.push({ row, col, text });
    }
  return { ...baseOf('performance.department', ctx), indicators, hints: layoutHints(indicators), paragraphs };
};

function layoutHints(block: IndicatorBlock | null): LayoutHints {
  const rows = block?.rows ?? [];
  return {
    marks: block?.categories.some((c) => c.mark !== null) ?? false,
    effectAlias: rows.some((r) => r.level1 && labelKey(r.level1.text) === '效果指标'),
    basisColumn: block?.columns.basis !== undefined,
    costAsLevel1: rows.some((r) => r.level1?.id === 'cost'),
  };
}

/**
 * The text right of a label such as 项目名称 (past the label's merged area); when that cell is empty or
 * is another label — "项目总体目标 | 年度总体目标" side by side over their texts — the text below it.
 */
function labelledText(
  grid: SheetGrid,
  range: CellRange,
  keys: readonly LabelKey[],
  label: RegExp,
): TextCell | undefined {
  for (const { row, col, key } of keys) {
    if (!label.test(key)) continue;
    const right = cellAfter(grid, row, col);
    const beside = textAt(grid, right.row, right.col).trim();
    if (beside && !isFactLabel(beside)) return { ...right, text: beside };
    const merge = mergeContaining(grid, row, col);
    const below = { row: (merge ? merge.bottom : row) + 1, col };
    const text = below.row <= range.bottom ? textAt(grid, below.row, below.col).trim() : '';
    return text && !isFactLabel(text) ? { ...below, text } : undefined;
  }
  return undefined;
}

interface LabelKey {
  row: number;
  col: number;
  key: string;
}

/** Longer texts are paragraphs, never a fact's label (labels are a few words, perhaps spaced out). */
const MAX_LABEL_TEXT = 48;

/** The normalized text of every short text cell in reading order, computed once for all the fact labels. */
function labelKeys(grid: SheetGrid, range: CellRange): LabelKey[] {
  const keys: LabelKey[] = [];
  for (let row = range.top; row <= range.bottom; row++)
    for (let col = range.left; col <= range.right; col++) {
      const text = textAt(grid, row, col);
      if (text && text.length <= MAX_LABEL_TEXT) keys.push({ row, col, key: labelKey(text) });
    }
  return keys;
}

function isFactLabel(text: string): boolean {
  const key = labelKey(text);
  return ALL_FACT_LABELS.some((re) => re.test(key));
}

/** "1、网络安全和信息化项目绩效目标表" → 网络安全和信息化; generic titles name no project. */
function nameFromTitle(title: { value: string; row: number; col: number }): TextCell | undefined {
  const name = labelKey(title.value)
    .replace(/^(附件|附表)?\d*[:：、.．]?/, '')
    .replace(/(项目)?(支出)?(预算)?绩效目标(申报)?表$/, '')
    .replace(/^\d+[、.．]/, '');
  if (!name || /^(部门|财政|项目)+$/.test(name) || name.length > 40) return undefined;
  return { row: title.row, col: title.col, text: name };
}

export const performanceBuilders: Partial<Record<TableKind, TableBuilder>> = {
  'performance.project': buildProject,
  'performance.department': buildDepartment,
};
