/**
 * The playground in real headless Chromium, from the production build: check the bundled sample,
 * follow a finding to its cell, clear the marks, export, correct a recognition, open another .xlsx.
 * Screenshots go to screenshots/ for a human to look at.
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from './helpers/build';
import { BUILD_TIMEOUT, countShown, openPlayground, SHOTS, type PlaygroundSession } from './helpers/playground';

jest.setTimeout(60_000);

let session: PlaygroundSession;
let page: Page;
/** Every request that left the machine: the playground must need none. */
let external: string[];
let pageErrors: string[];

beforeAll(async () => {
  session = await openPlayground({ acceptDownloads: true });
  ({ page, external, pageErrors } = session);
}, BUILD_TIMEOUT);

afterAll(async () => {
  await session?.close();
});

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const checkButton = () => page.getByRole('button', { name: '校验', exact: true });
const findings = () => page.getByTestId('finding');
const markedCells = () => page.locator('td[data-mark]');

async function runCheck(): Promise<void> {
  await checkButton().click();
  await page.locator('[data-testid="summary"], [data-testid="success"]').first().waitFor();
  await expectEnabled();
}

async function expectEnabled(): Promise<void> {
  await page.waitForFunction(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === '校验');
    return button !== undefined && !button.disabled;
  });
}

