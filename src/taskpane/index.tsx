/**
 * Task pane entry (Office-Addin-TaskPane-React convention): inside Office, Office.onReady boots the
 * pane on the Office.js host; anywhere else (office.js missing, offline, or a plain browser) the
 * same pane boots as the playground. Each host's code is a separate chunk, so Excel never loads exceljs.
 */
import { createRoot } from 'react-dom/client';
import { paneStrings } from '../strings/pane';

async function insideOffice(): Promise<boolean> {
  // office.js is loaded from Microsoft's CDN; offline or in a plain browser it may be missing entirely.
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return false;
  const info = await Office.onReady();
  return Boolean(info.host || Office.context?.host);
}

async function boot(): Promise<void> {
  const container = document.getElementById('container');
  if (!container) return;
  const root = createRoot(container);
  if (await insideOffice()) {
    const { bootOffice } = await import(/* webpackChunkName: "office" */ './office/boot');
    bootOffice(root);
  } else {
    const { bootPlayground } = await import(/* webpackChunkName: "playground" */ '../playground/boot');
    bootPlayground(root);
  }
}

boot().catch((error: unknown) => {
  // Last resort before React is up: plain text, never markup built from the error.
  const container = document.getElementById('container');
  if (container)
    container.textContent = paneStrings.errors.bootFailed(error instanceof Error ? error.message : String(error));
});
