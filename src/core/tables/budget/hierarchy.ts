/** The 科目 tree of a coded table, by code prefixes (201 ⊃ 20137 ⊃ 2013701), whatever the row order. */
import type { CodeRow } from './model';

/** Direct children: descendants (longer codes with this prefix) with no closer ancestor among them. */
export function childrenOf(parent: CodeRow, rows: readonly CodeRow[]): CodeRow[] {
  const descendants = rows.filter(
    (r) => r !== parent && r.code.length > parent.code.length && r.code.startsWith(parent.code),
  );
  return descendants.filter(
    (d) => !descendants.some((o) => o !== d && o.code.length < d.code.length && d.code.startsWith(o.code)),
  );
}

/** Rows no other row is a prefix of: the 类 rows, or the highest level a table lists. */
export function topLevelRows(rows: readonly CodeRow[]): CodeRow[] {
  return rows.filter((r) => !rows.some((o) => o !== r && o.code.length < r.code.length && r.code.startsWith(o.code)));
}
