/** The shared string table (sharedStrings.xml): rich-text runs joined, phonetic runs left out, `_xHHHH_` decoded. */
import { readPart, type PartEnd } from './part';
import type { XmlHandler } from './xml';
import type { InflateBudget, Zip } from './zip';
import type { ReadLimits } from './limits';

export interface SharedStrings {
  strings: string[];
  end: PartEnd;
  /** The table was cut at a limit: indices past `strings.length` exist but were not kept. */
  truncated: boolean;
}

export function readSharedStrings(
  zip: Zip,
  part: string | undefined,
  budget: InflateBudget,
  limits: ReadLimits,
): SharedStrings {
  const strings: string[] = [];
  let pieces: string[] = [];
  let chars = 0;
  let inText = false;
  let phonetic = 0;
  let truncated = false;
  const handler: XmlHandler & { done: boolean } = {
    done: false,
    get capturing() {
      return inText;
    },
    open(name, _attrs, selfClosing) {
      if (name === 'si') pieces = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0 && !selfClosing) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        if (strings.length >= limits.maxSharedStrings) stop();
        else strings.push(unescapeOoxml(pieces.join('')));
      }
    },
    text(value) {
      chars += value.length;
      if (chars > limits.maxSharedStringChars) stop();
      else pieces.push(value);
    },
  };
  const stop = () => {
    truncated = true;
    handler.done = true;
    inText = false;
  };
  const end = part ? readPart(zip, part, budget, handler) : 'missing';
  return { strings, end, truncated: truncated || end === 'capped' || end === 'bomb' };
}

/** `_x000D_` → CR: how OOXML writes characters XML cannot hold (`_x005F_` escapes a literal underscore). */
export function unescapeOoxml(text: string): string {
  return text.indexOf('_x') < 0
    ? text
    : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
