import { launch, newContext, ORIGIN, startServer, waitIdle } from '../e2e/harness.ts';
const server = await startServer();
const browser = await launch();
try {
  const context = await newContext(browser, []);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/`);
  await waitIdle(page);
  await page.waitForTimeout(2500);
  const r = await page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const el of document.querySelectorAll('header, nav, #main > *, #levers, #levers-body > *'))
      out[`${el.tagName.toLowerCase()}#${el.id}.${(el as HTMLElement).className}`.slice(0, 60)] = el.querySelectorAll('*').length;
    out.all = document.querySelectorAll('*').length;
    out.svgPaths = document.querySelectorAll('#dashboard svg *').length;
    out.dashRows = document.querySelectorAll('#dashboard tr').length;
    const d = document.getElementById('dashboard')!.getBoundingClientRect();
    out.dashTop = d.top; out.dashH = d.height;
    return out;
  });
  console.log(r);
} finally { await browser.close(); await server.close(); }
