/**
 * 绩效目标表 layouts built in code from the descriptions of published tables (docs/performance-layouts.md):
 * a layout is a set of choices — title lines, project block, label/序号 columns, merged 三级 and 指标值
 * headers, header on two rows, where 成本 sits, how 一级 cells are written, values as text or as numbers
 * with a % format. `buildSheet` renders one project (or several) and says where each indicator landed,
 * so a test can plant one defect and assert its cell.
 */
import { toA1 } from '../../../src/core/grid/address';
import type { CellRange, CellValue, SheetGrid } from '../../../src/core/grid/types';

export type ProjectBlock = 'shanghai' | 'ningxia' | 'hebei' | 'mof' | 'none';

export interface Layout {
  id: string;
  /** Lines above the project block, the first is the title. */
  title: string[];
  block: ProjectBlock;
  unit: '万元' | '元';
  /** A "绩效指标" label column left of 一级指标: merged down the block, or written once at the top. */
  labelColumn?: 'merged' | 'top';
  serialColumn?: boolean;
  /** Columns the 三级指标 header and cells span (merged). */
  level3Span?: number;
  /** Columns the 指标值 header and cells span (merged). */
  valueSpan?: number;
  valueHeader?: string;
  /** A second value column "项目指标值" right of the year's. */
  projectValueColumn?: boolean;
  /** "绩效指标" over 一级/二级/三级 on a first header row, 指标值 merged down over both rows. */
  twoRowHeader?: boolean;
  /** A description column after the value ("指标解释", "绩效指标描述"). */
  description?: string;
  basis?: boolean;
  /** 成本 as the first 一级 (上海), as an 一级 after 产出 (财政部 2021), or as a 二级 under 产出 (宁夏, 河北). */
  cost: 'first' | 'level1' | 'output';
  /** 一级/二级 labels merged over their rows, written on the first row only, or repeated on every row. */
  labels: 'merged' | 'top' | 'every';
  effectAlias?: boolean;
  marks?: boolean;
  /** 合格率 and 满意度 as numbers with a % format (1 shown as 100%, 0.9 as 90.00%). */
  percentNumbers?: boolean;
  /** Projects stacked on the sheet, each with its own title. */
  projects?: number;
}

export interface Indicator {
  level1: string;
  level2: string;
  name: string;
  value: CellValue;
  format?: string;
  shown?: string;
}

/** The project's indicators, clean: costs add up to the 100 万元 requested this year. */
export function cleanIndicators(layout: Layout): Indicator[] {
  const cost: Indicator[] = [
    { level1: '成本指标', level2: '经济成本指标', name: '设备购置费', value: '≤60万元' },
    { level1: '成本指标', level2: '经济成本指标', name: '运维服务费', value: '≤40万元' },
  ];
  const output: Indicator[] = [
    { level1: '产出指标', level2: '数量指标', name: '设备购置数量', value: '=20台' },
    { level1: '产出指标', level2: '质量指标', name: '设备验收合格率', value: '=100.00(%)' },
    { level1: '产出指标', level2: '时效指标', name: '项目完成时间', value: '2026年12月31日前' },
  ];
  const benefit: Indicator[] = [
    { level1: '效益指标', level2: '社会效益指标', name: '业务办理时长', value: '较上年缩短10%' },
  ];
  const satisfaction: Indicator[] = [
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '使用人员满意度', value: '≥90.00(%)' },
  ];
  if (layout.percentNumbers) {
    output[1] = { ...output[1], value: 1, format: '0%', shown: '100%' };
    satisfaction[0] = { ...satisfaction[0], value: 0.9, format: '0.00%', shown: '90.00%' };
  }
  if (layout.effectAlias) benefit[0] = { ...benefit[0], level1: '效果指标' };
  // The 宁夏 templates that mark categories (必填) also require a 可持续影响指标.
  if (layout.marks)
    benefit.push({ level1: '效益指标', level2: '可持续影响指标', name: '系统稳定运行年限', value: '≥3年' });
  if (layout.marks) {
    for (const list of [output, satisfaction])
      list.forEach((i, n) => (list[n] = { ...i, level2: `${i.level2}（必填）` }));
  }
  if (layout.cost === 'output') {
    const asOutput = cost.map((c) => ({
      ...c,
      level1: '产出指标',
      level2: layout.marks ? '成本指标（必填）' : '成本指标',
    }));
    return [...output, ...asOutput, ...benefit, ...satisfaction];
  }
  return layout.cost === 'first'
    ? [...cost, ...output, ...benefit, ...satisfaction]
    : [...output, ...cost, ...benefit, ...satisfaction];
}

