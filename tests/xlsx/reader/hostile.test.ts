/** The hostile corpus: every input ends as grids with zh-CN warnings or as a named refusal — never anything else. */
import type { SheetGrid } from '../../../src/core/grid/types';
import { hostileCorpus } from '../../../src/xlsx/hostile/corpus';
import { readZipWorkbook, UnreadableWorkbookError, type WorkbookRead } from '../../../src/xlsx/reader';
import { zlibInflateRaw } from '../../../src/xlsx/reader/file';
import { withDefaults } from '../../../src/xlsx/reader/limits';

const CJK = /[\u4e00-\u9fff]/;
const size = (grid: SheetGrid) => [grid.values.length, grid.values[0]?.length ?? 0];

/** What each readable input must contain beyond "it was read". */
const CONTENT: Record<string, (read: WorkbookRead) => void> = {
  'merges-100k': ({ grids: [g] }) => {
    expect(g.merges).toHaveLength(20_000);
    expect(g.values[1]).toEqual([(2 * 31) % 1000, null]);
  },
  'whole-sheet-merge': ({ grids: [g] }) => {
    // The merge is kept as a range over the grid, never expanded into cells.
    expect(size(g)).toEqual([1, 1]);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 0 }]);
  },
  'cells-10m': ({ grids: [g] }) => {
    expect(g.values.length * g.values[0].length).toBeLessThanOrEqual(100_000);
    expect(g.values.length).toBe(5_000);
  },
  'string-50mb': ({ grids: [g] }) => expect((g.values[0][0] as string).length).toBe(4 * 1_048_576),
  'namespace-prefixes': ({ grids: [g] }) => expect(g.values).toEqual([['收入', 12.5]]),
  'x-escapes': ({ grids: [g] }) => expect(g.values[0][0]).toBe('合计\r一一_x0041_'),
  'strict-ooxml': ({ grids: [g] }) => expect(g.values).toEqual([[7]]),
  // Cut at the far corner: the empty rows before it do not make a million-row grid.
  'sparse-corners': ({ grids: [g] }) => expect(size(g)).toEqual([1, 1]),
  'shared-strings-flood': ({ grids: [g], warnings }) => {
    expect(g.values[0][0]).toBe('0');
    expect(warnings.join()).toContain('共享字符串表过大');
  },
  'deep-nesting': ({ grids: [g] }) => expect(g.values).toEqual([[1]]),
  'bad-references': ({ grids: [g] }) => {
    expect(g.values.map((r) => r[0])).toEqual([1, null, 3]);
    expect(g.merges).toEqual([]);
  },
  'malformed-xml': ({ grids: [g] }) => expect(g.values[0]).toEqual([5]),
};

describe.each([
  ['fflate', undefined],
  ['zlib', zlibInflateRaw],
])('hostile inputs (%s)', (_label, inflateRaw) => {
  it.each(hostileCorpus('test').map((c) => [c.id, c] as const))('%s', (_id, input) => {
    const bytes = input.build();
    let read: WorkbookRead | undefined;
    let error: unknown;
    try {
      read = readZipWorkbook(bytes, withDefaults(input.limits), inflateRaw);
    } catch (caught) {
      error = caught;
    }
    if ('refused' in input.expect) {
      expect(error).toBeInstanceOf(UnreadableWorkbookError);
      expect((error as UnreadableWorkbookError).code).toBe(input.expect.refused);
      expect((error as Error).message).toMatch(CJK);
      return;
    }
    expect(error).toBeUndefined();
    const warnings = [...read!.warnings, ...read!.grids.flatMap((g) => g.readWarnings ?? [])];
    for (const warning of warnings) expect(warning).toMatch(CJK);
    if (input.expect.warning) expect(warnings.join('\n')).toContain(input.expect.warning);
    else expect(warnings).toEqual([]);
    CONTENT[input.id]?.(read!);
  });
});
