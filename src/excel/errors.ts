/** Turns Office.js failures into calm zh-CN messages (the pane shows them; never a stack trace). */
import { excelStrings } from '../strings/excel';

/** An Excel host failure with a message fit for the user. */
export class ExcelHostError extends Error {}

export function describeOfficeError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code ?? '';
  const messages = excelStrings.officeError;
  if (code === 'AccessDenied' || code === 'InvalidOperation') return messages.protected;
  if (code === 'ItemNotFound' || code === 'InvalidReference') return messages.notFound;
  if (/PayloadSizeLimitExceeded/.test(code)) return messages.tooLarge;
  if (code === 'InvalidOperationInCellEditMode') return messages.busy;
  return messages.generic(error instanceof Error ? error.message : String(error));
}

/** Runs an Office operation, rethrowing any failure as an ExcelHostError with `prefix` and the reason. */
export async function withOfficeErrors<T>(work: () => Promise<T>, prefix?: (reason: string) => string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ExcelHostError) throw error;
    const reason = describeOfficeError(error);
    throw new ExcelHostError(prefix ? prefix(reason) : reason);
  }
}