export interface ProjectFacts {
  name: string;
  /** This year's request; the whole project's total in multi-year layouts. */
  annual: number;
  whole: number;
  fiscal: number;
  carryover: number;
  overallGoal: string;
  goal: string;
  start: string;
  end: string;
}

export function cleanFacts(layout: Layout, index = 0): ProjectFacts {
  const scale = layout.unit === '元' ? 10_000 : 1;
  return {
    name: `政务信息系统运维项目${index + 1}`,
    annual: 100 * scale,
    whole: 300 * scale,
    fiscal: 80 * scale,
    carryover: 20 * scale,
    overallGoal: '三年内完成全区政务信息系统整合，形成统一运维体系。',
    goal: '2026年完成20台服务器购置和两个系统的迁移上线。',
    start: '2025-01-01',
    end: '2027-12-31',
  };
}

/** Where the rendered pieces are: value cells by indicator name, fact cells by key. */
export interface Rendered {
  grid: SheetGrid;
  values: Map<string, string>;
  level1Cells: Map<string, string>;
  cells: Record<string, string>;
}

class Canvas {
  readonly rows: CellValue[][] = [];
  readonly formats: string[][] = [];
  readonly text: string[][] = [];
  readonly merges: CellRange[] = [];
  put(row: number, col: number, value: CellValue, format?: string, shown?: string): void {
    while (this.rows.length <= row) {
      this.rows.push([]);
      this.formats.push([]);
      this.text.push([]);
    }
    this.rows[row][col] = value;
    if (format) this.formats[row][col] = format;
    if (shown) this.text[row][col] = shown;
  }
  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }
  grid(name: string): SheetGrid {
    const width = Math.max(...this.rows.map((r) => r.length));
    const fill = <T>(rows: T[][], empty: T) => rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? empty));
    return {
      name,
      origin: { row: 0, col: 0 },
      values: fill(this.rows, null as CellValue),
      numberFormat: fill(this.formats, 'General'),
      text: fill(this.text, ''),
      merges: this.merges,
    };
  }
}

export interface BuildOptions {
  sheet?: string;
  indicators?: (layout: Layout) => Indicator[];
  facts?: (layout: Layout, index: number) => ProjectFacts;
  /** Leave the 一级 cell of this indicator's group blank and unmerged. */
  blankLevel1Of?: string;
}

export function buildSheet(layout: Layout, options: BuildOptions = {}): Rendered {
  const canvas = new Canvas();
  const rendered: Rendered = {
    grid: null as never,
    values: new Map(),
    level1Cells: new Map(),
    cells: {},
  };
  let row = 0;
  for (let p = 0; p < (layout.projects ?? 1); p++) {
    if (p > 0) row += 1; // a blank row between stacked projects
    row = renderProject(canvas, layout, options, p, row, rendered);
  }
  rendered.grid = canvas.grid(options.sheet ?? layout.id);
  return rendered;
}

function renderProject(
  canvas: Canvas,
  layout: Layout,
  options: BuildOptions,
  index: number,
  top: number,
  out: Rendered,
): number {
  const facts = (options.facts ?? cleanFacts)(layout, index);
  const columns = indicatorColumns(layout);
  const width = columns.last + 1;
  let row = top;
  for (const line of layout.title) {
    const text = layout.projects && line === layout.title[0] ? `${index + 1}、${facts.name}绩效目标表` : line;
    canvas.put(row, 0, text);
    canvas.merge(row, 0, row, width - 1);
    row++;
  }
  row = renderBlock(canvas, layout, facts, row, width, out);
  return renderIndicators(canvas, layout, options, row, columns, out);
}

