/** How much the reader will read before it stops and says so: every bound is checked while streaming. */

export interface ReadLimits {
  /** Cells per sheet (rows × columns of the grid); rows past it are not read. */
  maxCellsPerSheet: number;
  /** Inflated bytes of one zip entry; reading stops there with a warning, nothing is allocated ahead. */
  maxEntryBytes: number;
  /** Inflated bytes of all entries together; past it the workbook is refused. */
  maxTotalBytes: number;
  /** Inflated : compressed ratio beyond which an entry is treated as a zip bomb (checked past `bombFloorBytes`). */
  maxRatio: number;
  bombFloorBytes: number;
  /** Shared strings kept (count, and UTF-16 code units all together). */
  maxSharedStrings: number;
  maxSharedStringChars: number;
  /** File size the Node helper refuses to read at all. */
  maxFileBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxCellsPerSheet: 5_000_000,
  maxEntryBytes: 256 * 1_048_576,
  maxTotalBytes: 1_536 * 1_048_576,
  maxRatio: 400,
  bombFloorBytes: 16 * 1_048_576,
  maxSharedStrings: 5_000_000,
  maxSharedStringChars: 128 * 1_048_576,
  maxFileBytes: 512 * 1_048_576,
};

export function withDefaults(limits?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_LIMITS, ...limits };
}
