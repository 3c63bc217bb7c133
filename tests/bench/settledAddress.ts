// The page's address once it holds the scenario on screen. The address takes a scenario 120 ms after a change
// (notebook/share/shareSync.ts): read sooner, it can still hold the page's own address or the 基准 scenario's,
// and a "link" made from it opens the 基准 page. Read once it has not changed for 300 ms.
import type { Page } from 'playwright-core';

export async function settledAddress(page: Page): Promise<string> {
  let hash = '';
  for (;;) {
    await page.waitForTimeout(300);
    const now = await page.evaluate(() => location.hash);
    if (now.length > 1 && now === hash) return page.url();
    hash = now;
  }
}
