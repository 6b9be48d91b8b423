/**
 * The 模板 tab in the playground (production build, headless Chromium): the gallery and the form
 * prefilled from the sample workbook; inserting adds new sheets beside the user's, never over them,
 * shows the first one, and the inserted tables check without errors. Screenshots go to screenshots/.
 */
import path from 'path';
import type { Page } from 'playwright-core';
import { BUILD_TIMEOUT, openPlayground, SHOTS, type PlaygroundSession } from './helpers/playground';

jest.setTimeout(240_000);

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

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
const sheetTabs = () => page.getByTestId('sheet-tab');

describe('模板 tab (playground)', () => {
  it('shows the gallery and a form prefilled from the open workbook', async () => {
    await page.getByRole('tab', { name: '模板' }).click();
    await page.getByRole('radio', { name: /全套部门预算公开表/ }).waitFor();
    expect(await page.getByRole('radio', { name: /项目支出绩效目标表（河北）/ }).count()).toBe(1);
    const unitName = page.getByLabel('单位名称');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('input')].some((i) => i.value.includes('平乡县委网络安全')),
    );
    expect(await unitName.inputValue()).toContain('中共平乡县委网络安全和信息化委员会办公室');
    expect(await page.getByLabel('预算年度').inputValue()).toBe('2023');
    await shot('20-templates-gallery');
  });

  it('names the year a 决算年度 while a 决算 template is chosen', async () => {
    await page.getByRole('radio', { name: /全套部门决算公开表/ }).click();
    expect(await page.getByLabel('决算年度').inputValue()).toBe('2023');
    await page.getByRole('radio', { name: /全套部门预算公开表/ }).click();
    expect(await page.getByLabel('预算年度').count()).toBe(1);
  });

  it('inserts the full set as nine new sheets, keeping the sample’s own, and shows the first', async () => {
    const before = await sheetTabs().count();
    await page.getByRole('button', { name: /插入：全套部门预算公开表/ }).click();
    await page.getByText(/已插入：/).waitFor();
    expect(await sheetTabs().count()).toBe(before + 9);
    const selected = await page.getByRole('tab', { selected: true, name: /收支总表/ }).textContent();
    expect(selected).toBe('1收支总表 (2)'); // the sample's 1收支总表 is kept
    expect(await page.locator('td[data-cell="A1"]').textContent()).toBe('部门预算收支总表');
    expect(await page.locator('td[data-cell="D36"]').textContent()).toBe('三十一、人行科目');
    await shot('21-template-inserted');
  });

  it('inserts a 河北 绩效目标表 with the chosen number of projects', async () => {
    await page.getByRole('radio', { name: /项目支出绩效目标表（河北）/ }).click();
    await page.getByLabel('项目个数').fill('2');
    await page.getByRole('button', { name: /插入：项目支出绩效目标表（河北）/ }).click();
    await page.getByText(/已插入：项目1绩效目标表、项目2绩效目标表/).waitFor();
    expect(await page.locator('td[data-cell="A6"]').textContent()).toBe('资金支出计划（%）');
    await shot('22-hebei-inserted');
    expect(pageErrors).toEqual([]);
  });
});
