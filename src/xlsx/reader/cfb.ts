/**
 * Office's older container (CFB/OLE, D0 CF 11 E0): Excel stores a password-protected .xlsx in one, with an
 * EncryptionInfo stream beside the EncryptedPackage; a .xls keeps its data in a "Workbook" (or "Book") stream.
 */
import { readerStrings } from '../../strings/reader';
import { UnreadableWorkbookError } from './errors';

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const isCfb = (b: Uint8Array) => b.length >= 8 && SIGNATURE.every((byte, i) => b[i] === byte);

/** Why a CFB file cannot be read. Stream names are UTF-16LE in directory entries; a name search finds them. */
export function cfbError(b: Uint8Array): UnreadableWorkbookError {
  const U = readerStrings.unreadable;
  if (hasName(b, 'EncryptionInfo') || hasName(b, 'EncryptedPackage'))
    return new UnreadableWorkbookError('encrypted', U.encrypted);
  if (hasName(b, 'Workbook') || hasName(b, 'Book')) return new UnreadableWorkbookError('legacy-xls', U.legacyXls);
  return new UnreadableWorkbookError('legacy-office', U.otherCfb);
}

function hasName(b: Uint8Array, name: string): boolean {
  // A directory entry's name starts at its first byte and is NUL-terminated (UTF-16LE), on a 128-byte boundary.
  const pattern = new Uint8Array(name.length * 2 + 2);
  for (let i = 0; i < name.length; i++) pattern[i * 2] = name.charCodeAt(i);
  outer: for (let p = 512; p + pattern.length <= b.length; p += 128) {
    for (let i = 0; i < pattern.length; i++) if (b[p + i] !== pattern[i]) continue outer;
    return true;
  }
  return false;
}
