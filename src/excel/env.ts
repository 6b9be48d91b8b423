/** The few Office globals the Excel host needs, behind one seam so tests can supply a fake Excel. */

/** Office.context.document.settings: the Common API fallback store (Excel 2013+). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/**
 * Where Excel runs, as far as payload limits go: only Excel on the web caps a request/response at
 * 5 MB (learn.microsoft.com, "Resource limits … Excel add-ins"); Windows and Mac have no such cap.
 * iPad and unknown platforms are treated like the web, the cautious choice.
 */
export type HostPlatform = 'web' | 'desktop';

export interface OfficeEnv {
  platform: HostPlatform;
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { mergeUndoGroup?: boolean }): Promise<T>;
  /** A batch in an earlier batch's context: how Office removes the event handlers that context added. */
  resume<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  documentSettings?: DocumentSettings;
}

/** The real Office.js environment; call only after Office.onReady. */
export function officeEnv(): OfficeEnv {
  // Compared as text: Office.PlatformType's values are these strings, and older hosts may lack the enum.
  const platform = String(Office.context.platform ?? '');
  const desktop = platform === 'PC' || platform === 'Mac';
  return {
    platform: desktop ? 'desktop' : 'web',
    run: (batch, options) => (options ? Excel.run(options, batch) : Excel.run(batch)),
    resume: (context, batch) => Excel.run(context, batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    documentSettings: Office.context.document?.settings as DocumentSettings | undefined,
  };
}
