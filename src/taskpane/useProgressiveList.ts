/** The findings list's progressive rendering as a React hook (the batching itself is model/findingsWindow.ts). */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { advance, carryOver, isRendered, renderedOf, type KeyedFinding } from './model/findingsWindow';

/**
 * Which findings of the report are rendered. A new report keeps the rows already rendered whose content is
 * unchanged and adds at most one batch (carryOver); then one batch per task until all are there.
 */
export function useProgressiveList(keyed: readonly KeyedFinding[]): {
  rendered: KeyedFinding[];
  isRendered(key: string): boolean;
} {
  const [state, setState] = useState(() => ({ keyed, set: carryOver([], keyed) }));
  let current = state;
  if (state.keyed !== keyed) {
    // Adjusting state while rendering: the first commit of a new report is already bounded.
    current = { keyed, set: carryOver(renderedOf(state.keyed, state.set), keyed) };
    setState(current);
  }
  const { set } = current;
  const filling = set.frontier < keyed.length;
  const rendered = useMemo(() => renderedOf(keyed, set), [keyed, set]);
  const indexOf = useMemo(() => new Map(keyed.map(({ key }, index) => [key, index])), [keyed]);
  useEffect(() => {
    if (!filling) return;
    // A task of its own per batch, so input and painting go in between.
    const timer = setTimeout(() => setState((s) => ({ ...s, set: advance(s.keyed, s.set) })), 0);
    return () => clearTimeout(timer);
  }, [filling, set]);
  const isRenderedKey = useCallback(
    (key: string) => {
      const index = indexOf.get(key);
      return index !== undefined && isRendered(set, key, index);
    },
    [indexOf, set],
  );
  return { rendered, isRendered: isRenderedKey };
}
