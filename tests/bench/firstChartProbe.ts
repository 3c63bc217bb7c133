// When the page first shows a drawn chart, as both browser benches read it: a visible sparkline or fan chart
// with a path that has a shape. The dashboard's sparklines exist (hidden, empty) before any result, and the
// early-painted dashboard sits in its slot before the notebook marks the cell, so the slots are looked in,
// and attributes are watched too. (Playwright's waitForSelector('… path[d]') waited for the *first* match
// to be visible — a hidden sparkline of a row without a forecast — and so reported the full run instead.)
import type { Page } from 'playwright-core';

/** Installs the watch; call before the navigation. */
export async function watchFirstChart(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstChart?: number };
    const drawn = () => {
      for (const svg of document.querySelectorAll<SVGSVGElement>(
        '#dashboard-body svg.spark, #detail-body svg.fan-chart',
      ))
        if (svg.style.visibility !== 'hidden' && svg.querySelector('path[d^="M"]')) return true;
      return false;
    };
    new MutationObserver((_, obs) => {
      if (drawn()) {
        w.__firstChart = performance.now();
        obs.disconnect();
      }
    }).observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['d', 'style'],
    });
  });
}

/** Milliseconds from the page's navigation start to its first drawn chart (waits for it). */
export async function firstChartAt(page: Page, timeout = 60_000): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __firstChart?: number }).__firstChart, null, {
    timeout,
  });
  return page.evaluate(() => (window as unknown as { __firstChart: number }).__firstChart);
}
