// Serves the built notebook on a fixed localhost port and drives Debian's Chromium through playwright-core.
// `npx playwright install` cannot run here: the browser is the system's /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { type PreviewServer, preview } from 'vite';

export const PORT = Number(process.env.PLANPATH_E2E_PORT ?? 4179);
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

export async function startServer(): Promise<PreviewServer> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` first');
  return preview({
    preview: { port: PORT, strictPort: true, host: 'localhost', open: false },
    logLevel: 'error',
  });
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

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
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(ORIGIN) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return context;
}

/** Waits until a run result is on screen and no run is pending, past `afterSeq` if given. */
export async function waitIdle(page: Page, afterSeq = 0, timeout = 20_000): Promise<number> {
  await page.waitForFunction(
    (after) => {
      const b = document.body.dataset;
      return (
        Number(b.runSeq ?? 0) > after &&
        b.running === 'false' &&
        document.querySelector('[data-cell="status"] [data-preview="false"]') !== null
      );
    },
    afterSeq,
    { timeout },
  );
  return Number(await page.evaluate(() => document.body.dataset.runSeq));
}
