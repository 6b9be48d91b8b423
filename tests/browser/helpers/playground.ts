/**
 * One browser session on the built playground: production build, a local static server, Debian's
 * headless Chromium, every request off the machine refused (recorded, except office.js, which
 * Office requires from its CDN and which fails offline), page errors collected.
 */
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { DIST, ensureProductionBuild, ROOT } from './build';
import { serveDirectory, type StaticServer } from './server';

/** A cold production build on a busy machine takes minutes; a warm (cached) one well under one. */
export const BUILD_TIMEOUT = 600_000;
export const SHOTS = path.join(ROOT, 'screenshots');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/';

export interface PlaygroundSession {
  page: Page;
  origin: string;
  /** Requests that tried to leave the machine (office.js excluded): the playground must need none. */
  external: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openPlayground(options: { acceptDownloads?: boolean } = {}): Promise<PlaygroundSession> {
  ensureProductionBuild();
  fs.mkdirSync(SHOTS, { recursive: true });
  const server: StaticServer = await serveDirectory(DIST);
  const browser: Browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
  const page = await context.newPage();
  const session: PlaygroundSession = {
    page,
    origin: server.origin,
    external: [],
    pageErrors: [],
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
  page.on('pageerror', (error) => session.pageErrors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin)) return route.continue();
    if (!url.startsWith(OFFICE_JS)) session.external.push(url);
    return route.abort('internetdisconnected');
  });
  await page.goto(`${server.origin}/taskpane.html`);
  return session;
}

/**
 * How many elements matching `selector` are shown: a filter in the findings list hides rows, and chunks
 * of rows, with display: none — `checkVisibility` sees both (a row's own style would miss a hidden chunk).
 * Playwright's `:visible` would also leave out rows in chunks out of view (see FindingsList).
 */
export function countShown(page: Page, selector = '[data-testid="finding"]'): Promise<number> {
  return page
    .locator(selector)
    .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);
}
