// When the engine worker handed back its first Monte Carlo result, on the worker's own clock (the mark
// engine/worker/browserWorker.ts leaves as it does): the worker's part of a load, apart from how long the page's
// main thread then takes to take the message and draw it (on a link's load the main thread is busy building the
// notebook meanwhile: BENCHMARKS.md, session 16).
import type { Page } from 'playwright-core';
import { FIRST_RESULT_MARK } from '../../engine/worker/browserWorker.ts';

/** Milliseconds from the page's navigation start to the worker's first result (NaN: none yet). */
export async function workerResultAt(page: Page): Promise<number> {
  const origin = await page.evaluate(() => performance.timeOrigin);
  for (const worker of page.workers()) {
    const at = await worker
      .evaluate((name) => {
        const mark = performance.getEntriesByName(name)[0];
        return mark ? performance.timeOrigin + mark.startTime : undefined;
      }, FIRST_RESULT_MARK)
      .catch(() => undefined);
    if (typeof at === 'number') return at - origin;
  }
  return Number.NaN;
}
