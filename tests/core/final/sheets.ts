/**
 * Lays out a department's 决算 figures as the nine published sheets ("1收入支出决算总表" …): short
 * title in A1, a meta line (单位名称, 年度, 单位), the header, a 栏次 row and the body. Returns the
 * grids and, per sheet, where each row (by code or line key) and column (by role key) landed, so
 * planted defects can name their cells.
 */
import { toA1 } from '../../../src/core/grid/address';
import { gridFromRows } from '../../../src/core/grid/access';
import type { CellRange, CellValue, SheetGrid } from '../../../src/core/grid/types';
import { FUNCTION_CLASSES } from '../../../src/core/templates/budget/lines';
import type { Cents, CodedLine, FinalAccounts, ThreePublicFigures } from './accounts';
import {
  basicLines,
  expenditureLines,
  fiscalSpendingByClass,
  fundLines,
  generalLines,
  incomeLines,
  summaryFigures,
  threePublicTotal,
  totalOf,
} from './accounts';

export const SHEETS = {
  summary: '1收入支出决算总表',
  income: '2收入决算表',
  expenditure: '3支出决算表',
  fiscal: '4财政拨款收入支出决算总表',
  general: '5一般公共预算财政拨款支出决算表',
  basic: '6一般公共预算财政拨款基本支出决算表',
  fund: '7政府性基金预算财政拨款收入支出决算表',
  capital: '8国有资本经营预算财政拨款支出决算表',
  threePublic: '9财政拨款“三公”经费支出决算表',
} as const;

export type SheetKey = keyof typeof SHEETS;

/** Where rows and columns of one sheet landed (0-based). */
export interface SheetLayout {
  rows: Record<string, number>;
  cols: Record<string, number>;
  /** Cells of a one-row table (the published 三公 layout), by "row|col" key: "reception|actual". */
  cells?: Record<string, [row: number, col: number]>;
}

export interface BuiltWorkbook {
  grids: SheetGrid[];
  layout: Record<SheetKey, SheetLayout>;
}

export interface LayoutOptions {
  /** "编制单位：…" and "金额单位：元" instead of "单位名称：…" and "单位：万元". */
  publishedMeta?: boolean;
  /** The 三公 table as 公开09表 prints it: one row, 预算数 and 决算数 column groups of the items. */
  threePublicInOneRow?: boolean;
}

/** A1 address of a laid-out cell: at(built, 'expenditure', '21001', 'basic') → "D9". */
export function at(built: BuiltWorkbook, sheet: SheetKey, row: string, col: string): string {
  const layout = built.layout[sheet];
  const cell = layout.cells?.[`${row}|${col}`];
  if (cell) return toA1(...cell);
  if (layout.rows[row] === undefined) throw new Error(`${SHEETS[sheet]}: no row ${row}`);
  if (layout.cols[col] === undefined) throw new Error(`${SHEETS[sheet]}: no column ${col}`);
  return toA1(layout.rows[row], layout.cols[col]);
}

const money = (cents: Cents): CellValue => (cents === 0 ? null : cents / 100);

class SheetWriter {
  readonly rows: CellValue[][] = [];
  readonly merges: CellRange[] = [];
  readonly layout: SheetLayout = { rows: {}, cols: {} };

  constructor(
    readonly name: string,
    readonly width: number,
  ) {}

