/** The few Office globals the Excel host needs, behind one seam so tests can supply a fake Excel. */

/** Office.context.document.settings: the Common API fallback store (Excel 2013+). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export interface OfficeEnv {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  documentSettings?: DocumentSettings;
}

/** The real Office.js environment; call only after Office.onReady. */
export function officeEnv(): OfficeEnv {
  return {
    run: (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    documentSettings: Office.context.document?.settings as DocumentSettings | undefined,
  };
}
