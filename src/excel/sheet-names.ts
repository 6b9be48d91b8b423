/** Excel worksheet names: legal characters, ≤ 31 characters, unique ignoring case — never an existing sheet's name. */

const MAX_LENGTH = 31;

/** Excel forbids : \ / ? * [ ] in sheet names and a leading or trailing apostrophe. */
function legalName(wanted: string): string {
  const cleaned = wanted
    .replace(/[:\\/?*[\]]/g, '_')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned || 'Sheet').slice(0, MAX_LENGTH);
}

/** A legal name for `wanted` that differs from every name in `taken` (compared case-insensitively). */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const base = legalName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
