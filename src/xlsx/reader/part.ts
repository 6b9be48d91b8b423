/** One XML part of the package, streamed: zip entry → inflate → UTF-8 (or UTF-16) text → tokenizer → handler. */
import { readerStrings } from '../../strings/reader';
import { UnreadableWorkbookError } from './errors';
import { XmlError, XmlScanner, type XmlHandler } from './xml';
import { streamEntry, type EntryEnd, type InflateBudget, type Zip } from './zip';

/** How reading a part ended: the zip outcomes, 'malformed' XML, or 'missing' when the entry is absent. */
export type PartEnd = EntryEnd | 'malformed' | 'missing';

/** How far a handler's `skipTo` may look ahead before the rest of the part is left unread (all of it is inflated). */
const MAX_SKIP_CHARS = 32 * 1_048_576;

/**
 * Streams part `name` into `handler`, which may stop early by setting `done`.
 * A DOCTYPE anywhere refuses the whole workbook.
 */
export function readPart(zip: Zip, name: string, budget: InflateBudget, handler: XmlHandler): PartEnd {
  const entry = zip.entry(name);
  if (!entry) return 'missing';
  const scanner = new XmlScanner(handler);
  let decoder: Decoder | undefined;
  try {
    const end = streamEntry(zip, entry, budget, (chunk) => {
      decoder ??= decoderFor(chunk);
      scanner.write(decoder.decode(chunk, { stream: true }));
      return !handler.done && scanner.skipped <= MAX_SKIP_CHARS;
    });
    if (end === 'stopped' && !handler.done) return 'complete'; // gave up looking ahead: what was wanted is read
    if (end !== 'complete') return end;
    scanner.write(decoder?.decode() ?? '');
    scanner.end();
    return handler.done ? 'stopped' : 'complete';
  } catch (error) {
    if (error instanceof XmlError) {
      if (error.kind === 'doctype') throw new UnreadableWorkbookError('doctype', readerStrings.unreadable.doctype);
      return 'malformed';
    }
    throw error;
  }
}

/** TextDecoder's shape (the CLI's compile has no DOM types; Node and browsers both provide the global). */
interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

function decoderFor(first: Uint8Array): Decoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le');
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}
