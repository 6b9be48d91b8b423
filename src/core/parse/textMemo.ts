/**
 * A pure function of a short text, remembered across calls: labels recur row after row, table after table
 * and file after file in a batch. Bounded: texts longer than `maxLength` are never kept, and the memory is
 * dropped whole when it holds `capacity` texts, so a hostile sheet of distinct labels costs no more than that.
 */
export function textMemo<T>(compute: (text: string) => T, capacity = 8192, maxLength = 200): (text: string) => T {
  let known = new Map<string, T>();
  return (text) => {
    const found = known.get(text);
    if (found !== undefined || known.has(text)) return found as T;
    const value = compute(text);
    if (text.length <= maxLength) {
      if (known.size >= capacity) known = new Map();
      known.set(text, value);
    }
    return value;
  };
}
