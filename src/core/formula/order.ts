/**
 * The order in which to compute formula cells so that every cell's inputs are computed first —
 * an iterative depth-first walk (no recursion, so a chain of 100 000 formulas cannot overflow the
 * stack) that also finds the cells on a cycle.
 */
import type { CellRange } from '../grid/types';
import type { FormulaNode } from './parse';

export interface Ordering {
  /** Keys of the cells to compute, inputs before the cells that use them. */
  order: string[];
  /** Keys of cells that depend on themselves (directly or through others). */
  cyclic: Set<string>;
}

/** Dependencies of a formula cell among the cells to compute (keys), given as a function. */
export type Dependencies = (key: string) => Iterable<string>;

export function computeOrder(keys: Iterable<string>, dependencies: Dependencies): Ordering {
  const state = new Map<string, 'open' | 'done'>();
  const order: string[] = [];
  const cyclic = new Set<string>();
  for (const start of keys) {
    if (state.has(start)) continue;
    const stack: { key: string; deps: Iterator<string> }[] = [
      { key: start, deps: dependencies(start)[Symbol.iterator]() },
    ];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const next = top.deps.next();
      if (next.done) {
        stack.pop();
        state.set(top.key, 'done');
        order.push(top.key);
        continue;
      }
      const dep = next.value;
      const seen = state.get(dep);
      if (seen === 'done') continue;
      if (seen === 'open') {
        // Every cell from the dependency up the stack is on the cycle.
        for (let i = stack.length - 1; i >= 0; i--) {
          cyclic.add(stack[i].key);
          if (stack[i].key === dep) break;
        }
        continue;
      }
      state.set(dep, 'open');
      stack.push({ key: dep, deps: dependencies(dep)[Symbol.iterator]() });
    }
  }
  return { order, cyclic };
}

/** Absolute cells a formula reads: its refs and the cells of its ranges, clipped to `bounds`. */
export function* referencedCells(node: FormulaNode, bounds: CellRange): Generator<[number, number]> {
  switch (node.kind) {
    case 'ref':
      yield [node.row, node.col];
      return;
    case 'range': {
      const top = Math.max(node.range.top, bounds.top);
      const bottom = Math.min(node.range.bottom, bounds.bottom);
      const left = Math.max(node.range.left, bounds.left);
      const right = Math.min(node.range.right, bounds.right);
      for (let row = top; row <= bottom; row++) for (let col = left; col <= right; col++) yield [row, col];
      return;
    }
    case 'unary':
      yield* referencedCells(node.operand, bounds);
      return;
    case 'binary':
      yield* referencedCells(node.left, bounds);
      yield* referencedCells(node.right, bounds);
      return;
    case 'call':
      for (const arg of node.args) yield* referencedCells(arg, bounds);
      return;
    default:
      return;
  }
}
