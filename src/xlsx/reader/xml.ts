/**
 * A streaming XML tokenizer for SpreadsheetML parts: fed decoded text in chunks of any size, it reports
 * elements by local name (x:c and c alike), decodes the five named and all numeric entities, passes CDATA
 * through, skips comments and processing instructions, and refuses any DOCTYPE (no entity can be declared,
 * so XXE and "billion laughs" have nothing to expand). Text is reported only while the handler asks for it.
 */

/**
 * A start tag's attributes by local name (r:id → "id"). One instance is reused for every tag, so a handler
 * reads what it needs during `open` and keeps no reference.
 */
export class Attrs {
  private names: string[] = [];
  private values: string[] = [];
  private count = 0;

  get(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) if (this.names[i] === name) return this.values[i];
    return undefined;
  }

  /** @internal the tokenizer's */
  reset(): void {
    this.count = 0;
  }

  /** @internal the tokenizer's */
  add(name: string, value: string): void {
    this.names[this.count] = name;
    this.values[this.count++] = value;
  }
}

export interface XmlHandler {
  open(name: string, attrs: Attrs, selfClosing: boolean): void;
  close(name: string): void;
  text(value: string): void;
  /** Whether text at this point is wanted (e.g. inside <v>); other text is skipped without decoding. */
  readonly capturing: boolean;
  /** Set when the handler has what it wants (or hit a cap): everything after is ignored. */
  readonly done?: boolean;
  /**
   * Set to skip ahead, without tokenizing, to the first of these elements (children of the root): the handler
   * clears it when that element opens. A part that ends while skipping is complete.
   */
  readonly skipTo?: readonly string[];
}

export class XmlError extends Error {
  constructor(readonly kind: 'malformed' | 'doctype') {
    super(kind);
  }
}

/** A start tag or end tag longer than this is not SpreadsheetML (and a pending one would be rescanned). */
const MAX_PENDING = 1_048_576;
const enum Mode {
  Content,
  Comment,
  Cdata,
  Instruction,
}
const NAMED = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

export class XmlScanner {
  private rest = '';
  private mode = Mode.Content;
  private readonly stack: string[] = [];
  private rootClosed = false;
  private readonly attrs = new Attrs();
  /** Characters passed over while the handler's `skipTo` was set. */
  skipped = 0;

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    if (this.handler.done) return;
    const s = this.rest ? this.rest + chunk : chunk;
    this.rest = '';
    const n = s.length;
    let i = 0;
    while (i < n && !this.handler.done) {
      if (this.mode !== Mode.Content) {
        const close = this.mode === Mode.Comment ? '-->' : this.mode === Mode.Cdata ? ']]>' : '?>';
        const at = s.indexOf(close, i);
        // Keep a possible partial terminator for the next chunk; pass CDATA text through as it comes.
        const upTo = at < 0 ? Math.max(i, n - close.length + 1) : at;
        if (this.mode === Mode.Cdata && upTo > i && this.handler.capturing) this.handler.text(s.slice(i, upTo));
        if (at < 0) {
          this.rest = s.slice(upTo);
          return;
        }
        this.mode = Mode.Content;
        i = at + close.length;
        continue;
      }
      if (this.handler.skipTo) {
        const resume = findElement(s, i, this.handler.skipTo);
        if (resume < 0) {
          // Keep enough for a name split across chunks.
          const keep = Math.max(i, n - 64);
          this.skipped += keep - i;
          this.rest = s.slice(keep);
          return;
        }
        this.skipped += resume - i;
        this.stack.length = Math.min(this.stack.length, 1);
        i = resume;
      }
      const lt = s.indexOf('<', i);
      if (lt !== i) {
        const textEnd = lt < 0 ? n : lt;
        let emitEnd = textEnd;
        if (lt < 0) {
          // An entity may continue in the next chunk.
          const amp = s.lastIndexOf('&', n - 1);
          if (amp >= i && s.indexOf(';', amp) < 0) emitEnd = amp;
        }
        if (emitEnd > i) this.content(s, i, emitEnd);
        if (lt < 0) {
          this.keep(s.slice(emitEnd));
          return;
        }
        i = lt;
      }
      const next = this.markup(s, i);
      if (next < 0) {
        this.keep(s.slice(i));
        return;
      }
      i = next;
    }
  }

  /** The input is complete: anything left open means the part was cut short. */
  end(): void {
    if (this.handler.done || this.handler.skipTo) return;
    if (this.mode !== Mode.Content || this.rest.trim() || this.stack.length || !this.rootClosed)
      throw new XmlError('malformed');
  }

  private keep(pending: string) {
    if (pending.length > MAX_PENDING) throw new XmlError('malformed');
    this.rest = pending;
  }

  private content(s: string, from: number, to: number) {
    if (this.stack.length === 0) {
      // Outside the root only whitespace may appear.
      for (let k = from; k < to; k++) if (s.charCodeAt(k) > 32) throw new XmlError('malformed');
      return;
    }
    if (!this.handler.capturing) return;
    const raw = nameAt(s, from, to);
    this.handler.text(raw.indexOf('&') < 0 ? raw : decodeEntities(raw));
  }

  /** Handles the markup at `i` (a '<'); returns the index after it, or -1 when it continues in the next chunk. */
  private markup(s: string, i: number): number {
    const n = s.length;
    if (i + 1 >= n) return -1;
    const c1 = s.charCodeAt(i + 1);
    if (c1 === 0x21 /* ! */) {
      if (i + 9 > n) return -1;
      if (s.startsWith('<!--', i)) {
        this.mode = Mode.Comment;
        return i + 4;
      }
      if (s.startsWith('<![CDATA[', i)) {
        if (this.stack.length === 0) throw new XmlError('malformed');
        this.mode = Mode.Cdata;
        return i + 9;
      }
      if (s.startsWith('<!DOCTYPE', i)) throw new XmlError('doctype');
      throw new XmlError('malformed');
    }
    if (c1 === 0x3f /* ? */) {
      this.mode = Mode.Instruction;
      return i + 2;
    }
    if (c1 === 0x2f /* / */) {
      const gt = s.indexOf('>', i + 2);
      if (gt < 0) return -1;
      let nameEnd = gt;
      while (nameEnd > i + 2 && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
      const name = nameAt(s, i + 2, nameEnd);
      if (this.stack.pop() !== name) throw new XmlError('malformed');
      if (this.stack.length === 0) this.rootClosed = true;
      this.handler.close(localName(name));
      return gt + 1;
    }
    return this.startTag(s, i);
  }

  private startTag(s: string, i: number): number {
    const n = s.length;
    let j = i + 1;
    while (j < n && !isNameEnd(s.charCodeAt(j))) j++;
    if (j >= n) return -1;
    const name = nameAt(s, i + 1, j);
    if (!name) throw new XmlError('malformed');
    const attrs = this.attrs;
    attrs.reset();
    for (;;) {
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const c = s.charCodeAt(j);
      if (c === 0x3e /* > */ || c === 0x2f /* / */) {
        const selfClosing = c === 0x2f;
        if (selfClosing) {
          if (j + 1 >= n) return -1;
          if (s.charCodeAt(j + 1) !== 0x3e) throw new XmlError('malformed');
        }
        this.opened(name, attrs, selfClosing);
        return j + (selfClosing ? 2 : 1);
      }
      const nameStart = j;
      while (j < n && !isNameEnd(s.charCodeAt(j)) && s.charCodeAt(j) !== 0x3d /* = */) j++;
      const attrName = nameAt(s, nameStart, j);
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j + 1 >= n) return -1;
      if (!attrName || s.charCodeAt(j) !== 0x3d) throw new XmlError('malformed');
      j++;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return -1;
      const quote = s[j];
      if (quote !== '"' && quote !== "'") throw new XmlError('malformed');
      const close = s.indexOf(quote, j + 1);
      if (close < 0) return -1;
      if (close - i > MAX_PENDING) throw new XmlError('malformed');
      const raw = nameAt(s, j + 1, close);
      // Namespace declarations are not attributes (xmlns:r would otherwise shadow an r attribute).
      if (!attrName.startsWith('xmlns'))
        attrs.add(localName(attrName), raw.indexOf('&') < 0 ? raw : decodeEntities(raw));
      j = close + 1;
    }
  }

  private opened(name: string, attrs: Attrs, selfClosing: boolean) {
    if (this.stack.length === 0 && this.rootClosed) throw new XmlError('malformed');
    const local = localName(name);
    if (selfClosing) {
      if (this.stack.length === 0) this.rootClosed = true;
      this.handler.open(local, attrs, true);
      this.handler.close(local);
      return;
    }
    this.stack.push(name);
    this.handler.open(local, attrs, false);
  }
}

