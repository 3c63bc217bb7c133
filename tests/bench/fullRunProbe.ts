// When the page first shows a full run, timed by the frame that draws it: a requestAnimationFrame loop from the
// navigation on checks, as each frame begins, what waitIdle (tests/e2e/harness.ts) waits for — a run shown,
// none running, not a preview — and keeps the time of the first frame where it holds. That frame's style,
// layout and paint come after it (≈ 70–90 ms for a page's first full layout), so this is a lower bound. The
// bench's other reading, performance.now() once waitIdle has returned, is an upper bound: it also counts the
// views and layouts still queued on the page's main thread before that read can run (BENCHMARKS.md,
// session 14).
import type { Page } from 'playwright-core';

//
// The same loop keeps the first frame whose dashboard shows the figures of a full run (its data-seq and
// data-preview, views/dashboard.ts): what the planner reads. A link's or the last visit's run is drawn there
// before the status line, which the notebook's first round draws (main.ts).

/** Installs the loop; call before the navigation. */
export async function watchFullRun(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __fullRunFrame?: number; __dashboardFrame?: number };
    const check = (now: number) => {
      const body = document.body?.dataset;
      const shown =
        body !== undefined &&
        Number(body.runSeq ?? 0) > 0 &&
        body.running === 'false' &&
        document.querySelector('#status [data-preview="false"]') !== null;
      const dashboard = document.querySelector<HTMLElement>(
        '#dashboard-body .dashboard[data-preview="false"]',
      );
      if (w.__dashboardFrame === undefined && Number(dashboard?.dataset.seq ?? 0) > 0)
        w.__dashboardFrame = now;
      if (shown) w.__fullRunFrame = now;
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** Milliseconds from navigation start to the start of the first frame whose dashboard shows a full run. */
export async function dashboardFrameAt(page: Page, timeout = 60_000): Promise<number> {
  await fullRunFrameAt(page, timeout); // the loop stops there, by when the dashboard has shown it
  return page.evaluate(
    () => (window as unknown as { __dashboardFrame?: number }).__dashboardFrame ?? Number.NaN,
  );
}

/** Milliseconds from navigation start to the start of the first frame that shows a full run (waits for it). */
export async function fullRunFrameAt(page: Page, timeout = 60_000): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __fullRunFrame?: number }).__fullRunFrame, null, {
    timeout,
  });
  return page.evaluate(() => (window as unknown as { __fullRunFrame: number }).__fullRunFrame);
}
