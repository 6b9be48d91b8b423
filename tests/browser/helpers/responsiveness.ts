/**
 * Probes of the page's main thread for the responsiveness tests: how late a zero-delay timer runs (what the
 * assertions use) and the long tasks a PerformanceObserver saw (printed as figures).
 */
import type { Page } from 'playwright-core';

/** The bound issue 11 sets: the page answers input within 200 ms. */
export const RESPONSIVE_MS = 200;

/** Starts recording the page's long tasks (call once, after the page has loaded). */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { start: number; duration: number }[] = [];
    Object.assign(window, { longTasks: seen });
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => seen.push({ start: e.startTime, duration: e.duration })),
    ).observe({ type: 'longtask', buffered: true });
  });
}

/** How late a zero-delay timer runs on the page's main thread (each call is also a round trip through it). */
export const timerLag = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        setTimeout(() => resolve(performance.now() - start), 0);
      }),
  );

/** The page's clock, to mark where a stage begins. */
export const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** The longest main-thread task since `since` (ms on the page's clock); needs observeLongTasks. */
export const longestTaskSince = (page: Page, since: number) =>
  page.evaluate(
    (from) =>
      Math.max(
        0,
        ...(window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
          .filter((t) => t.start >= from)
          .map((t) => t.duration),
      ),
    since,
  );
