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
 * rows — in O(rows × code length), so large tables stay linear. A code listed twice is the parent of
 * each of its rows' children (both rows are compared with them).
 */
export function codeTree(rows: readonly CodeRow[]): CodeTree {
  // One row per code, and a list only for the codes that repeat (rare): no array per row.
  const firstOfCode = new Map<string, CodeRow>();
  const repeated = new Map<string, CodeRow[]>();
  for (const row of rows) {
    const first = firstOfCode.get(row.code);
    if (!first) firstOfCode.set(row.code, row);
    else {
      const same = repeated.get(row.code);
      if (same) same.push(row);
      else repeated.set(row.code, [first, row]);
    }
  }
  const children = new Map<CodeRow, CodeRow[]>();
  const addChild = (parent: CodeRow, row: CodeRow) => {
    const siblings = children.get(parent);
    if (siblings) siblings.push(row);
    else children.set(parent, [row]);
  };
  const topLevel: CodeRow[] = [];
  for (const row of rows) {
    const parentCode = closestAncestor(row.code, firstOfCode);
    if (parentCode === undefined) topLevel.push(row);
    else {
      const parents = repeated.get(parentCode);
      if (parents) for (const parent of parents) addChild(parent, row);
      else addChild(firstOfCode.get(parentCode)!, row);
    }
  }
  return { childrenOf: (parent) => children.get(parent) ?? NO_CHILDREN, topLevel };
}

const NO_CHILDREN: readonly CodeRow[] = Object.freeze([]);

function closestAncestor(code: string, firstOfCode: Map<string, CodeRow>): string | undefined {
  for (let length = code.length - 1; length > 0; length--) {
    const prefix = code.slice(0, length);
    if (firstOfCode.has(prefix)) return prefix;
  }
  return undefined;
}
