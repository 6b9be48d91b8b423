/** Bytes of a catalogue csv → text: UTF-8 (with or without BOM), else GB18030 as Excel saves csv on Chinese Windows. */

export function decodeCatalogueBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