function renderBlock(
  canvas: Canvas,
  layout: Layout,
  f: ProjectFacts,
  top: number,
  width: number,
  out: Rendered,
): number {
  let row = top;
  const line = (label: string, value: CellValue) => {
    canvas.put(row, 0, label);
    canvas.put(row, 1, value);
    canvas.merge(row, 1, row, width - 1);
    row++;
  };
  const unit = `（${layout.unit}）`;
  switch (layout.block) {
    case 'shanghai': {
      line('项目名称', f.name);
      canvas.put(row, 0, '项目性质');
      canvas.put(row, 1, '延续项目');
      canvas.put(row, 3, '项目类别');
      canvas.put(row++, 4, '其他事业发展类');
      canvas.put(row, 0, '主管部门');
      canvas.put(row, 1, '上海市某区数据局');
      canvas.put(row, 3, '实施单位');
      canvas.put(row++, 4, '某区大数据中心');
      canvas.put(row, 0, '计划开始日期');
      canvas.put(row, 1, f.start);
      canvas.put(row, 3, '计划完成日期');
      canvas.put(row++, 4, f.end);
      out.cells.fundsTop = toA1(row, 2);
      canvas.put(row, 0, `项目资金${unit}`);
      canvas.merge(row, 0, row + 3, 0);
      const pairs: [string, CellValue, string, CellValue][] = [
        ['项目资金总额', f.whole, '年度资金申请总额', f.annual],
        ['其中：财政资金', f.whole, '其中：当年财政拨款', f.fiscal],
        ['其他资金', 0, '上年结转资金', f.carryover],
        ['', null, '其他资金', 0],
      ];
      for (const [l1, v1, l2, v2] of pairs) {
        if (l1) canvas.put(row, 1, l1);
        if (v1 !== null) canvas.put(row, 2, v1);
        canvas.put(row, 3, l2);
        canvas.put(row, 4, v2);
        row++;
      }
      out.cells.annual = toA1(row - 4, 4);
      canvas.put(row, 0, '项目总体目标');
      canvas.merge(row, 0, row, 2);
      canvas.put(row, 3, '年度总体目标');
      canvas.merge(row, 3, row, width - 1);
      row++;
      canvas.put(row, 0, f.overallGoal);
      canvas.merge(row, 0, row, 2);
      canvas.put(row, 3, f.goal);
      canvas.merge(row, 3, row, width - 1);
      out.cells.goal = toA1(row, 3);
      return row + 1;
    }
    case 'ningxia':
    case 'mof': {
      line('项目名称', f.name);
      line(layout.block === 'ningxia' ? '主管部门及代码' : '主管部门', '某县网信办');
      canvas.put(row, 0, `项目资金${unit}`);
      canvas.merge(row, 0, row + 2, 0);
      const annual = layout.block === 'ningxia' ? '年度资金总额：' : '年度资金总额';
      for (const [label, value] of [
        [annual, f.annual],
        ['其中：财政拨款', f.fiscal + f.carryover],
        ['其他资金', 0],
      ] as const) {
        canvas.put(row, 1, label);
        canvas.put(row, 2, value);
        if (label === annual) out.cells.annual = toA1(row, 2);
        row++;
      }
      line('年度总体目标', f.goal);
      out.cells.goal = toA1(row - 1, 1);
      return row;
    }
    case 'hebei': {
      line('项目名称', f.name);
      line('项目编码', '13052400000000001');
      canvas.put(row, 0, '预算规模及资金用途');
      canvas.merge(row, 0, row + 1, 0);
      canvas.put(row, 1, '预算数');
      canvas.put(row, 2, f.annual);
      out.cells.annual = toA1(row, 2);
      canvas.put(row, 3, '其中：财政资金');
      canvas.put(row, 4, f.annual);
      row++;
      canvas.put(row, 1, '资金用途');
      canvas.put(row, 2, '服务器购置和系统运维');
      row++;
      line('年度总体目标', f.goal);
      return row;
    }
    case 'none':
      return row;
  }
}

interface Columns {
  serial?: number;
  label?: number;
  level1: number;
  level2: number;
  level3: number;
  value: number;
  projectValue?: number;
  description?: number;
  basis?: number;
  last: number;
}

