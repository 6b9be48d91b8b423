/** Identities of the 科目 tables: parent = Σ children, 合计 row = Σ top-level rows, and the row identities. */
import { labelKey } from '../../../parse/normalize';
import type {
  AmountCell,
  AmountRole,
  BudgetColumn,
  CodeRow,
  CodeTable,
  CodeTableKind,
} from '../../../tables/budget/model';
import { codeTree } from '../../../tables/budget/hierarchy';
import { isAmountRole } from '../../../tables/budget/roles';
import type { IdentityCollector } from './collector';
import type { Identity, IdentityFamily } from './types';
import { addRowIdentities, nameAsIs } from './rows';

/** A column's name for messages: its last header word ("本年收入/小计" → 小计). */
export function columnName(column: BudgetColumn): string {
  return labelKey(column.label).split('/').pop() ?? column.label;
}

/** The first column of each amount role (the one rowAmounts reads). */
export function amountColumns(columns: BudgetColumn[]): (BudgetColumn & { role: AmountRole })[] {
  const seen = new Set<string>();
  return columns.filter((c): c is BudgetColumn & { role: AmountRole } => {
    if (!isAmountRole(c.role) || seen.has(c.role)) return false;
    seen.add(c.role);
    return true;
  });
}

function rowName(row: CodeRow): string {
  return row.name ? `科目 ${row.code}（${row.name}）` : `科目 ${row.code}`;
}

/** Parent = Σ children in one column; described only when read, as most identities hold. */
class HierarchyIdentity implements Identity {
  readonly family = 'hierarchy';
  constructor(
    readonly sheet: string,
    readonly target: AmountCell,
    readonly terms: AmountCell[],
    private readonly parent: CodeRow,
    private readonly column: string,
  ) {}

  get what(): string {
    return `${rowName(this.parent)}的“${this.column}”应等于其下级科目之和`;
  }
}

export function codeTableIdentities(table: CodeTable<CodeTableKind>, collector: IdentityCollector): void {
  const columns = amountColumns(table.columns);
  // Named once per table rather than once per parent row.
  const names = new Map(columns.map((c) => [c, columnName(c)]));
  const cellsOf = (rows: readonly CodeRow[], role: AmountRole) => {
    const cells: AmountCell[] = [];
    for (const row of rows) {
      const cell = row.amounts[role];
      if (cell !== undefined) cells.push(cell);
    }
    return cells;
  };
  /** target = Σ of the rows' cells in the role's column; the evaluation when it does not hold. */
  const settle = (family: IdentityFamily, target: AmountCell, rows: readonly CodeRow[], role: AmountRole) => {
    const sum = collector.start();
    for (const row of rows) sum.add(row.amounts[role]);
    return collector.settle(family, target);
  };
  const valid = table.codeRows.filter((r) => /^\d+$/.test(r.code));
  const tree = codeTree(valid);

  for (const parent of valid) {
    const children = tree.childrenOf(parent);
    if (children.length === 0) continue;
    for (const column of columns) {
      const target = parent.amounts[column.role];
      if (!target) continue;
      const result = settle('hierarchy', target, children, column.role);
      if (result)
        collector.fail(
          new HierarchyIdentity(table.sheet, target, cellsOf(children, column.role), parent, names.get(column)!),
          result,
        );
    }
  }

  const top = tree.topLevel;
  if (table.totalRow && top.length > 0)
    for (const column of columns) {
      const target = table.totalRow.amounts[column.role];
      if (!target) continue;
      const result = settle('total-row', target, top, column.role);
      if (result)
        collector.fail(
          {
            family: 'total-row',
            sheet: table.sheet,
            target,
            terms: cellsOf(top, column.role),
            what: `合计行的“${names.get(column)}”应等于各类级科目之和`,
          },
          result,
        );
    }

  if (table.totalRow)
    addRowIdentities(collector, table.sheet, table.totalRow.amounts, table.columns, '合计行', nameAsIs);
  for (const row of table.codeRows) addRowIdentities(collector, table.sheet, row.amounts, table.columns, row, rowName);
}
