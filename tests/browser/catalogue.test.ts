/**
 * 设置 › 科目代码表 in the playground (production build, headless Chromium): a catalogue imported in the
 * browser makes code/unknown report a code it lacks; 清除 removes it; a file without codes is refused.
 * The section's screenshot goes to screenshots/ for a human to look at.
 */
import fs from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from './helpers/build';
import { BUILD_TIMEOUT, openPlayground, SHOTS, type PlaygroundSession } from './helpers/playground';

jest.setTimeout(60_000);
const CODES_CSV = path.join(ROOT, 'tests/core/catalogue/pingxiang-codes.csv');
const STORAGE_KEY = 'budgetLint.settings:pingxiang-2023-department-budget.xlsx';

let session: PlaygroundSession;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  session = await openPlayground();
  ({ page, pageErrors } = session);
  await page.getByTestId('grid').waitFor();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await session?.close();
});

const unknownFindings = () => page.locator('[data-testid="finding"][data-rule="code/unknown"]');
const section = () => page.getByTestId('catalogue-section');
const openTab = (name: string) => page.getByRole('tab', { name, exact: true }).click();

/** pingxiang's catalogue without 2013702 (一般行政管理事务), a code its tables use, plus a line it cannot use. */
function catalogueWithoutOneCode(): Buffer {
  const lines = fs.readFileSync(CODES_CSV, 'utf8').split(/\r?\n/);
  const kept = lines.filter((line) => !line.startsWith('2013702,'));
  return Buffer.from([...kept, '99,不是科目编码'].join('\n'), 'utf8');
}

describe('科目代码表 in 设置 (playground)', () => {
  it('reports nothing under code/unknown before a catalogue is imported', async () => {
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.locator('[data-testid="summary"], [data-testid="success"]').first().waitFor();
    expect(await unknownFindings().count()).toBe(0);
    await openTab('设置');
    expect(await section().getByTestId('catalogue-status').textContent()).toBe(
      '尚未导入科目代码表，不核对科目编码是否存在。',
    );
  });

  it('imports a csv in the browser, shows its counts, and re-checks: the missing code is reported', async () => {
    await section()
      .getByTestId('catalogue-file')
      .setInputFiles({ name: '科目代码表.csv', mimeType: 'text/csv', buffer: catalogueWithoutOneCode() });
    await section()
      .getByText(/功能分类 \d+ 个 · 经济分类 \d+ 个/)
      .waitFor();
    const status = await section().getByTestId('catalogue-status').textContent();
    expect(status).toContain('已导入：科目代码表.csv');
    expect(status).toContain('功能分类 12 个 · 经济分类 15 个');
    expect(await section().getByTestId('catalogue-warnings').textContent()).toContain('科目编码“99”不是支出功能分类');
    await section().scrollIntoViewIfNeeded();
    await section().screenshot({ path: path.join(SHOTS, '11-catalogue-settings.png') });

    const stored = JSON.parse((await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY))!);
    expect(stored.catalogue.fileName).toBe('科目代码表.csv');
    expect(stored.catalogue.function).toContainEqual(['2013701', '行政运行']);

    await openTab('校验');
    await unknownFindings().first().waitFor();
    const messages = await unknownFindings().allTextContents();
    expect(messages.every((m) => m.includes('“2013702”'))).toBe(true);
  });

  it('refuses a file without codes and keeps the catalogue already loaded', async () => {
    await openTab('设置');
    await section()
      .getByTestId('catalogue-file')
      .setInputFiles({ name: '空.csv', mimeType: 'text/csv', buffer: Buffer.from('科目编码,科目名称\n') });
    await section().getByRole('alert').waitFor();
    expect(await section().getByRole('alert').textContent()).toMatch(/^无法导入 空\.csv文件中没有读到任何科目编码/);
    expect(await section().getByTestId('catalogue-status').textContent()).toContain('已导入：科目代码表.csv');
    await page.screenshot({ path: path.join(SHOTS, '12-catalogue-refused.png') });
  });

  it('clears the catalogue with 清除, and code/unknown goes quiet again', async () => {
    await section().getByRole('button', { name: '清除', exact: true }).click();
    await section().getByText('尚未导入科目代码表', { exact: false }).waitFor();
    const stored = JSON.parse((await page.evaluate((key) => window.localStorage.getItem(key), STORAGE_KEY))!);
    expect(stored.catalogue).toBeUndefined();
    await openTab('校验');
    await page.getByTestId('summary').waitFor();
    expect(await unknownFindings().count()).toBe(0);
  });

  it('threw no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
