/**
 * A report of 5,000 findings in the pane, in real headless Chromium on the production build: the list
 * fills progressively and the page answers input within 200 ms (issue 11's bound) while it fills and
 * after a filter click; counts are those of the whole report; End on the list reaches the last finding,
 * focus staying on a finding meanwhile.
 */
import path from 'path';
import type { Page } from 'playwright-core';
import { manyFindingsWorkbook } from './helpers/bigReport';
import { BUILD_TIMEOUT, countShown, openPlayground, SHOTS, type PlaygroundSession } from './helpers/playground';
import { longestTaskSince, observeLongTasks, pageNow, RESPONSIVE_MS, timerLag } from './helpers/responsiveness';

jest.setTimeout(300_000);

let session: PlaygroundSession;
let page: Page;

beforeAll(async () => {
  session = await openPlayground();
  page = session.page;
  await page.getByTestId('grid').waitFor();
  // Long tasks on the page's main thread, for the figures printed below (the assertions use timer lag).
  await observeLongTasks(page);
}, BUILD_TIMEOUT);

afterAll(async () => {
  await session?.close();
});

const findings = () => page.getByTestId('finding');
const filling = () => page.getByTestId('findings-progress');
const groupCount = () => page.getByTestId('finding-group').locator('h3 + *').textContent();
const lastIsFocused = () =>
  findings()
    .last()
    .evaluate((el) => el === document.activeElement);
/** 18 类 × 99 款 × 2 项 below the 合计 row 5: the last 款 (row 5367) is off by 1.00, its 项目支出 comes last. */
const LAST_CELL = '5一般公共预算支出表!F5367';

/** Samples the timer lag (and what has focus) every 50 ms until `done` holds. */
async function sampleUntil(done: () => Promise<boolean>): Promise<{ lags: number[]; focus: string[] }> {
  const lags: number[] = [];
  const focus: string[] = [];
  do {
    lags.push(await timerLag(page));
    focus.push(await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? 'none'));
    await page.waitForTimeout(50);
  } while (!(await done()));
  return { lags, focus };
}

/** From a click to the first task after the next frame: the click handled, the list restyled and painted. */
const clickLatency = (testId: string) =>
  page.evaluate(
    (id) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!.click();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      }),
    testId,
  );

/**
 * A filter click's latency, the best of up to three: a click measured over the bound is undone and measured
 * again, so a moment when other processes starve the page (a loaded 2-core CI machine) is not taken for a
 * slow list, while a list that is slow every time still fails.
 */
async function bestClickLatency(testId: string): Promise<number> {
  let best = await clickLatency(testId);
  for (let attempt = 1; attempt < 3 && best >= RESPONSIVE_MS; attempt++) {
    await clickLatency(testId); // back to the state before the click
    best = Math.min(best, await clickLatency(testId));
  }
  return best;
}

const filled = async () => (await filling().count()) === 0;

function figures(stage: string, lags: number[], longest: number) {
  console.log(
    `5,004 findings, ${stage}: ${lags.length} samples; timer lag max ${Math.max(...lags).toFixed(0)} ms; ` +
      `longest main-thread task ${longest.toFixed(0)} ms`,
  );
}

describe('a report of 5,000 findings', () => {
  it('fills the list without freezing the page; End while it fills reaches the last finding, focus staying on a finding', async () => {
    const buffer = await manyFindingsWorkbook(18);
    await page
      .getByTestId('open-file')
      .setInputFiles({ name: 'many.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.getByTestId('playground-workbook').getByText('many.xlsx').waitFor();
    const since = await pageNow(page);
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await findings().first().waitFor({ timeout: 120_000 });
    expect(await filling().textContent()).toMatch(/^已显示 \d+ \/ 共 5004 条/);
    await page.screenshot({ path: path.join(SHOTS, 'findings-01-filling.png') });

    await findings().first().focus();
    await page.keyboard.press('End');
    const { lags, focus } = await sampleUntil(async () => (await filled()) && (await lastIsFocused()));
    figures('report shown, End pressed', lags, await longestTaskSince(page, since));
    expect(Math.max(...lags)).toBeLessThan(RESPONSIVE_MS);
    expect(new Set(focus)).toEqual(new Set(['finding']));
    expect(await findings().count()).toBe(5004);
    // The last finding of the report: the 项目支出 of the last 款 that is off by more than rounding.
    expect(await findings().last().getByTestId('cell-link').first().textContent()).toBe(LAST_CELL);
    await page.screenshot({ path: path.join(SHOTS, 'findings-02-end.png') });

    // ↑ from the last, Home back to the first, Enter selects its cell.
    await page.keyboard.press('ArrowUp');
    expect(
      await findings()
        .nth(5002)
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Home');
    expect(
      await findings()
        .first()
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('td[data-cell="D7"][aria-selected="true"]').waitFor();
  });

  it('counts the whole report, and a filter click leaves the page answering', async () => {
    expect(await page.getByTestId('filter-error').textContent()).toContain('4320');
    expect(await page.getByTestId('filter-info').textContent()).toContain('684');
    expect(await groupCount()).toBe('5004 条');

    for (const [filter, expected] of [
      ['filter-error', 684],
      ['filter-error', 5004],
      ['filter-info', 4320],
      ['filter-info', 5004],
    ] as const) {
      const since = await pageNow(page);
      const lag = await bestClickLatency(filter);
      figures(`${filter} clicked`, [lag], await longestTaskSince(page, since));
      expect(lag).toBeLessThan(RESPONSIVE_MS);
      expect(await countShown(page)).toBe(expected);
      expect(await groupCount()).toBe(`${expected} 条`);
    }
    // Only infos: End goes to the last info, skipping the hidden errors.
    await page.getByTestId('filter-error').click();
    const infos = page.locator('[data-testid="finding"][data-severity="info"]');
    await infos.first().focus();
    await page.keyboard.press('End');
    expect(await infos.last().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await infos.nth(682).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'findings-03-infos-only.png') });
    await page.getByTestId('filter-error').click();
  });

  it('threw no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
