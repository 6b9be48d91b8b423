/** Runs tasks with bounded concurrency and hands results on in input order, as soon as each prefix is complete. */

/**
 * Calls `run` on every item with at most `concurrency` in flight; `emit` receives each result in input order
 * (a slow first file holds back the ones after it, never reorders them).
 */
export async function runInOrder<T, R>(
  items: readonly T[],
  concurrency: number,
  run: (item: T, index: number) => Promise<R>,
  emit: (result: R, index: number) => void,
): Promise<void> {
  const results = new Map<number, R>();
  let next = 0;
  let emitted = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results.set(index, await run(items[index], index));
      for (; results.has(emitted); emitted++) {
        const result = results.get(emitted)!;
        results.delete(emitted); // keep memory to the results still waiting for an earlier file
        emit(result, emitted);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}