function indicatorColumns(layout: Layout): Columns {
  let col = 0;
  const serial = layout.serialColumn ? col++ : undefined;
  const label = layout.labelColumn ? col++ : undefined;
  const level1 = col++;
  const level2 = col++;
  const level3 = col;
  col += layout.level3Span ?? 1;
  const value = col;
  col += layout.valueSpan ?? 1;
  const projectValue = layout.projectValueColumn ? col++ : undefined;
  const description = layout.description ? col++ : undefined;
  const basis = layout.basis ? col++ : undefined;
  return { serial, label, level1, level2, level3, value, projectValue, description, basis, last: Math.max(col - 1, 4) };
}

function renderIndicators(
  canvas: Canvas,
  layout: Layout,
  options: BuildOptions,
  top: number,
  c: Columns,
  out: Rendered,
): number {
  const indicators = (options.indicators ?? cleanIndicators)(layout);
  let row = top;
  const span = (col: number, n: number | undefined) => canvas.merge(row, col, row, col + (n ?? 1) - 1);
  if (layout.twoRowHeader) {
    canvas.put(row, c.level1, '绩效指标');
    canvas.merge(row, c.level1, row, c.level3 + (layout.level3Span ?? 1) - 1);
    canvas.put(row, c.value, layout.valueHeader ?? '指标值');
    canvas.merge(row, c.value, row + 1, c.value + (layout.valueSpan ?? 1) - 1);
    row++;
  }
  if (c.serial !== undefined) canvas.put(row, c.serial, '序号');
  canvas.put(row, c.level1, '一级指标');
  canvas.put(row, c.level2, '二级指标');
  canvas.put(row, c.level3, '三级指标');
  span(c.level3, layout.level3Span);
  if (!layout.twoRowHeader) {
    canvas.put(row, c.value, layout.valueHeader ?? '指标值');
    span(c.value, layout.valueSpan);
  }
  if (c.projectValue !== undefined) canvas.put(row, c.projectValue, '项目指标值');
  if (c.description !== undefined) canvas.put(row, c.description, layout.description!);
  if (c.basis !== undefined) canvas.put(row, c.basis, '指标值确定依据');
  const first = row + 1;
  if (c.label !== undefined) {
    canvas.put(layout.twoRowHeader ? row - 1 : row, c.label, '绩效指标');
    if (layout.labelColumn === 'merged')
      canvas.merge(layout.twoRowHeader ? row - 1 : row, c.label, row + indicators.length, c.label);
  }
  row = first;
  for (const [i, ind] of indicators.entries()) {
    if (c.serial !== undefined) canvas.put(row, c.serial, i + 1);
    canvas.put(row, c.level3, ind.name);
    span(c.level3, layout.level3Span);
    canvas.put(row, c.value, ind.value, ind.format, ind.shown);
    span(c.value, layout.valueSpan);
    if (c.projectValue !== undefined) canvas.put(row, c.projectValue, '—');
    if (c.description !== undefined) canvas.put(row, c.description, `${ind.name}的计算口径`);
    if (c.basis !== undefined) canvas.put(row, c.basis, '计划标准');
    out.values.set(ind.name, toA1(row, c.value));
    row++;
  }
  writeLabels(canvas, layout, options, indicators, first, c.level1, 'level1', out);
  writeLabels(canvas, layout, options, indicators, first, c.level2, 'level2', out);
  return row;
}

/** 一级/二级 labels of consecutive indicators, merged, written once, or on every row. */
function writeLabels(
  canvas: Canvas,
  layout: Layout,
  options: BuildOptions,
  indicators: Indicator[],
  first: number,
  col: number,
  level: 'level1' | 'level2',
  out: Rendered,
): void {
  let start = 0;
  for (let i = 1; i <= indicators.length; i++) {
    if (i < indicators.length && indicators[i][level] === indicators[start][level]) continue;
    const group = indicators.slice(start, i);
    const blank = level === 'level1' && group.some((g) => g.name === options.blankLevel1Of);
    const row = first + start;
    if (level === 'level1') out.level1Cells.set(indicators[start][level], toA1(row, col));
    if (!blank) {
      canvas.put(row, col, indicators[start][level]);
      if (layout.labels === 'merged') canvas.merge(row, col, first + i - 1, col);
      if (layout.labels === 'every')
        for (let r = row + 1; r < first + i; r++) canvas.put(r, col, indicators[start][level]);
    }
    start = i;
  }
}
