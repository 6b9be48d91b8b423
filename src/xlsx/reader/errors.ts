/** The one error the reader throws: a zh-CN sentence for the user and a stable code for programs (never internals). */

export type UnreadableCode =
  | 'not-zip'
  | 'truncated'
  | 'corrupt'
  | 'not-workbook'
  | 'no-sheets'
  | 'charts-only'
  | 'encrypted'
  | 'legacy-xls'
  | 'legacy-office'
  | 'doctype'
  | 'too-large'
  | 'malformed'
  | 'io';

export class UnreadableWorkbookError extends Error {
  readonly code: UnreadableCode;
  constructor(code: UnreadableCode, message: string) {
    super(message);
    this.name = 'UnreadableWorkbookError';
    this.code = code;
  }
}
