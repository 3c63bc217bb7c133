import { launch, newContext, ORIGIN, startServer, waitIdle } from '../e2e/harness.ts';

const server = await startServer();
const browser = await launch();
try {
  const context = await newContext(browser, []);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  await waitIdle(page);
  await page.waitForTimeout(2500);
  const r = await page.evaluate(async () => {
    const range = document.getElementById('lever-hefei_07_services-range') as HTMLInputElement;
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const added: Record<string, number> = {};
    let phase = 'drag';
    const mo = new MutationObserver((list) => {
      for (const m of list)
        for (const n of m.addedNodes)
          if (n instanceof Element) {
            const cell =
              (n.closest('[data-cell]') as HTMLElement | null)?.dataset.cell ?? n.parentElement?.id ?? '?';
            const forms = n.matches('input,button,select,textarea') ? 1 : 0;
            const all = forms + n.querySelectorAll('input,button,select,textarea').length;
            const k = `${phase} ${cell}`;
            added[k] = (added[k] ?? 0) + all;
          }
    });
    mo.observe(document.body, { childList: true, subtree: true });
    performance.clearMeasures();
    for (let i = 0; i <= 30; i++) {
      range.value = String((3 * i) / 30);
      range.dispatchEvent(new Event('input', { bubbles: true }));
      await sleep(16);
    }
    const drag = performance.getEntriesByType('measure').map((e) => e.name);
    performance.clearMeasures();
    phase = 'release';
    range.dispatchEvent(new Event('change', { bubbles: true }));
    await sleep(3000);
    const rel = performance.getEntriesByType('measure').map((e) => `${e.name} ${e.duration.toFixed(1)}`);
    mo.disconnect();
    const count = (xs: string[]) => {
      const m: Record<string, number> = {};
      for (const x of xs) m[x] = (m[x] ?? 0) + 1;
      return m;
    };
    return { drag: count(drag), release: rel, added };
  });
  console.log(JSON.stringify(r, null, 1));
} finally {
  await browser.close();
  await server.close();
}
