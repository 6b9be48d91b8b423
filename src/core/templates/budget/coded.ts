/**
 * The tables listed by 科目: 收入总表, 支出总表, 一般公共预算支出表, 基本支出表 and the 政府性基金 /
 * 国有资本经营 tables. A 合计 row sums the 类 rows by code length; each row's 合计 column is the sum
 * of its parts; the user fills 科目编码, 科目名称 and the part columns.
 */
import { toA1 } from '../../grid/address';
import type { SheetDraft } from '../draft';
import { clampCount, DEFAULT_CODE_ROWS, MAX_ROWS, type TemplateOptions } from '../options';
import { amountStyle, labelStyle, TEXT_FORMAT, totalStyle } from '../sheet';
import { sumClassRows, sumRow, tableFrame, type HeaderNode, type YearLabel } from '../table';

export interface CodedSpec {
  name: string;
  title: string;
  /** The 科目 group header: 功能分类科目 or 支出部门经济分类科目. */
  codeGroup: string;
  amounts: HeaderNode[];
  /** Per row: column key → formula over the same row (the parts the user fills are the others). */
  derived: (col: Record<string, number>, row: number) => Record<string, string>;
  /** "注：…空表列示。" under the table, for tables most departments publish empty. */
  note?: string;
  yearLabel?: YearLabel;
}

/** Shared by the 预算 and 决算 科目 tables: 合计 row over the 类 rows, blank 科目 rows with row formulas. */
export function codedTable(spec: CodedSpec, options: TemplateOptions): SheetDraft {
  const header: HeaderNode[] = [
    { label: '序号', key: 'no', width: 6 },
    {
      label: spec.codeGroup,
      children: [
        { label: '科目编码', key: 'code', width: 11 },
        { label: '科目名称', key: 'name', width: 30 },
      ],
    },
    ...spec.amounts,
  ];
  const { sheet, col, bodyTop } = tableFrame(spec.name, spec.title, header, options, spec.yearLabel);
  const amountCols = Object.entries(col)
    .filter(([key]) => key !== 'no' && key !== 'code' && key !== 'name')
    .map(([, c]) => c);
  const rows = clampCount(options.codeRows, DEFAULT_CODE_ROWS, MAX_ROWS);
  const first = bodyTop + 1;
  const last = bodyTop + rows;

  sheet.put(bodyTop, col.no, 1, { align: 'center', border: true });
  sheet.put(bodyTop, col.code, null, { ...labelStyle, numberFormat: TEXT_FORMAT });
  sheet.put(bodyTop, col.name, '合计', { ...labelStyle, bold: true, align: 'center' });
  for (const c of amountCols) sheet.put(bodyTop, c, sumClassRows(col.code, c, first, last), totalStyle);

  for (let row = first; row <= last; row++) {
    const derived = spec.derived(col, row);
    sheet.put(row, col.no, row - bodyTop + 1, { align: 'center', border: true });
    sheet.put(row, col.code, null, { ...labelStyle, numberFormat: TEXT_FORMAT });
    sheet.put(row, col.name, null, labelStyle);
    for (const c of amountCols) {
      const key = Object.keys(col).find((k) => col[k] === c)!;
      sheet.put(row, c, derived[key] ?? null, derived[key] ? totalStyle : amountStyle);
    }
  }
  if (spec.note) sheet.put(last + 1, 0, spec.note, { align: 'left', wrap: true }, { cols: sheet.width });
  return sheet.build();
}

export const basicAndProject: HeaderNode[] = [
  { label: '合计', key: 'total', width: 14 },
  { label: '基本支出', key: 'basic', width: 14 },
  { label: '项目支出', key: 'project', width: 14 },
];

export const totalOfParts = (col: Record<string, number>, row: number) => ({
  total: sumRow(row, col.basic, col.project),
});

export function incomeTable(options: TemplateOptions): SheetDraft {
  const sources = [
    '财政拨款收入',
    '财政专户收入',
    '事业收入',
    '经营收入',
    '上级补助收入',
    '附属单位上缴收入',
    '其他收入',
  ];
  return codedTable(
    {
      name: '2收入总表',
      title: '部门预算收入总表',
      codeGroup: '功能分类科目',
      amounts: [
        { label: '合计', key: 'total', width: 13 },
        {
          label: '本年收入',
          children: [
            { label: '小计', key: 'subtotal', width: 13 },
            ...sources.map((label, i) => ({ label, key: `source${i}`, width: 12 })),
          ],
        },
        { label: '上年结转', key: 'carry', width: 12 },
      ],
      derived: (col, row) => ({
        total: `=${toA1(row, col.subtotal)}+${toA1(row, col.carry)}`,
        subtotal: sumRow(row, col.source0, col[`source${sources.length - 1}`]),
      }),
    },
    options,
  );
}

export function expenditureTable(options: TemplateOptions): SheetDraft {
  return codedTable(
    {
      name: '3支出总表',
      title: '部门预算支出总表',
      codeGroup: '功能分类科目',
      amounts: [
        ...basicAndProject,
        { label: '经营支出', key: 'business', width: 12 },
        { label: '上解上级支出', key: 'remit', width: 12 },
        { label: '对附属单位补助支出', key: 'subsidy', width: 12 },
      ],
      derived: (col, row) => ({ total: sumRow(row, col.basic, col.subsidy) }),
    },
    options,
  );
}

export function generalExpenditureTable(options: TemplateOptions): SheetDraft {
  return codedTable(
    {
      name: '5一般公共预算支出表',
      title: '部门预算一般公共预算财政拨款支出表',
      codeGroup: '功能分类科目',
      amounts: basicAndProject,
      derived: totalOfParts,
    },
    options,
  );
}

export function generalBasicTable(options: TemplateOptions): SheetDraft {
  return codedTable(
    {
      name: '6一般公共预算基本支出表',
      title: '部门预算一般公共预算财政拨款基本支出表',
      codeGroup: '支出部门经济分类科目',
      amounts: [
        {
          label: '一般公共预算基本支出',
          children: [
            { label: '合计', key: 'total', width: 14 },
            { label: '人员经费', key: 'personnel', width: 14 },
            { label: '公用经费', key: 'public', width: 14 },
          ],
        },
      ],
      derived: (col, row) => ({ total: sumRow(row, col.personnel, col.public) }),
    },
    options,
  );
}

export function fundExpenditureTable(options: TemplateOptions): SheetDraft {
  return codedTable(
    {
      name: '7政府性基金预算支出表',
      title: '部门预算政府性基金预算财政拨款支出表',
      codeGroup: '功能分类科目',
      amounts: basicAndProject,
      derived: totalOfParts,
      note: '注：本部门无政府性基金预算财政拨款支出，空表列示。（有支出时请填列并删除本注）',
    },
    options,
  );
}

export function capitalExpenditureTable(options: TemplateOptions): SheetDraft {
  return codedTable(
    {
      name: '8国有资本经营预算支出表',
      title: '部门预算国有资本经营预算财政拨款支出表',
      codeGroup: '功能分类科目',
      amounts: basicAndProject,
      derived: totalOfParts,
      note: '注：本部门无国有资本经营预算财政拨款支出，空表列示。（有支出时请填列并删除本注）',
    },
    options,
  );
}
