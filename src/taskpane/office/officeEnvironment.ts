/** What the pane reads from Office itself: the document's name, the active sheet, and a dark or light theme. */

/** "https://…/部门预算.xlsx" or "C:\\…\\部门预算.xlsx" → "部门预算.xlsx"; empty for a new, unsaved workbook. */
export function documentName(url: string | undefined): string {
  if (!url) return '';
  const last = url.split(/[\\/]/).pop() ?? '';
  try {
    return decodeURIComponent(last.split(/[?#]/)[0]);
  } catch {
    return last;
  }
}

export async function activeSheetName(): Promise<string> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
    await context.sync();
    return sheet.name;
  });
}

/** Office's theme (Office.context.officeTheme, where the host reports one) is dark when its background is. */
export function officeThemeIsDark(): boolean {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  return background ? isDarkColor(background) : false;
}

export function isDarkColor(hex: string): boolean {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return false;
  const n = parseInt(match[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  // Perceived luminance (ITU-R BT.601): below the midpoint reads as a dark background.
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}
