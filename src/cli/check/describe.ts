/** Turns any failure while reading or writing a file into a plain zh-CN reason: no errno codes, paths or parser offsets. */
import { cliStrings } from '../../strings/cli';
import { UnreadableWorkbookError } from '../../xlsx/read';

const R = cliStrings.reasons;

/** System error codes a user can act on; the rest fall back to a generic reason. */
const ERRNO: Record<string, string> = {
  ENOENT: R.missing,
  EACCES: R.permission,
  EPERM: R.permission,
  ENOTDIR: R.notDirectory,
  EISDIR: R.isDirectory,
  ENAMETOOLONG: R.nameTooLong,
  ELOOP: R.symlinkLoop,
  EMFILE: R.tooManyOpen,
  ENFILE: R.tooManyOpen,
  ENOSPC: R.diskFull,
  EROFS: R.readOnly,
  EEXIST: R.exists,
  EIO: R.ioError,
  EBUSY: R.busy,
};

export function plainReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && ERRNO[code]) return ERRNO[code];
  const message = error instanceof Error ? error.message : String(error);
  // Libraries wrap system errors into their own message ("EACCES: permission denied, open '…'").
  const wrapped = /\b(E[A-Z]{2,})\b/.exec(message)?.[1];
  if (wrapped && ERRNO[wrapped]) return ERRNO[wrapped];
  if (/Invalid string length|Array buffer allocation failed|out of memory/i.test(message)) return R.tooLarge;
  // The reader's reasons are zh-CN sentences written for users (src/strings/reader.ts); anything else is not.
  if (error instanceof UnreadableWorkbookError) return message;
  return R.unreadableWorkbook;
}
