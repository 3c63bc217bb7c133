// A shared link's load as the page lives it: when the worker's messages arrive (and their size), when the page
// posts to it, and when each cell's DOM changes, with the run state the status line shows — from navigation
// until the full run is on screen (waitIdle). What BENCHMARKS.md's "a link's load, as the page sees it" is read
// from. Run by hand after `npx vite build`: npx tsx tests/bench/linkTimeline.ts [--loads 2]
// Messages a comlink call sends through a port of its own are not seen; the worker's answers to the page are.
import { launch, newContext, ORIGIN, startServer, waitIdle } from '../e2e/harness.ts';
import { settledAddress } from './settledAddress.ts';

const LEVER = 'hefei_07_services';
const i = process.argv.indexOf('--loads');
const LOADS = i >= 0 ? Number(process.argv[i + 1]) : 2;

const server = await startServer();
const browser = await launch();
const outside: string[] = [];

// The link: the 基准 page with one lever moved, read once the address holds it (settledAddress.ts).
const first = await (await newContext(browser, outside)).newPage();
await first.goto(`${ORIGIN}/`);
await waitIdle(first);
await first.evaluate((lever) => {
  const range = document.getElementById(`lever-${lever}-range`) as HTMLInputElement;
  range.value = '2';
  range.dispatchEvent(new Event('change', { bubbles: true }));
}, LEVER);
await waitIdle(first);
const link = await settledAddress(first);
await first.context().close();

for (let load = 0; load < LOADS; load++) {
  const context = await newContext(browser, outside);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const log: [number, string][] = [];
    (window as unknown as { __timeline: typeof log }).__timeline = log;
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (e: MessageEvent) => {
          const text = JSON.stringify(e.data ?? null);
          log.push([performance.now(), `worker → page ${text.length} B ${text.slice(0, 60)}`]);
        });
      }
      override postMessage(message: unknown, transfer?: unknown): void {
        log.push([performance.now(), `page → worker ${JSON.stringify(message).slice(0, 60)}`]);
        super.postMessage(message, transfer as Transferable[]);
      }
    };
    new MutationObserver((records) => {
      const cells = new Set<string>();
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        cells.add((el?.closest('[data-cell]') as HTMLElement | null)?.dataset.cell ?? '-');
      }
      const status = document.querySelector<HTMLElement>('#status [data-preview]');
      const body = document.body.dataset;
      log.push([
        performance.now(),
        `dom ${[...cells].join(',')} | seq ${body.runSeq} running ${body.running} preview ${status?.dataset.preview}`,
      ]);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.goto(link);
  await waitIdle(page);
  const shown = await page.evaluate(() => performance.now());
  const up = await page.evaluate(() => performance.getEntriesByName('planpath:worker-up')[0]?.startTime ?? 0);
  const log = await page.evaluate(() => (window as unknown as { __timeline: [number, string][] }).__timeline);
  console.log(
    `--- load ${load + 1}: worker up at ${up.toFixed(0)} ms, full run shown (waitIdle) at ${shown.toFixed(0)} ms`,
  );
  for (const [t, line] of log)
    if (t >= up - 50) console.log(`${t.toFixed(0).padStart(6)}  ${line.slice(0, 150)}`);
  await context.close();
}
await browser.close();
await server.close();
