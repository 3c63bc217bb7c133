// Serves the built notebook on a fixed localhost port, as `npm start` does (bin/serveDist.mjs), and drives
// Debian's Chromium through playwright-core.
// `npx playwright install` cannot run here: the browser is the system's /usr/bin/chromium.
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { type Browser, type BrowserContext, chromium, type Page, type Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { serveDist } from '../../bin/serveDist.mjs';

// Each test file serves dist/ on its pool's port, so that files may run side by side (vitest.e2e.config.ts).
export const PORT =
  Number(process.env.PLANPATH_E2E_PORT ?? 4179) + Number(process.env.VITEST_POOL_ID ?? 1) - 1;
export const ORIGIN = `http://localhost:${PORT}`;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`,
    );
  }
  return path;
}

/** The built notebook, served as `npm start` serves it (bin/serveDist.mjs). */
export interface DistServer {
  close(): Promise<void>;
}

export async function startServer(): Promise<DistServer> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first');
  const server: Server = await serveDist('dist', PORT);
  return {
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** By context, the requests its pages and workers made that have not ended, with when each was made. */
const unfinished = new WeakMap<BrowserContext, Map<Request, number>>();

/** Every request the page makes that is not to our own server; a test asserts the list stays empty. */
export async function newContext(browser: Browser, outside: string[]): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'zh-CN',
    viewport: { width: 1440, height: 1000 },
    deviceScaleFactor: 1,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  // tsx (esbuild keepNames) wraps functions passed to page.evaluate in a __name helper the page lacks.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  // Requests still open, for a failure's message: a module fetch that never ended would explain a stall.
  const open = new Map<Request, number>();
  unfinished.set(context, open);
  context.on('request', (r) => open.set(r, Date.now()));
  context.on('requestfinished', (r) => open.delete(r));
  context.on('requestfailed', (r) => open.delete(r));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(ORIGIN) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return context;
}

/** Waits until a run result is on screen and no run is pending, past `afterSeq` if given. */
export async function waitIdle(page: Page, afterSeq = 0, timeout = 60_000): Promise<number> {
  await page.waitForFunction(
    (after) => {
      const b = document.body.dataset;
      return (
        Number(b.runSeq ?? 0) > after &&
        b.running === 'false' &&
        document.querySelector('#status [data-preview="false"]') !== null
      );
    },
    afterSeq,
    { timeout },
  );
  return Number(await page.evaluate(() => document.body.dataset.runSeq));
}

/**
 * A page just loaded, drawn: its run shown (waitIdle) and every view drawn once, those below the fold
 * included (they compute at background priority after the ones above: the `planpath:views-ready` mark,
 * notebook/main.ts). Returns the run's sequence number, as waitIdle does.
 */
export async function waitDrawn(page: Page, timeout = 60_000): Promise<number> {
  const seq = await waitIdle(page, 0, timeout);
  await page.waitForFunction(() => performance.getEntriesByName('planpath:views-ready').length > 0, null, {
    timeout,
  });
  return seq;
}

/** The evaluation and the report, once they show an evaluation that took in values the planner entered. */
export const EVALUATED_ENTERED = [
  '[data-cell="evaluation"] .evaluation-result[data-running="false"]:not([data-entered="0"])',
  '[data-cell="report"] .report:not([data-entered="0"])',
];

/**
 * Pastes actuals into 中期评估 and waits until the evaluation and the report show them (before, they may show
 * the plan's published statistics alone). Up to 60 s, as for a run: 40 s ran out once in a fresh-clone CI on a
 * machine busy with unit tests beside it, for an evaluation that takes ≈ 5 s alone.
 */
export async function pasteActuals(page: Page, text: string, timeout = 60_000): Promise<void> {
  await page.fill('#actuals-paste', text);
  await page.click('#actuals-apply');
  try {
    for (const s of EVALUATED_ENTERED) await page.waitForSelector(s, { state: 'attached', timeout });
  } catch (error) {
    // Rare under load (sessions 40–43): say what the page showed, so the next failure tells a hang from a slow run.
    throw new Error(`${error instanceof Error ? error.message : error}\n${await pageState(page)}`);
  }
}

/** What a page shows of its run, its evaluation and its paste, and the errors it raised: for a failure's message. */
async function pageState(page: Page): Promise<string> {
  const shown = await page
    .evaluate(() => {
      const text = (s: string) =>
        (document.querySelector(s)?.textContent ?? '∅').replace(/\s+/g, ' ').slice(0, 300);
      const data = (s: string) =>
        JSON.stringify((document.querySelector(s) as HTMLElement | null)?.dataset ?? null);
      return [
        `body ${JSON.stringify(document.body.dataset)}`,
        `evaluation-result ${data('[data-cell="evaluation"] .evaluation-result')}: ${text('[data-cell="evaluation"]')}`,
        `report ${data('[data-cell="report"] .report')}`,
        `paste box ${(document.querySelector('#actuals-paste') as HTMLTextAreaElement | null)?.value.length ?? '∅'} chars; its report: ${text('.parse-report')}`,
        `status: ${text('#status')}`,
      ].join('\n');
    })
    .catch((e: unknown) => `(page not readable: ${e})`);
  // Which of the page's schedulers still runs (the views below the fold compute in background tasks, the
  // notebook's rounds in animation frames), and the evaluation's state as its cell holds it, not as drawn.
  const probe = await page
    .evaluate(async () => {
      const within = (p: Promise<unknown>, ms: number) =>
        Promise.race([p.then(() => 'ran'), new Promise((r) => setTimeout(() => r('never'), ms))]);
      const post = (globalThis as { scheduler?: { postTask?(f: () => void, o: object): Promise<void> } })
        .scheduler?.postTask;
      const frame = await within(new Promise((r) => requestAnimationFrame(r)), 3000);
      const background = post
        ? await within(
            post.call((globalThis as { scheduler?: object }).scheduler, () => {}, { priority: 'background' }),
            3000,
          )
        : 'n/a';
      const nb = (window as unknown as { planpath?: { notebook?: { value(n: string): Promise<unknown> } } })
        .planpath?.notebook;
      const cell = nb
        ? await Promise.race([
            nb.value('evaluationState').then((v) => {
              const s = v as { running: boolean; entered: number; error: string | null; evaluation: unknown };
              return JSON.stringify({
                running: s.running,
                entered: s.entered,
                error: s.error,
                shown: s.evaluation !== null,
              });
            }),
            new Promise((r) => setTimeout(() => r('no value in 3 s'), 3000)),
          ])
        : 'no notebook';
      const followed = (
        window as unknown as {
          planpath?: { evaluation?: { running: boolean; entered: number; error: string | null } | null };
        }
      ).planpath?.evaluation;
      const now = followed
        ? JSON.stringify({ running: followed.running, entered: followed.entered, error: followed.error })
        : String(followed);
      return `animation frame ${frame}; background task ${background}; visibility ${document.visibilityState}; evaluation cell ${cell}; evaluation as followed ${now}`;
    })
    .catch((e: unknown) => `(probe failed: ${e})`);
  const errors = (page as Partial<OpenPage>).errors ?? [];
  const now = Date.now();
  const requests = [...(unfinished.get(page.context())?.entries() ?? [])]
    .map(([r, at]) => `${r.url().replace(ORIGIN, '')} (${Math.round((now - at) / 1000)} s)`)
    .join(', ');
  return `${shown}\n${probe}\npage errors: ${errors.length ? errors.join(' | ') : 'none'}\nrequests not ended: ${requests || 'none'}`;
}

/** A page with the uncaught errors it raised (a test asserts the list stays empty). */
export type OpenPage = Page & { errors: string[] };

export interface OpenOptions {
  /** Open in this context instead of a fresh one (a reload, a second tab sharing storage). */
  context?: BrowserContext;
  /** Viewport width before the page loads (height 900); the context's 1440×1000 otherwise. */
  width?: number;
  /** A script run in the context before any page of it (a fresh context only). */
  init?: string;
  /** How long the first run may take; the machine these run on may be loaded. */
  timeout?: number;
}

export interface BrowserSession {
  /** The browser, for a test that drives a page of its own (a function: it starts in beforeAll). */
  browser(): Browser;
  /** Every request a page made that is not to our own server; a test asserts the list stays empty. */
  readonly outside: string[];
  /**
   * A fresh context (zh-CN, outside requests refused and listed), closed after the test that made it, or with
   * `scope: 'file'` after the file's tests (its storage shared by them; its pages still close with each test).
   */
  context(init?: string, scope?: 'test' | 'file'): Promise<BrowserContext>;
  /** `ORIGIN/<hash>` in a page, waited for until its first run's result is on screen. */
  open(hash?: string, options?: OpenOptions): Promise<OpenPage>;
}

/**
 * The set-up every browser test file shares: registers beforeAll/afterAll that serve dist/ (unless
 * `serve: false`), launch Chromium, and close every context, the browser and the server afterwards.
 * `screenshots` makes test-results/ first.
 */
export function useBrowser(options: { serve?: boolean; screenshots?: boolean } = {}): BrowserSession {
  let server: DistServer | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  const fileContexts: BrowserContext[] = [];
  let pages: Page[] = [];
  const outside: string[] = [];
  beforeAll(async () => {
    if (options.screenshots) mkdirSync('test-results', { recursive: true });
    if (options.serve !== false) server = await startServer();
    browser = await launch();
  });
  // A test's pages close with it: left open, each one's worker and background views go on competing for
  // the machine's two cores with every later test.
  afterEach(async () => {
    const [donePages, doneContexts] = [pages, contexts];
    pages = [];
    contexts = [];
    for (const p of donePages) if (!p.isClosed()) await p.close();
    for (const c of doneContexts) await c.close();
  });
  afterAll(async () => {
    for (const c of [...contexts, ...fileContexts]) await c.close();
    await browser?.close();
    await server?.close();
  });
  const session: BrowserSession = {
    browser() {
      if (!browser) throw new Error('useBrowser: the browser starts in beforeAll; use it inside a test');
      return browser;
    },
    outside,
    async context(init, scope = 'test') {
      const context = await newContext(session.browser(), outside);
      (scope === 'file' ? fileContexts : contexts).push(context);
      if (init) await context.addInitScript(init);
      return context;
    },
    async open(hash = '', o = {}) {
      const context = o.context ?? (await session.context(o.init));
      const page = (await context.newPage()) as OpenPage;
      pages.push(page);
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e.message));
      if (o.width !== undefined) await page.setViewportSize({ width: o.width, height: 900 });
      await page.goto(`${ORIGIN}/${hash}`);
      await waitDrawn(page, o.timeout);
      return page;
    },
  };
  return session;
}
