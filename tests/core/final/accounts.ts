/**
 * The figures of one department's 部门决算, as a finance office keeps them: the 项-level 功能分类
 * lines (what each fund received and spent), the 经济分类 lines of 基本支出, the 三公 figures and the
 * department-level balances. Every published total is derived here in exact integer hundredths of
 * the workbook's unit, so the nine sheets built from it are consistent by construction.
 */
import type { MoneyUnit } from '../../../src/core/parse/amount';

/** Hundredths of the workbook's unit (0.01 万元 or 1 分): published cells carry two decimals. */
export type Cents = number;

export interface FunctionItem {
  /** 7-digit 项 code, e.g. "2100101". */
  code: string;
  name: string;
  /** 一般公共预算财政拨款: received this year, spent on 基本支出 and 项目支出. */
  general?: { income: Cents; basic: Cents; project: Cents };
  /** 政府性基金预算财政拨款 (project spending only): its own carry-over per line. */
  fund?: { opening: Cents; income: Cents; project: Cents };
  /** Money that is not 财政拨款: 事业收入 and 其他收入 received, 基本/项目支出 paid from them. */
  other?: { business: Cents; otherIncome: Cents; basic: Cents; project: Cents };
}

export interface EconomicLine {
  /** 5-digit 款 code of 经济分类, e.g. "30101". */
  code: string;
  name: string;
  /** Undefined for the one line that takes what the others leave of 一般公共预算 基本支出. */
  amount?: Cents;
}

export interface ThreePublicFigures {
  abroad: Cents;
  purchase: Cents;
  upkeep: Cents;
  reception: Cents;
}

export interface FinalAccounts {
  unitName: string;
  year: number;
  unit: MoneyUnit;
  /** 功能分类 codes in three columns 类|款|项 ("210", "01", "01") instead of one. */
  splitCodes: boolean;
  /** Names of the 类 and 款 codes the items use. */
  names: Record<string, string>;
  items: FunctionItem[];
  economic: EconomicLine[];
  threePublic: { budget: ThreePublicFigures; actual: ThreePublicFigures };
  /** 年初结转和结余 of 一般公共预算 and of the money that is not 财政拨款 (the fund's is per line). */
  opening: { general: Cents; other: Cents };
  /** 使用非财政拨款结余 and 结余分配 of the 收入支出决算总表. */
  unusedNonFiscal: Cents;
  distribution: Cents;
}

/** Economic 类 whose lines are 人员经费; the others (302, 310 …) are 公用经费. */
export const PERSONNEL_CLASSES = ['301', '303'];

export const sum = (values: readonly Cents[]): Cents => values.reduce((a, b) => a + b, 0);

/** A coded line with its amounts by column key, at 类, 款 or 项 level. */
export interface CodedLine {
  code: string;
  name: string;
  amounts: Record<string, Cents>;
}

/**
 * 类, 款 and 项 lines in code order, parents summing their children, from 项 lines (or 款 lines
 * for 经济分类); lines whose amounts are all zero are left out, as published tables do.
 */
