/**
 * The playground parses .xlsx files in a Web Worker with the streaming reader: a 10M-cell sheet and a
 * whole-sheet merge open without freezing the page (it answers input while parsing), the cap is said,
 * 取消 brings the previous workbook back, and a workbook the grid cannot show never takes the pane with it.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Page } from 'playwright-core';
import { hostileCorpus } from '../../src/xlsx/hostile/corpus';
import { BUILD_TIMEOUT, openPlayground, SHOTS, type PlaygroundSession } from './helpers/playground';

jest.setTimeout(600_000);

let session: PlaygroundSession;
let page: Page;

/** Full-size corpus files, built once per machine (the 10M-cell one takes a while to deflate). */
function corpusFile(id: string): string {
  const file = path.join(os.tmpdir(), 'budget-lint-browser', `${id}.xlsx`);
  if (!fs.existsSync(file)) {
    const found = hostileCorpus('full').find((c) => c.id === id)!;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.part`, found.build());
    fs.renameSync(`${file}.part`, file);
  }
  return file;
}

beforeAll(async () => {
  session = await openPlayground();
  page = session.page;
  await page.getByTestId('grid').waitFor();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await session?.close();
});

/** How late a zero-delay timer runs on the page's main thread: near 0 while the worker does the parsing. */
const timerLag = () =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        setTimeout(() => resolve(performance.now() - start), 0);
      }),
  );

const loading = () => page.getByTestId('cancel-open');

describe('playground parsing in a Web Worker', () => {
  it('opens a 10M-cell sheet without freezing the page and says where it stopped', async () => {
    const file = corpusFile('cells-10m');
    await page.getByTestId('open-file').setInputFiles(file);
    await loading().waitFor();
    const lags: number[] = [];
    // The page keeps answering while the worker parses (each evaluate is a round trip through its event loop).
    while ((await loading().count()) > 0) {
      lags.push(await timerLag());
      await page.waitForTimeout(100);
    }
    expect(lags.length).toBeGreaterThan(0);
    await page.getByTestId('playground-workbook').getByText('cells-10m.xlsx').waitFor();
    expect(await page.getByTestId('load-notes').textContent()).toContain('工作表单元格过多');
    await page.getByTestId('grid').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'worker-01-10m-cells.png') });
    console.log(
      `10M cells: ${lags.length} samples while parsing; main-thread timer lag max ${Math.max(...lags).toFixed(0)} ms, ` +
        `samples over 200 ms: ${lags
          .map((lag, i) => [i, Math.round(lag)])
          .filter(([, lag]) => lag > 200)
          .join(' ')}`,
    );
  });

  it('opens a whole-sheet merge (A1:XFD1048576) and shows its grid', async () => {
    await page.getByTestId('open-file').setInputFiles(corpusFile('whole-sheet-merge'));
    await page.getByTestId('playground-workbook').getByText('whole-sheet-merge.xlsx').waitFor();
    await page.getByTestId('grid').waitFor();
    expect(await timerLag()).toBeLessThan(1000);
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.locator('[data-testid="summary"], [data-testid="success"]').first().waitFor();
  });

  it('cancels a long parse: the click is handled while parsing and the previous workbook comes back', async () => {
    await page.getByTestId('open-file').setInputFiles(corpusFile('cells-10m'));
    await loading().waitFor();
    await page.waitForTimeout(500);
    expect(await loading().count()).toBe(1); // still parsing
    await loading().click();
    await page.getByTestId('grid').waitFor();
    expect(await loading().count()).toBe(0);
    expect(await page.getByTestId('playground-workbook').textContent()).toBe('whole-sheet-merge.xlsx');
  });

  it('keeps the page and the open workbook when a file cannot be read', async () => {
    await page.getByTestId('open-file').setInputFiles({
      name: 'zero.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('PK\u0005\u0006' + '\u0000'.repeat(18), 'binary'),
    });
    await page.getByTestId('load-failure').waitFor();
    expect(await page.getByTestId('playground-workbook').textContent()).toBe('whole-sheet-merge.xlsx');
    await page.getByTestId('grid').waitFor();
  });

  it('threw no page errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
