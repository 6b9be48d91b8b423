/** Identities of 收支总表 and 财政拨款收支总表: 本年合计 = Σ lines, 总计 = 本年合计 + 结转, 收入总计 = 支出总计. */
import type {
  AmountCell,
  AmountRole,
  SummaryLine,
  SummarySide,
  SummaryTable,
  SummaryTableKind,
} from '../../../tables/budget/model';
import { FISCAL_SOURCES, SOURCE_LABELS } from '../../../tables/budget/vocabulary';
import { declarationOf } from '../../../tables/kinds';
import type { IdentityCollector } from './collector';
import type { Identity } from './types';
import { amountColumns, columnName } from './code-tables';
import { addRowIdentities } from './rows';

const SIDE_NAMES = { income: '收入', expenditure: '支出' } as const;

const quotedName = (line: SummaryLine) => `“${line.name}”`;

export function summaryIdentities(table: SummaryTable<SummaryTableKind>, collector: IdentityCollector): void {
  const push = (target: AmountCell | undefined, terms: (AmountCell | undefined)[], what: string) => {
    const cells = terms.filter((c): c is AmountCell => c !== undefined);
    if (target && cells.length > 0)
      collector.add({ family: 'balance', sheet: table.sheet, target, terms: cells, what });
  };
  const roles = amountColumns(table.columns);

  for (const side of ['income', 'expenditure'] as const) {
    const lines = table[side];
    const name = SIDE_NAMES[side];
    const sideRoles = [...new Set(allLines(lines).flatMap((l) => Object.keys(l.amounts) as AmountRole[]))];
    for (const role of sideRoles) {
      const label = roles.find((c) => c.role === role);
      const column = label && role !== 'total' ? `“${columnName(label)}”列` : '';
      const at = (line: SummaryLine | null) => line?.amounts[role];
      const topLines = lines.lines.filter((l) => l.depth === 0);
      push(at(lines.yearTotal), topLines.map(at), `本年${name}合计${column}应等于各${name}项目之和`);
      const carryLines = lines.carryoverLines.filter((l) => l.depth === 0);
      const carry = at(lines.carryover);
      // A carry-over line left blank is a heading: its itemized lines carry the amount.
      const carryIsHeading = carry?.fen === null && carryLines.length > 0;
      if (carryLines.length > 0 && !carryIsHeading)
        push(carry, carryLines.map(at), `${lines.carryover?.name ?? '结转'}${column}应等于其分项之和`);
      const carryTerms = carryIsHeading ? carryLines.map(at) : [carry];
      push(
        at(lines.grandTotal),
        [at(lines.yearTotal), ...carryTerms, ...lines.adjustments.map(at)],
        `${name}总计${column}应等于本年${name}合计与结转结余之和`,
      );
    }
    // Row identities (合计 = 一般公共预算 + 基金 + 国资) use this side's columns only.
    const sideCols = new Set(allLines(lines).flatMap((l) => Object.values(l.amounts).map((c) => c.col)));
    const sideColumns = table.columns.filter((c) => sideCols.has(c.col));
    for (const line of allLines(lines))
      addRowIdentities(collector, table.sheet, line.amounts, sideColumns, line, quotedName);
  }
  push(table.expenditure.grandTotal?.amounts.total, [table.income.grandTotal?.amounts.total], '支出总计应等于收入总计');
  for (const identity of fundBalances(table)) collector.add(identity);
}

function allLines(side: SummarySide): SummaryLine[] {
  return [
    ...side.lines,
    ...[side.yearTotal, side.carryover, side.grandTotal].filter((l): l is SummaryLine => l !== null),
    ...side.carryoverLines,
    ...side.adjustments,
  ];
}

/**
 * Per fund of a 财政拨款收支总表 (its 支出 side has a column per fund): 年末结转和结余 = 年初结转和结余
 * + 本年收入 − 本年支出, the 年初 and 收入 read from the 收入 side's lines of that fund.
 */
function fundBalances(table: SummaryTable): Identity[] {
  const { income, expenditure } = table;
  const out: Identity[] = [];
  if (!declarationOf(table.kind).balancesByFund || !expenditure.carryover || !expenditure.yearTotal) return out;
  for (const fund of FISCAL_SOURCES) {
    const target = expenditure.carryover.amounts[fund];
    const spent = expenditure.yearTotal.amounts[fund];
    const received = income.lines.find((l) => l.depth === 0 && l.source === fund)?.amounts.total;
    const opening = income.carryoverLines.find((l) => l.source === fund)?.amounts.total;
    if (!target || !spent || !received || !opening) continue;
    out.push({
      family: 'balance',
      sheet: table.sheet,
      target,
      terms: [opening, received],
      less: [spent],
      what: `${SOURCE_LABELS[fund]}的年末结转和结余应等于年初结转和结余+本年收入-本年支出`,
    });
  }
  return out;
}