describe('playground (production build, offline)', () => {
  it('boots without office.js and shows the bundled sample in the grid', async () => {
    await page.getByTestId('grid').waitFor();
    expect(await page.getByTestId('playground-workbook').textContent()).toContain('pingxiang');
    expect(await page.getByTestId('sheet-tab').count()).toBeGreaterThanOrEqual(9);
    expect(await page.locator('td[data-cell="A1"]').textContent()).toBe('部门预算收支总表');
    await shot('01-sample-loaded');
  });

  it('validates the workbook: summary, findings grouped by sheet, cells painted', async () => {
    await runCheck();
    const meta = await page.getByTestId('workbook-meta').textContent();
    expect(meta).toContain('2023 年度');
    expect(meta).toContain('万元');
    expect(await page.getByTestId('summary').textContent()).toMatch(/\d+ 个错误 · \d+ 个警告.*已检查 \d+ 张表/);
    expect(await findings().count()).toBeGreaterThan(0);
    expect(await page.getByTestId('finding-group').count()).toBeGreaterThan(0);
    await shot('02-checked');
  });

  it('finds the narrative amount that disagrees with the tables (情况说明)', async () => {
    const narrative = page.locator('[data-testid="finding"][data-rule="narrative/amount-mismatch"]');
    expect(await narrative.count()).toBeGreaterThan(0);
    expect(await narrative.first().locator('[data-testid="cell-link"]').first().textContent()).toContain('情况说明');
  });

  it('selects and highlights a finding’s cell when its link is clicked', async () => {
    const finding = findings().first();
    const link = finding.getByTestId('cell-link').first();
    const [sheet, cell] = (await link.textContent())!.split('!');
    await link.click();
    const td = page.locator(`td[data-cell="${cell}"]`);
    await page.waitForFunction((address) => {
      return document.querySelector(`td[data-cell="${address}"]`)?.getAttribute('aria-selected') === 'true';
    }, cell);
    expect(await page.getByRole('tab', { selected: true, name: sheet }).count()).toBe(1);
    expect(await td.getAttribute('data-mark')).toMatch(/error|warning|info/);
    await shot('03-finding-selected');
  });

  it('shows expected and actual values for arithmetic findings', async () => {
    const values = page.getByTestId('finding-values');
    if ((await values.count()) === 0) throw new Error('no finding carries expected/actual values');
    expect(await values.first().textContent()).toMatch(/^应为 .+(，实为 .+)?$/);
  });

  it('filters findings by severity', async () => {
    // A filter hides findings (display: none: out of the page and the accessibility tree) without unmounting them.
    const shown = () => countShown(page);
    const total = await findings().count();
    const filter = page.locator('[data-testid^="filter-"]').first();
    const severity = (await filter.getAttribute('data-testid'))!.replace('filter-', '');
    const ofSeverity = await page.locator(`[data-testid="finding"][data-severity="${severity}"]`).count();
    await filter.click();
    expect(await shown()).toBe(total - ofSeverity);
    await filter.click();
    expect(await shown()).toBe(total);
  });

  it('exports the report as CSV and as a 校验报告 sheet with links', async () => {
    await page.getByRole('button', { name: '导出报告' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: '下载 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('pingxiang-2023-department-budget-校验报告.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFF级别,规则,工作表,单元格,说明,应为,实为,出错说明');
    expect(csv.split('\r\n').length).toBeGreaterThan(2);

    await page.getByRole('button', { name: '导出报告' }).click();
    await page.getByRole('menuitem', { name: '插入“校验报告”工作表' }).click();
    await page.getByRole('tab', { selected: true, name: '校验报告' }).waitFor();
    expect(await page.locator('td[data-cell="A3"]').textContent()).toBe('级别');
    expect(await page.locator('td[data-cell="D4"]').getAttribute('title')).toMatch(/^=HYPERLINK\("#'?.+'?!/);
    await shot('04-report-sheet');
  });

  it('clears every mark with 清除标记', async () => {
    const link = findings().first().getByTestId('cell-link').first();
    const [sheet] = (await link.textContent())!.split('!');
    await link.click();
    await page.getByRole('tab', { selected: true, name: sheet }).waitFor();
    expect(await markedCells().count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText('已清除全部标记。').waitFor();
    expect(await markedCells().count()).toBe(0);
    await shot('05-cleared');
  });

  it('lets the user correct recognition: a sheet set to 跳过 is skipped and the choice persists', async () => {
    await page.getByRole('button', { name: /已识别的表/ }).click();
    const row = page.locator('[data-testid="recognized-sheet"][data-sheet="1收支总表"]');
    await row.getByRole('combobox').selectOption('skip');
    await row.getByText('已跳过：已按设置跳过').waitFor();
    await row.scrollIntoViewIfNeeded();
    await shot('06-recognition');
    const stored = await page.evaluate(() =>
      window.localStorage.getItem('budgetLint.settings:pingxiang-2023-department-budget.xlsx'),
    );
    expect(JSON.parse(stored!).kindOverrides).toEqual({ '1收支总表': 'skip' });
    await row.getByRole('combobox').selectOption('');
    await row.getByText('部门收支总表（单位：万元）').waitFor();
  });

  it('applies a rule turned off in 设置 to the current report at once', async () => {
    const changeReason = page.locator('[data-testid="finding"][data-rule="narrative/change-reason"]');
    expect(await changeReason.count()).toBeGreaterThan(0);
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('combobox', { name: /narrative\/change-reason/ }).selectOption('off');
    await shot('07-settings');
    await page.getByRole('tab', { name: '校验', exact: true }).click();
    await page.getByTestId('summary').waitFor();
    expect(await changeReason.count()).toBe(0);
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('combobox', { name: /narrative\/change-reason/ }).selectOption('');
    await page.getByRole('tab', { name: '校验', exact: true }).click();
    await changeReason.first().waitFor();
  });

  it('opens a local .xlsx through the file input and checks it', async () => {
    await page.getByTestId('open-file').setInputFiles(path.join(ROOT, 'tests/fixtures/shanhaiguan-performance.xlsx'));
    await page.getByTestId('playground-workbook').getByText('shanhaiguan-performance.xlsx').waitFor();
    expect(await page.getByTestId('summary').count()).toBe(0);
    await runCheck();
    expect(await page.getByTestId('workbook-meta').textContent()).toContain('元');
    await shot('08-opened-file');
  });

  it('applies a quick fix: the missing indicator rows are inserted and the workbook re-checked', async () => {
    const fixable = page.locator('[data-testid="finding"]', { has: page.getByRole('button', { name: /快速修复/ }) });
    const message = (await fixable.first().locator('.fui-Text').first().textContent())!;
    const [sheet] = (await fixable.first().getByTestId('cell-link').first().textContent())!.split('!');
    await fixable
      .first()
      .getByRole('button', { name: /快速修复/ })
      .click();
    await page.waitForFunction(
      ({ text, sheetName }) => {
        const group = [...document.querySelectorAll('[data-testid="finding-group"]')].find(
          (g) => g.getAttribute('data-sheet') === sheetName,
        );
        const messages = [...(group?.querySelectorAll('[data-testid="finding"] .fui-Text') ?? [])];
        return group !== undefined && !messages.some((m) => m.textContent === text);
      },
      { text: message, sheetName: sheet },
    );
    await expectEnabled();
    const selectedRow = page.locator('tr', { has: page.locator('td[aria-selected="true"]') });
    expect(await selectedRow.textContent()).toContain(/“(.+?)”/.exec(message)![1]);
    await shot('09-quick-fix');
  });

  it('keeps the open workbook and says why when a file cannot be read', async () => {
    await page.getByTestId('open-file').setInputFiles({
      name: 'broken.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('not a zip file'),
    });
    await page.getByTestId('load-failure').waitFor();
    expect(await page.getByTestId('load-failure').textContent()).toContain('无法打开 broken.xlsx');
    expect(await page.getByTestId('playground-workbook').textContent()).toBe('shanhaiguan-performance.xlsx');
    await page.getByTestId('load-failure').getByRole('button', { name: '关闭' }).click();
    expect(await page.getByTestId('load-failure').count()).toBe(0);
  });

  it('checks only the active sheet when 只校验当前工作表 is chosen', async () => {
    const sheet = '项目2-网络阵地建设和内容管理';
    await page.getByRole('tab', { name: sheet }).click();
    await page.getByRole('tab', { selected: true, name: sheet }).waitFor();
    await page.getByRole('button', { name: '更多校验选项' }).click();
    await page.getByRole('menuitem', { name: '只校验当前工作表' }).click();
    await page
      .getByTestId('summary')
      .getByText(/已检查 1 张表/)
      .waitFor();
    await expectEnabled();
    const groups = page.getByTestId('finding-group');
    expect(await groups.count()).toBe(1);
    expect(await groups.first().getAttribute('data-sheet')).toBe(sheet);
  });

  it('renders in a dark theme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByTestId('grid').waitFor();
    // Let Fluent's colour transitions finish before the picture.
    await page.waitForTimeout(500);
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector('main section')!).backgroundColor,
    );
    await shot('10-dark');
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('needed no network and threw no page errors', () => {
    expect(external).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
