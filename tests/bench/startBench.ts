// `npm start` → first chart, as a planner meets it: from the command until the dashboard shows real results
// in Chromium (a sparkline drawn from the 基准 result shipped with the page), and until the engine worker's
// own full run is on screen. The browser is open beforehand, as a planner's is. Each run starts `npm start`
// afresh (its build is reused when nothing changed: bin/start.mjs) and stops it. Not a test.
// Usage: npm run bench:start [-- --runs 5]   goal: first chart ≤ 2 s (issue 11).
import { type ChildProcess, spawn } from 'node:child_process';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, waitIdle } from '../e2e/harness.ts';
import { firstChartAt, watchFirstChart } from './firstChartProbe.ts';

const i = process.argv.indexOf('--runs');
const RUNS = i >= 0 ? Number(process.argv[i + 1]) : 5;
const PORT = 5199;
const ORIGIN = `http://localhost:${PORT}`;

async function serverUp(child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${ORIGIN}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM'); // npm and the node it started: the group this script created
  await exited;
}

/** A fresh profile, as the e2e harness makes one, that lets the page reach this server and nothing else. */
async function newContext(browser: Browser, outside: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  // tsx (esbuild keepNames) wraps functions passed to the page in a __name helper the page lacks.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(ORIGIN) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return context;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const browser = await launch();
const outside: string[] = [];
const rows: { server: number; chart: number; full: number }[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await newContext(browser, outside);
    const page = await context.newPage();
    await watchFirstChart(page);
    const t0 = performance.now();
    const child = spawn('npm', ['start'], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, PLANPATH_PORT: String(PORT) },
    });
    try {
      await serverUp(child);
      const server = performance.now() - t0;
      // The page's clock starts at its navigation, issued here.
      const navigation = performance.now() - t0;
      await page.goto(`${ORIGIN}/`);
      const chart = navigation + (await firstChartAt(page));
      await waitIdle(page, 0, 60_000);
      const full = performance.now() - t0;
      rows.push({ server, chart, full });
      console.log(
        `run ${run + 1}: server answering ${server.toFixed(0)} ms · first chart ${chart.toFixed(0)} ms · full run on screen (the shipped 基准 once the notebook is built) ${full.toFixed(0)} ms`,
      );
    } finally {
      await context.close();
      await stop(child);
    }
  }
} finally {
  await browser.close();
}
console.log(
  `median of ${rows.length}: server ${median(rows.map((r) => r.server)).toFixed(0)} ms · first chart ${median(rows.map((r) => r.chart)).toFixed(0)} ms (goal ≤ 2000) · full run ${median(rows.map((r) => r.full)).toFixed(0)} ms`,
);
if (outside.length) console.log(`requests outside localhost: ${outside.join(', ')}`);
