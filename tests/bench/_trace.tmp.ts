import { launch, newContext, ORIGIN, startServer, waitIdle } from '../e2e/harness.ts';
const server = await startServer();
const browser = await launch();
try {
  const context = await newContext(browser, []);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  await waitIdle(page);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.evaluate(async () => {
    const range = document.getElementById('lever-hefei_07_services-range') as HTMLInputElement;
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    for (let d = 0; d < 3; d++) {
      for (let i = 0; i <= 30; i++) {
        range.value = String((3 * i) / 30);
        range.dispatchEvent(new Event('input', { bubbles: true }));
        await sleep(16);
      }
      range.dispatchEvent(new Event('change', { bubbles: true }));
      await sleep(1500);
    }
  });
  const buf = await browser.stopTracing();
  const trace = JSON.parse(buf.toString());
  const events = trace.traceEvents ?? trace;
  const main = new Map<string, number>();
  // find the renderer main thread: the one with most RunTask durations
  const byThread = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && e.name === 'RunTask') byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
  const top = [...byThread].sort((a, b) => b[1] - a[1]);
  console.log(top.slice(0, 4));
  const [mainKey] = top[0]!;
  const long: number[] = [];
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== mainKey || e.ph !== 'X') continue;
    main.set(e.name, (main.get(e.name) ?? 0) + e.dur / 1000);
    if (e.name === 'RunTask' && e.dur > 50000) long.push(e.dur / 1000);
  }
  for (const [k, ms] of [...main].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms.toFixed(1).padStart(9), k);
  console.log('long', long.length, Math.max(...long));
  // Top-level events inside long tasks
  const tasks = events.filter((e: any) => `${e.pid}:${e.tid}` === mainKey && e.ph === 'X' && e.name === 'RunTask' && e.dur > 50000);
  for (const t of tasks.slice(0, 6)) {
    const inner = events.filter((e: any) => `${e.pid}:${e.tid}` === mainKey && e.ph === 'X' && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.name !== 'RunTask');
    const agg = new Map<string, number>();
    for (const e of inner) agg.set(e.name, (agg.get(e.name) ?? 0) + e.dur / 1000);
    console.log('task', (t.dur / 1000).toFixed(0), [...agg].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k}=${v.toFixed(0)}`).join(' '));
  }
} finally {
  await browser.close();
  await server.close();
}
