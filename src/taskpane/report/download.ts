/** Saves text as a file through the browser's download mechanism (playground only: nothing leaves the machine). */

export function downloadText(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "预算.xlsx" → "预算-校验报告.csv". */
export function reportFileName(workbookName: string, extension: string): string {
  const base = workbookName.replace(/\.[^.]+$/, '') || 'workbook';
  return `${base}-校验报告.${extension}`;
}
