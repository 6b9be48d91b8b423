/** The 科目 tree of a coded table, by code prefixes (201 ⊃ 20137 ⊃ 2013701), whatever the row order. */
import type { CodeRow } from './model';

export interface CodeTree {
  /** Direct children: descendants with no closer ancestor among the rows. */
  childrenOf(parent: CodeRow): readonly CodeRow[];
  /** Rows no other row is a prefix of: the 类 rows, or the highest level a table lists. */
  topLevel: readonly CodeRow[];
}

/**
 * Links each row to its closest ancestor — the longest proper prefix of its code present among the
 * rows — in O(rows × code length), so large tables stay linear.
 */
export function codeTree(rows: readonly CodeRow[]): CodeTree {
  const byCode = new Map<string, CodeRow[]>();
  for (const row of rows) {
    const same = byCode.get(row.code);
    if (same) same.push(row);
    else byCode.set(row.code, [row]);
  }
  const children = new Map<CodeRow, CodeRow[]>();
  const topLevel: CodeRow[] = [];
  for (const row of rows) {
    const parent = closestAncestor(row.code, byCode);
    if (!parent) topLevel.push(row);
    else
      for (const p of parent) {
        const siblings = children.get(p);
        if (siblings) siblings.push(row);
        else children.set(p, [row]);
      }
  }
  return { childrenOf: (parent) => children.get(parent) ?? [], topLevel };
}

function closestAncestor(code: string, byCode: Map<string, CodeRow[]>): CodeRow[] | undefined {
  for (let length = code.length - 1; length > 0; length--) {
    const found = byCode.get(code.slice(0, length));
    if (found) return found;
  }
  return undefined;
}
