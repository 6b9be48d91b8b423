/**
 * The 决算 tables listed by 科目 (公开02, 03, 05, 06, 07, 08表): the same frame as the budget 科目
 * tables — 合计 row over the 类 rows, each row's 合计 the sum of its parts — with the 决算 columns.
 * The 政府性基金 table carries each row's balance: 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出.
 */
import { toA1 } from '../../grid/address';
import { basicAndProject, codedTable, totalOfParts } from '../budget/coded';
import type { SheetDraft } from '../draft';
import type { TemplateOptions } from '../options';
import type { HeaderNode } from '../table';
import { sumRow } from '../table';
import { FINAL_EXPENDITURE_COLUMNS, FINAL_INCOME_COLUMNS } from './lines';

const yearLabel = '决算年度';

/** 本年支出 split into 合计 (a formula), 基本支出 and 项目支出. */
const thisYearSpending: HeaderNode = { label: '本年支出', children: basicAndProject };

export function finalIncomeTable(options: TemplateOptions): SheetDraft {
  const sources = FINAL_INCOME_COLUMNS.map((label, i) => ({ label, key: `source${i}`, width: 13 }));
  return codedTable(
    {
      name: '2收入决算表',
      title: '收入决算表',
      codeGroup: '项目',
      amounts: [{ label: '本年收入合计', key: 'total', width: 14 }, ...sources],
      derived: (col, row) => ({ total: sumRow(row, col.source0, col[`source${sources.length - 1}`]) }),
      yearLabel,
    },
    options,
  );
}

export function finalExpenditureTable(options: TemplateOptions): SheetDraft {
  const [basic, project, ...others] = FINAL_EXPENDITURE_COLUMNS;
  return codedTable(
    {
      name: '3支出决算表',
      title: '支出决算表',
      codeGroup: '项目',
      amounts: [
        { label: '本年支出合计', key: 'total', width: 14 },
        { label: basic, key: 'basic', width: 14 },
        { label: project, key: 'project', width: 14 },
        ...others.map((label, i) => ({ label, key: `other${i}`, width: 12 })),
      ],
      derived: (col, row) => ({ total: sumRow(row, col.basic, col[`other${others.length - 1}`]) }),
      yearLabel,
    },
    options,
  );
}

export function finalGeneralExpenditureTable(options: TemplateOptions): SheetDraft {
  return codedTable(
    {
      name: '5一般公共预算财政拨款支出决算表',
      title: '一般公共预算财政拨款支出决算表',
      codeGroup: '项目',
      amounts: [thisYearSpending],
      derived: totalOfParts,
      yearLabel,
    },
    options,
  );
}

export function finalGeneralBasicTable(options: TemplateOptions): SheetDraft {
  return codedTable(
    {
      name: '6一般公共预算财政拨款基本支出决算表',
      title: '一般公共预算财政拨款基本支出决算表',
      codeGroup: '经济分类科目',
      amounts: [
        {
          label: '决算数',
          children: [
            { label: '合计', key: 'total', width: 14 },
            { label: '人员经费', key: 'personnel', width: 14 },
            { label: '公用经费', key: 'public', width: 14 },
          ],
        },
      ],
      derived: (col, row) => ({ total: sumRow(row, col.personnel, col.public) }),
      yearLabel,
    },
    options,
  );
}

export function finalFundTable(options: TemplateOptions): SheetDraft {
  return codedTable(
    {
      name: '7政府性基金预算财政拨款收入支出决算表',
      title: '政府性基金预算财政拨款收入支出决算表',
      codeGroup: '项目',
      amounts: [
        { label: '年初结转和结余', key: 'opening', width: 13 },
        { label: '本年收入', key: 'income', width: 13 },
        thisYearSpending,
        { label: '年末结转和结余', key: 'closing', width: 13 },
      ],
      derived: (col, row) => ({
        ...totalOfParts(col, row),
        closing: `=${toA1(row, col.opening)}+${toA1(row, col.income)}-${toA1(row, col.total)}`,
      }),
      note: '注：本单位无政府性基金预算财政拨款收入、支出，也无年初、年末结转和结余，空表列示。（有数据时请填列并删除本注）',
      yearLabel,
    },
    options,
  );
}

export function finalCapitalTable(options: TemplateOptions): SheetDraft {
  return codedTable(
    {
      name: '8国有资本经营预算财政拨款支出决算表',
      title: '国有资本经营预算财政拨款支出决算表',
      codeGroup: '项目',
      amounts: [thisYearSpending],
      derived: totalOfParts,
      note: '注：本单位无国有资本经营预算财政拨款支出，空表列示。（有支出时请填列并删除本注）',
      yearLabel,
    },
    options,
  );
}
