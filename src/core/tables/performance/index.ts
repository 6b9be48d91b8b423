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

const FACT_LABELS: [keyof ProjectFacts, RegExp][] = [
  ['name', /^项目名称$/],
  ['code', /^项目(编码|代码|编号)$/],
  ['department', /^主管部门(及代码)?$/],
  ['implementer', /^实施单位$/],
  ['attribute', /^项目属性$/],
  ['period', /^项目期(限)?$/],
  ['goal', /^(年度总体目标|年度绩效目标|绩效目标|总体目标)$/],
];

function readFacts(grid: SheetGrid, range: CellRange, title: TableRegion['title']): ProjectFacts {
  const facts: ProjectFacts = {};
  for (const [fact, label] of FACT_LABELS) {
    const cell = labelledText(grid, range, label);
    if (cell) facts[fact] = cell;
  }
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

/** The text right of a label such as 项目名称 (past the label's merged area). */
function labelledText(grid: SheetGrid, range: CellRange, label: RegExp): TextCell | undefined {
  for (let row = range.top; row <= range.bottom; row++)
    for (let col = range.left; col <= range.right; col++) {
      if (!label.test(labelKey(textAt(grid, row, col)))) continue;
      const at = cellAfter(grid, row, col);
      const text = textAt(grid, at.row, at.col).trim();
      return text ? { ...at, text } : undefined;
    }
  return undefined;
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