export function withParents(leaves: readonly CodedLine[], names: Record<string, string>): CodedLine[] {
  const kept = leaves.filter((l) => Object.values(l.amounts).some((v) => v !== 0));
  const byCode = new Map<string, CodedLine>();
  for (const leaf of kept) {
    const prefixes = [3, 5, 7].filter((n) => n < leaf.code.length).map((n) => leaf.code.slice(0, n));
    for (const code of prefixes) {
      const line = byCode.get(code) ?? { code, name: nameOf(names, code), amounts: {} };
      for (const [key, value] of Object.entries(leaf.amounts)) line.amounts[key] = (line.amounts[key] ?? 0) + value;
      byCode.set(code, line);
    }
    byCode.set(leaf.code, leaf);
  }
  return [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function nameOf(names: Record<string, string>, code: string): string {
  const name = names[code];
  if (!name) throw new Error(`no name for ${code}`);
  return name;
}

/** Σ of a column over the 类 lines: the 合计 row. */
export function totalOf(lines: readonly CodedLine[], key: string): Cents {
  return sum(lines.filter((l) => l.code.length === 3).map((l) => l.amounts[key] ?? 0));
}

const g = (item: FunctionItem) => item.general ?? { income: 0, basic: 0, project: 0 };
const f = (item: FunctionItem) => item.fund ?? { opening: 0, income: 0, project: 0 };
const o = (item: FunctionItem) => item.other ?? { business: 0, otherIncome: 0, basic: 0, project: 0 };

/** 收入决算表 lines: 本年收入合计 = 财政拨款收入 + 事业收入 + 其他收入. */
export function incomeLines(a: FinalAccounts): CodedLine[] {
  return withParents(
    a.items.map((item) => {
      const fiscal = g(item).income + f(item).income;
      const { business, otherIncome } = o(item);
      return {
        code: item.code,
        name: item.name,
        amounts: { total: fiscal + business + otherIncome, fiscal, business, otherIncome },
      };
    }),
    a.names,
  );
}

/** 支出决算表 lines: 本年支出合计 = 基本支出 + 项目支出. */
export function expenditureLines(a: FinalAccounts): CodedLine[] {
  return withParents(
    a.items.map((item) => {
      const basic = g(item).basic + o(item).basic;
      const project = g(item).project + f(item).project + o(item).project;
      return { code: item.code, name: item.name, amounts: { total: basic + project, basic, project } };
    }),
    a.names,
  );
}

/** 一般公共预算财政拨款支出决算表 lines. */
export function generalLines(a: FinalAccounts): CodedLine[] {
  return withParents(
    a.items.map((item) => {
      const { basic, project } = g(item);
      return { code: item.code, name: item.name, amounts: { total: basic + project, basic, project } };
    }),
    a.names,
  );
}

/** 政府性基金预算财政拨款收入支出决算表 lines: 年末 = 年初 + 本年收入 − 本年支出, line by line. */
export function fundLines(a: FinalAccounts): CodedLine[] {
  return withParents(
    a.items
      .filter((item) => item.fund)
      .map((item) => {
        const { opening, income, project } = f(item);
        const amounts = { opening, income, total: project, basic: 0, project, closing: opening + income - project };
        return { code: item.code, name: item.name, amounts };
      }),
    a.names,
  );
}

/** 一般公共预算财政拨款基本支出决算表 lines (经济分类 类 and 款): 合计 = 人员经费 + 公用经费. */
export function basicLines(a: FinalAccounts): CodedLine[] {
  const generalBasic = sum(a.items.map((item) => g(item).basic));
  const given = sum(a.economic.map((l) => l.amount ?? 0));
  const rest = generalBasic - given;
  if (rest <= 0) throw new Error(`${a.unitName}: the economic lines exceed 基本支出 by ${-rest}`);
  return withParents(
    a.economic.map((line) => {
      const amount = line.amount ?? rest;
      const personnel = PERSONNEL_CLASSES.includes(line.code.slice(0, 3));
      return {
        code: line.code,
        name: line.name,
        amounts: { total: amount, personnel: personnel ? amount : 0, public: personnel ? 0 : amount },
      };
    }),
    a.names,
  );
}

/** The amounts of the 收入支出决算总表 and 财政拨款收入支出决算总表 (per fund). */
export function summaryFigures(a: FinalAccounts) {
  const generalIncome = sum(a.items.map((i) => g(i).income));
  const fundIncome = sum(a.items.map((i) => f(i).income));
  const business = sum(a.items.map((i) => o(i).business));
  const otherIncome = sum(a.items.map((i) => o(i).otherIncome));
  const yearIncome = generalIncome + fundIncome + business + otherIncome;
  const generalSpending = sum(a.items.map((i) => g(i).basic + g(i).project));
  const fundSpending = sum(a.items.map((i) => f(i).project));
  const yearSpending = totalOf(expenditureLines(a), 'total');
  const fundOpening = sum(a.items.map((i) => f(i).opening));
  const opening = a.opening.general + fundOpening + a.opening.other;
  const closing = opening + yearIncome + a.unusedNonFiscal - yearSpending - a.distribution;
  const generalClosing = a.opening.general + generalIncome - generalSpending;
  const fundClosing = fundOpening + fundIncome - fundSpending;
  if (closing < 0 || generalClosing < 0 || fundClosing < 0) throw new Error(`${a.unitName}: negative 年末结转和结余`);
  return {
    income: {
      general: generalIncome,
      fund: fundIncome,
      capital: 0,
      superior: 0,
      business,
      operating: 0,
      affiliated: 0,
      other: otherIncome,
    },
    yearIncome,
    yearSpending,
    opening,
    closing,
    grandTotal: yearIncome + a.unusedNonFiscal + opening,
    fiscal: {
      income: generalIncome + fundIncome,
      opening: { general: a.opening.general, fund: fundOpening, capital: 0 },
      spending: { general: generalSpending, fund: fundSpending, capital: 0 },
      closing: { general: generalClosing, fund: fundClosing, capital: 0 },
    },
  };
}

/** 财政拨款 spending by 功能分类 类: [一般公共预算, 政府性基金]. */
export function fiscalSpendingByClass(a: FinalAccounts): Map<string, { general: Cents; fund: Cents }> {
  const out = new Map<string, { general: Cents; fund: Cents }>();
  for (const item of a.items) {
    const cls = item.code.slice(0, 3);
    const line = out.get(cls) ?? { general: 0, fund: 0 };
    line.general += g(item).basic + g(item).project;
    line.fund += f(item).project;
    out.set(cls, line);
  }
  return out;
}

/** 合计 = 出国 + 用车 (购置 + 运行维护) + 接待. */
export function threePublicTotal(t: ThreePublicFigures): Cents {
  return t.abroad + t.purchase + t.upkeep + t.reception;
}
