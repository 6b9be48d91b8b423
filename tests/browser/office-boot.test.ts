/**
 * The production pane booting inside "Office": a stand-in office.js reports an Excel host with a
 * dark theme and a workbook whose Excel.run fails. The pane must boot in Office mode (no
 * playground), follow the theme, name the document, and turn the host's failure into a calm message.
 */
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './helpers/browser';
import { DIST, ensureProductionBuild, ROOT } from './helpers/build';
import { serveDirectory, type StaticServer } from './helpers/server';

jest.setTimeout(60_000);

const FAKE_OFFICE_JS = `
window.Office = {
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
  context: {
    host: 'Excel',
    officeTheme: { bodyBackgroundColor: '#262626' },
    requirements: { isSetSupported: () => false },
    document: {
      url: 'C:\\\\财务\\\\2024 部门预算.xlsx',
      settings: { get: () => null, set: () => {}, remove: () => {}, saveAsync: (cb) => cb && cb({ status: 'succeeded' }) },
    },
  },
};
window.Excel = { run: () => Promise.reject(new Error('模拟的 Excel 不可用')) };
`;

let browser: Browser;
let server: StaticServer;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  ensureProductionBuild();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 380, height: 700 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: FAKE_OFFICE_JS }),
  );
  await page.goto(`${server.origin}/taskpane.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('task pane inside Office (stand-in office.js)', () => {
  it('boots the pane, not the playground, named after the document and in Office’s dark theme', async () => {
    await page.getByTestId('workbook-name').getByText('2024 部门预算.xlsx').waitFor();
    expect(await page.getByTestId('open-file').count()).toBe(0);
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('.fui-FluentProvider')!).backgroundColor,
    );
    expect(background).not.toBe('rgb(255, 255, 255)');
  });

  it('shows a calm error message when Excel cannot be read, never a blank pane', async () => {
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('无法读取工作簿');
    expect(await page.getByRole('button', { name: '校验', exact: true }).isEnabled()).toBe(true);
    fs.mkdirSync(path.join(ROOT, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'screenshots/11-office-dark-error.png') });
    expect(pageErrors).toEqual([]);
  });

  it('starts a validation on opening when the ribbon button 校验工作簿 asked for one (?action=validate)', async () => {
    const ribbonPage = await browser.newPage({ viewport: { width: 380, height: 700 } });
    ribbonPage.on('pageerror', (error) => pageErrors.push(error.message));
    await ribbonPage.route('https://appsforoffice.microsoft.com/**', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: FAKE_OFFICE_JS }),
    );
    await ribbonPage.goto(`${server.origin}/taskpane.html?action=validate`);
    // No click: the run starts by itself, reaches the (failing) stand-in Excel and says so.
    const alert = ribbonPage.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('无法读取工作簿');
    await ribbonPage.close();
    expect(pageErrors).toEqual([]);
  });
});