  line(values: CellValue[], key?: string): number {
    const row = this.rows.length;
    this.rows.push([...values, ...Array<CellValue>(Math.max(0, this.width - values.length)).fill(null)]);
    if (key !== undefined) this.layout.rows[key] = row;
    return row;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  grid(): SheetGrid {
    return gridFromRows(this.name, this.rows, { merges: this.merges });
  }
}

function frame(a: FinalAccounts, options: LayoutOptions, name: string, title: string, width: number): SheetWriter {
  const w = new SheetWriter(name, width);
  w.line([title]);
  w.merge(0, 0, 0, width - 1);
  const meta = Array<CellValue>(width).fill(null);
  meta[0] = `${options.publishedMeta ? '编制单位' : '单位名称'}：${a.unitName}`;
  meta[Math.floor(width / 2)] = `${a.year}年度`;
  meta[width - 1] = `${options.publishedMeta ? '金额单位' : '单位'}：${a.unit}`;
  w.line(meta);
  return w;
}

/** 科目 columns: 科目编码 | 科目名称, or 类 | 款 | 项 | 科目名称 when codes are split. */
function codeCells(code: string, split: boolean): CellValue[] {
  if (!split) return [code];
  return [code.slice(0, 3), code.slice(3, 5) || null, code.slice(5, 7) || null];
}

interface CodedSheet {
  key: SheetKey;
  title: string;
  /** Column keys and labels of the amounts, with an optional group label over some of them. */
  columns: { key: string; label: string }[];
  group?: { label: string; keys: string[] };
  lines: CodedLine[];
  /** Economic tables keep joined codes even in a workbook that splits 功能分类 codes. */
  joined?: boolean;
  emptyNote?: string;
}

function codedSheet(a: FinalAccounts, options: LayoutOptions, spec: CodedSheet): SheetWriter {
  const split = a.splitCodes && !spec.joined;
  const codeWidth = split ? 3 : 1;
  const first = codeWidth + 1;
  const width = first + spec.columns.length;
  const w = frame(a, options, SHEETS[spec.key], spec.title, width);
  spec.columns.forEach((c, i) => (w.layout.cols[c.key] = first + i));
  w.layout.cols.code = 0;
  w.layout.cols.name = codeWidth;

  // Two header rows: the 科目 group (and an amount group such as 本年支出) above the leaves.
  const top = Array<CellValue>(width).fill(null);
  const bottom = Array<CellValue>(width).fill(null);
  top[0] = '科目编码';
  if (split) bottom.splice(0, 3, '类', '款', '项');
  top[codeWidth] = '科目名称';
  spec.columns.forEach((c, i) => {
    const inGroup = spec.group?.keys.includes(c.key);
    (inGroup ? bottom : top)[first + i] = c.label;
  });
  const topRow = w.rows.length;
  if (spec.group) top[w.layout.cols[spec.group.keys[0]]] = spec.group.label;
  w.line(top);
  w.line(bottom);
  if (split) w.merge(topRow, 0, topRow, 2);
  else w.merge(topRow, 0, topRow + 1, 0);
  w.merge(topRow, codeWidth, topRow + 1, codeWidth);
  if (spec.group) {
    const cols = spec.group.keys.map((k) => w.layout.cols[k]);
    w.merge(topRow, Math.min(...cols), topRow, Math.max(...cols));
  }
  spec.columns.forEach((c, i) => {
    if (!spec.group?.keys.includes(c.key)) w.merge(topRow, first + i, topRow + 1, first + i);
  });

  const numbers = Array<CellValue>(width).fill(null);
  numbers[0] = '栏次';
  spec.columns.forEach((_, i) => (numbers[first + i] = i + 1));
  w.line(numbers);

  const nameCells = (label: string) => [...Array<CellValue>(codeWidth).fill(null), label];
  w.line([...nameCells('合计'), ...spec.columns.map((c) => money(totalOf(spec.lines, c.key)))], 'total');
  for (const line of spec.lines) {
    const codes = codeCells(line.code, split);
    w.line(
      [
        ...codes,
        ...Array<CellValue>(codeWidth - codes.length).fill(null),
        line.name,
        ...spec.columns.map((c) => money(line.amounts[c.key] ?? 0)),
      ],
      line.code,
    );
  }
  if (spec.emptyNote) {
    const row = w.line([spec.emptyNote], 'note');
    w.merge(row, 0, row, width - 1);
  }
  return w;
}

const spendingColumns = [
  { key: 'total', label: '合计' },
  { key: 'basic', label: '基本支出' },
  { key: 'project', label: '项目支出' },
];

function summarySheet(a: FinalAccounts, options: LayoutOptions): SheetWriter {
  const s = summaryFigures(a);
  const w = frame(a, options, SHEETS.summary, '收入支出决算总表', 6);
  w.layout.cols = { incomeLabel: 0, income: 2, spendingLabel: 3, spending: 5 };
  const top = w.line(['收入', null, null, '支出', null, null]);
  w.merge(top, 0, top, 2);
  w.merge(top, 3, top, 5);
  w.line(['项目', '行次', '金额', '项目', '行次', '金额']);
  w.line(['栏次', null, 1, '栏次', null, 2]);
  const sources: [string, string, Cents][] = [
    ['general', '一、一般公共预算财政拨款收入', s.income.general],
    ['fund', '二、政府性基金预算财政拨款收入', s.income.fund],
    ['capital', '三、国有资本经营预算财政拨款收入', s.income.capital],
    ['superior', '四、上级补助收入', s.income.superior],
    ['business', '五、事业收入', s.income.business],
    ['operating', '六、经营收入', s.income.operating],
    ['affiliated', '七、附属单位上缴收入', s.income.affiliated],
    ['other', '八、其他收入', s.income.other],
  ];
  const classes = expenditureLines(a).filter((l) => l.code.length === 3);
  const classAmount = (i: number) => classes.find((l) => CLASS_CODES[i] === l.code)?.amounts.total ?? 0;
  let n = 0;
  FUNCTION_CLASSES.forEach((label, i) => {
    const source = sources[i];
    n++;
    const row = w.line([source?.[1] ?? null, n, source ? money(source[2]) : null, label, n, money(classAmount(i))]);
    if (source) w.layout.rows[source[0]] = row;
    w.layout.rows[`class${CLASS_CODES[i]}`] = row;
  });
  const tail: [string, string, Cents, string, Cents][] = [
    ['yearTotal', '本年收入合计', s.yearIncome, '本年支出合计', s.yearSpending],
    ['unused', '使用非财政拨款结余', a.unusedNonFiscal, '结余分配', a.distribution],
    ['carry', '年初结转和结余', s.opening, '年末结转和结余', s.closing],
    ['grandTotal', '总计', s.grandTotal, '总计', s.grandTotal],
  ];
  for (const [key, incomeLabel, income, spendingLabel, spending] of tail) {
    n++;
    w.line([incomeLabel, n, money(income), spendingLabel, n, money(spending)], key);
  }
  return w;
}

/** 功能分类 类 codes in the order of FUNCTION_CLASSES (201 … 232, then 人行科目 as 299). */
const CLASS_CODES = [
  '201',
  '202',
  '203',
  '204',
  '205',
  '206',
  '207',
  '208',
  '209',
  '210',
  '211',
  '212',
  '213',
  '214',
  '215',
  '216',
  '217',
  '219',
  '220',
  '221',
  '222',
  '223',
  '224',
  '227',
  '229',
  '230',
  '231',
  '232',
  '233',
  '234',
  '299',
];

function fiscalSheet(a: FinalAccounts, options: LayoutOptions): SheetWriter {
  const s = summaryFigures(a).fiscal;
  const byClass = fiscalSpendingByClass(a);
  const w = frame(a, options, SHEETS.fiscal, '财政拨款收入支出决算总表', 9);
  w.layout.cols = { incomeLabel: 0, income: 2, spendingLabel: 3, total: 5, general: 6, fund: 7, capital: 8 };
  const top = w.line(['收入', null, null, '支出', null, null, null, null, null]);
  w.merge(top, 0, top, 2);
  w.merge(top, 3, top, 8);
  w.line([
    '项目',
    '行次',
    '金额',
    '项目',
    '行次',
    '合计',
    '一般公共预算财政拨款',
    '政府性基金预算财政拨款',
    '国有资本经营预算财政拨款',
  ]);
  w.line(['栏次', null, 1, '栏次', null, 2, 3, 4, 5]);
  const funds: [string, string, Cents][] = [
    ['general', '一、一般公共预算财政拨款', summaryFigures(a).income.general],
    ['fund', '二、政府性基金预算财政拨款', summaryFigures(a).income.fund],
    ['capital', '三、国有资本经营预算财政拨款', 0],
  ];
  const spendingCells = (general: Cents, fund: Cents, capital: Cents) => [
    money(general + fund + capital),
    money(general),
    money(fund),
    money(capital),
  ];
  let n = 0;
  FUNCTION_CLASSES.forEach((label, i) => {
    const source = funds[i];
    const spent = byClass.get(CLASS_CODES[i]) ?? { general: 0, fund: 0 };
    n++;
    const row = w.line([
      source?.[1] ?? null,
      n,
      source ? money(source[2]) : null,
      label,
      n,
      ...spendingCells(spent.general, spent.fund, 0),
    ]);
    if (source) w.layout.rows[source[0]] = row;
    w.layout.rows[`class${CLASS_CODES[i]}`] = row;
  });
  n++;
  w.line(
    ['本年收入合计', n, money(s.income), '本年支出合计', n, ...spendingCells(s.spending.general, s.spending.fund, 0)],
    'yearTotal',
  );
  n++;
  const opening = s.opening.general + s.opening.fund;
  w.line(
    [
      '年初财政拨款结转和结余',
      n,
      money(opening),
      '年末财政拨款结转和结余',
      n,
      ...spendingCells(s.closing.general, s.closing.fund, 0),
    ],
    'carry',
  );
  funds.forEach(([key, label], i) => {
    n++;
    const amount = [s.opening.general, s.opening.fund, 0][i];
    w.line([label, n, money(amount), null, n, null, null, null, null], `opening.${key}`);
  });
  n++;
  const total = s.income + opening;
  w.line(
    [
      '总计',
      n,
      money(total),
      '总计',
      n,
      ...spendingCells(s.spending.general + s.closing.general, s.spending.fund + s.closing.fund, 0),
    ],
    'grandTotal',
  );
  return w;
}

const THREE_PUBLIC_ITEMS: [string, (t: ThreePublicFigures) => Cents][] = [
  ['total', threePublicTotal],
  ['abroad', (t) => t.abroad],
  ['vehicle', (t) => t.purchase + t.upkeep],
  ['purchase', (t) => t.purchase],
  ['upkeep', (t) => t.upkeep],
  ['reception', (t) => t.reception],
];

/** 公开09表 as published: 预算数 | 决算数 groups of 合计, 出国, 用车 (小计, 购置, 运行维护), 接待; one row. */
function threePublicOneRow(a: FinalAccounts, options: LayoutOptions): SheetWriter {
  const w = frame(a, options, SHEETS.threePublic, '财政拨款“三公”经费支出决算表', 12);
  const group = (label: string) => [label, null, null, null, null, null];
  const items = ['合计', '因公出国（境）费', '公务用车购置及运行维护费', null, null, '公务接待费'];
  const vehicle = [null, null, '小计', '公务用车购置费', '公务用车运行维护费', null];
  const top = w.line([...group('预算数'), ...group('决算数')]);
  w.line([...items, ...items]);
  w.line([...vehicle, ...vehicle]);
  w.line(Array.from({ length: 12 }, (_, i) => i + 1));
  for (const left of [0, 6]) {
    w.merge(top, left, top, left + 5);
    w.merge(top + 1, left + 2, top + 1, left + 4);
    for (const c of [0, 1, 5]) w.merge(top + 1, left + c, top + 2, left + c);
  }
  const { budget, actual } = a.threePublic;
  const order = [0, 1, 2, 3, 4, 5]; // 合计, 出国, 用车小计, 购置, 运行维护, 接待: column order within a group
  const row = w.line([
    ...order.map((i) => money(THREE_PUBLIC_ITEMS[i][1](budget))),
    ...order.map((i) => money(THREE_PUBLIC_ITEMS[i][1](actual))),
  ]);
  w.layout.cells = {};
  THREE_PUBLIC_ITEMS.forEach(([key], i) => {
    w.layout.cells![`${key}|budget`] = [row, i];
    w.layout.cells![`${key}|actual`] = [row, 6 + i];
  });
  return w;
}

function threePublicSheet(a: FinalAccounts, options: LayoutOptions): SheetWriter {
  if (options.threePublicInOneRow) return threePublicOneRow(a, options);
  const w = frame(a, options, SHEETS.threePublic, '财政拨款“三公”经费支出决算表', 4);
  w.layout.cols = { item: 1, budget: 2, actual: 3 };
  w.line(['序号', '项目', '预算数', '决算数']);
  w.line(['栏次', null, 1, 2]);
  const { budget, actual } = a.threePublic;
  const lines: [string, string, (t: ThreePublicFigures) => Cents][] = [
    ['total', '合计', threePublicTotal],
    ['abroad', '1.因公出国（境）费', (t) => t.abroad],
    ['vehicle', '2.公务用车购置及运行维护费', (t) => t.purchase + t.upkeep],
    ['purchase', '其中：（1）公务用车购置费', (t) => t.purchase],
    ['upkeep', '（2）公务用车运行维护费', (t) => t.upkeep],
    ['reception', '3.公务接待费', (t) => t.reception],
  ];
  lines.forEach(([key, label, amount], i) => w.line([i + 1, label, money(amount(budget)), money(amount(actual))], key));
  return w;
}

/** The nine sheets of a department's 决算. */
export function buildFinalWorkbook(a: FinalAccounts, options: LayoutOptions = {}): BuiltWorkbook {
  const emptyNote = (what: string) => `注：本单位${a.year}年度无${what}，故本表为空表。`;
  const fund = fundLines(a);
  const writers = [
    summarySheet(a, options),
    codedSheet(a, options, {
      key: 'income',
      title: '收入决算表',
      columns: [
        { key: 'total', label: '本年收入合计' },
        { key: 'fiscal', label: '财政拨款收入' },
        { key: 'superior', label: '上级补助收入' },
        { key: 'business', label: '事业收入' },
        { key: 'operating', label: '经营收入' },
        { key: 'affiliated', label: '附属单位上缴收入' },
        { key: 'otherIncome', label: '其他收入' },
      ],
      lines: incomeLines(a),
    }),
    codedSheet(a, options, {
      key: 'expenditure',
      title: '支出决算表',
      columns: [
        { key: 'total', label: '本年支出合计' },
        { key: 'basic', label: '基本支出' },
        { key: 'project', label: '项目支出' },
        { key: 'remit', label: '上缴上级支出' },
        { key: 'business', label: '经营支出' },
        { key: 'subsidy', label: '对附属单位补助支出' },
      ],
      lines: expenditureLines(a),
    }),
    fiscalSheet(a, options),
    codedSheet(a, options, {
      key: 'general',
      title: '一般公共预算财政拨款支出决算表',
      columns: spendingColumns,
      group: { label: '本年支出', keys: ['total', 'basic', 'project'] },
      lines: generalLines(a),
    }),
    codedSheet(a, options, {
      key: 'basic',
      title: '一般公共预算财政拨款基本支出决算表',
      columns: [
        { key: 'total', label: '合计' },
        { key: 'personnel', label: '人员经费' },
        { key: 'public', label: '公用经费' },
      ],
      group: { label: '决算数', keys: ['total', 'personnel', 'public'] },
      lines: basicLines(a),
      joined: true,
    }),
    codedSheet(a, options, {
      key: 'fund',
      title: '政府性基金预算财政拨款收入支出决算表',
      columns: [
        { key: 'opening', label: '年初结转和结余' },
        { key: 'income', label: '本年收入' },
        ...spendingColumns,
        { key: 'closing', label: '年末结转和结余' },
      ],
      group: { label: '本年支出', keys: ['total', 'basic', 'project'] },
      lines: fund,
      emptyNote: fund.length === 0 ? emptyNote('政府性基金预算财政拨款收入、支出及结转和结余') : undefined,
    }),
    codedSheet(a, options, {
      key: 'capital',
      title: '国有资本经营预算财政拨款支出决算表',
      columns: spendingColumns,
      group: { label: '本年支出', keys: ['total', 'basic', 'project'] },
      lines: [],
      emptyNote: emptyNote('国有资本经营预算财政拨款支出'),
    }),
    threePublicSheet(a, options),
  ];
  const keys = Object.keys(SHEETS) as SheetKey[];
  return {
    grids: writers.map((w) => w.grid()),
    layout: Object.fromEntries(writers.map((w, i) => [keys[i], w.layout])) as Record<SheetKey, SheetLayout>,
  };
}
