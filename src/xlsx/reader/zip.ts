/**
 * Zip container: the central directory parsed from the end of the bytes, and each entry inflated as a stream
 * (fflate) under hard caps, so neither a huge nor a hostile entry is ever held or allocated whole.
 */
import { Inflate } from 'fflate';
import { readerStrings } from '../../strings/reader';
import { UnreadableWorkbookError } from './errors';
import type { ReadLimits } from './limits';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes pushed per inflate step: one step's output is bounded by ≈ 1032 × this. */
const STEP = 16_384;

export interface ZipEntry {
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface Zip {
  bytes: Uint8Array;
  /** Entry lookup by exact name, then case-insensitively (some writers vary the case). */
  entry(name: string): ZipEntry | undefined;
}

export const isZipStart = (b: Uint8Array) => b.length >= 4 && readU32(b, 0) === LOCAL;

export function openZip(bytes: Uint8Array): Zip {
  const eocd = findEndOfCentralDirectory(bytes);
  const U = readerStrings.unreadable;
  if (eocd < 0) {
    if (isZipStart(bytes)) throw new UnreadableWorkbookError('truncated', U.truncated);
    throw new UnreadableWorkbookError('not-zip', U.notZip);
  }
  const count = readU16(bytes, eocd + 10);
  const dirSize = readU32(bytes, eocd + 12);
  const dirOffset = readU32(bytes, eocd + 16);
  // Zip64 markers (0xFFFF…) never occur in a workbook of a size we accept.
  if (dirOffset + dirSize > eocd || count === 0xffff || dirOffset === 0xffffffff)
    throw new UnreadableWorkbookError('corrupt', U.corrupt);
  const byName = new Map<string, ZipEntry>();
  const byLowerName = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || readU32(bytes, p) !== CENTRAL) throw new UnreadableWorkbookError('corrupt', U.corrupt);
    const nameLength = readU16(bytes, p + 28);
    const extraLength = readU16(bytes, p + 30);
    const commentLength = readU16(bytes, p + 32);
    if (p + 46 + nameLength > eocd) throw new UnreadableWorkbookError('corrupt', U.corrupt);
    const name = decoder
      .decode(bytes.subarray(p + 46, p + 46 + nameLength))
      .replace(/\\/g, '/')
      .replace(/^\//, '');
    const entry: ZipEntry = {
      name,
      encrypted: (readU16(bytes, p + 8) & 1) === 1,
      method: readU16(bytes, p + 10),
      compressedSize: readU32(bytes, p + 20),
      size: readU32(bytes, p + 24),
      localOffset: readU32(bytes, p + 42),
    };
    if (!byName.has(name)) byName.set(name, entry);
    if (!byLowerName.has(name.toLowerCase())) byLowerName.set(name.toLowerCase(), entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, entry: (name) => byName.get(name) ?? byLowerName.get(name.toLowerCase()) };
}

/** How an entry's stream ended. `damaged`: bad local header or deflate data; the chunks before it stand. */
export type EntryEnd = 'complete' | 'stopped' | 'capped' | 'bomb' | 'damaged';

/**
 * A platform's one-shot raw inflate (Node's zlib is several times faster than fflate): the whole output, or
 * undefined when it would exceed `maxOutput` — then the entry is streamed under the caps instead.
 */
export type InflateRaw = (data: Uint8Array, maxOutput: number) => Uint8Array | undefined;

/** Entries up to this size (inflated) may take the platform's one-shot inflate. */
const ONE_SHOT_MAX = 32 * 1_048_576;
/** Inflated bytes handed on at a time from a one-shot inflate. */
const ONE_SHOT_SLICE = 1_048_576;

/** Inflated bytes of the whole workbook so far, against `maxTotalBytes`; and the platform's inflate, if any. */
export interface InflateBudget {
  limits: ReadLimits;
  used: number;
  inflateRaw?: InflateRaw;
}

/**
 * Streams an entry's inflated bytes to `onChunk` (return false to stop). Stops at the per-entry cap and at a
 * zip-bomb ratio; throws only when the workbook's total budget is spent.
 */
export function streamEntry(
  zip: Zip,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (chunk: Uint8Array) => boolean,
): EntryEnd {
  const { bytes } = zip;
  const { limits } = budget;
  if (entry.encrypted) throw new UnreadableWorkbookError('encrypted', readerStrings.unreadable.encryptedEntries);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || readU32(bytes, local) !== LOCAL) return 'damaged';
  const start = local + 30 + readU16(bytes, local + 26) + readU16(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length || (entry.method !== 0 && entry.method !== 8)) return 'damaged';

  let produced = 0;
  let consumed = 0;
  let outcome: EntryEnd | undefined;
  // The consumer's own errors (a refused DOCTYPE…) pass through; only the inflater's mean a damaged entry.
  let consumerError: { error: unknown } | undefined;
  const deliver = (chunk: Uint8Array) => {
    if (outcome || chunk.length === 0) return;
    let piece = chunk;
    if (produced + piece.length > limits.maxEntryBytes) {
      piece = piece.subarray(0, limits.maxEntryBytes - produced);
      outcome = 'capped';
    }
    produced += piece.length;
    budget.used += piece.length;
    if (budget.used > limits.maxTotalBytes)
      throw new UnreadableWorkbookError('too-large', readerStrings.unreadable.workbookTooLarge(limits.maxTotalBytes));
    if (produced > limits.bombFloorBytes && produced > consumed * limits.maxRatio) outcome = 'bomb';
    if (!piece.length) return;
    let more: boolean;
    try {
      more = onChunk(piece);
    } catch (error) {
      consumerError = { error };
      more = false;
    }
    if (!more && !outcome) outcome = 'stopped';
  };
  const finish = (end: EntryEnd): EntryEnd => {
    if (consumerError) throw consumerError.error;
    return end;
  };

  if (entry.method === 0) {
    for (let p = start; p < end && !outcome; p += STEP) {
      consumed = Math.min(end, p + STEP) - start;
      deliver(bytes.subarray(p, Math.min(end, p + STEP)));
    }
    return finish(outcome ?? 'complete');
  }
  try {
    const whole = budget.inflateRaw?.(bytes.subarray(start, end), Math.min(ONE_SHOT_MAX, limits.maxEntryBytes));
    if (whole) {
      consumed = end - start;
      for (let p = 0; p < whole.length && !outcome; p += ONE_SHOT_SLICE)
        deliver(whole.subarray(p, Math.min(whole.length, p + ONE_SHOT_SLICE)));
      return finish(outcome ?? 'complete');
    }
  } catch (error) {
    if (error instanceof UnreadableWorkbookError || consumerError) throw error;
    return 'damaged';
  }
  const inflate = new Inflate((chunk) => deliver(chunk));
  try {
    for (let p = start; p < end && !outcome; p += STEP) {
      const stop = Math.min(end, p + STEP);
      consumed = stop - start;
      inflate.push(bytes.subarray(p, stop), stop === end);
    }
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    return finish(outcome ?? 'damaged');
  }
  return finish(outcome ?? 'complete');
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, b.length - 22 - 65_535);
  for (let p = b.length - 22; p >= lowest; p--) if (readU32(b, p) === EOCD) return p;
  return -1;
}

export const readU16 = (b: Uint8Array, p: number) => b[p] | (b[p + 1] << 8);
export const readU32 = (b: Uint8Array, p: number) =>
  (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