/** Index of the '<' opening the first of `names` (any prefix) from `from`, or -1. */
function findElement(s: string, from: number, names: readonly string[]): number {
  let best = -1;
  for (const name of names) {
    for (let k = s.indexOf(name, from); k > from && (best < 0 || k < best); k = s.indexOf(name, k + 1)) {
      let lt = k - 1;
      if (s.charCodeAt(lt) !== 0x3c /* < */) {
        // A prefix: <x:name
        if (s.charCodeAt(lt) !== 0x3a /* : */) continue;
        lt = s.lastIndexOf('<', lt);
        if (lt < from || !/^<[A-Za-z_][\w.-]*:$/.test(s.slice(lt, k))) continue;
      }
      const after = s.charCodeAt(k + name.length);
      if (isNameEnd(after) || Number.isNaN(after)) {
        best = lt;
        break;
      }
    }
  }
  return best;
}

/** One-letter names (c, v, f, t, r, s…) and values (s="1", t="s") are most of a sheet: shared strings spare the allocation. */
const LETTERS = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

function nameAt(s: string, from: number, to: number): string {
  if (to - from === 1) {
    const code = s.charCodeAt(from);
    if (code < 128) return LETTERS[code];
  } else if (to - from === 3 && s.startsWith('row', from)) return 'row';
  return s.slice(from, to);
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isNameEnd = (c: number) => isSpace(c) || c === 0x3e || c === 0x2f;

export function decodeEntities(raw: string): string {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', amp);
    if (semi < 0 || semi - amp > 12) throw new XmlError('malformed');
    const ref = raw.slice(amp + 1, semi);
    let value = NAMED.get(ref);
    if (value === undefined) {
      const code = ref.startsWith('#x') ? parseHex(ref.slice(2)) : ref.startsWith('#') ? parseDec(ref.slice(1)) : NaN;
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new XmlError('malformed');
      value = String.fromCodePoint(code);
    }
    out += raw.slice(from, amp) + value;
    from = semi + 1;
  }
  return out + raw.slice(from);
}

const parseHex = (digits: string) => (/^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, 16) : NaN);
const parseDec = (digits: string) => (/^[0-9]+$/.test(digits) ? parseInt(digits, 10) : NaN);
