import { launch, newContext, ORIGIN, startServer } from './tests/e2e/harness.ts';
const server = await startServer();
const browser = await launch();
const ctx = await newContext(browser, []);
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.type(), m.text().slice(0, 300)); });
await page.goto(`${ORIGIN}/`);
for (let i = 0; i < 12; i++) {
  await page.waitForTimeout(5000);
  const st = await page.evaluate(() => ({ seq: document.body.dataset.runSeq, running: document.body.dataset.running, status: document.querySelector('[data-cell="status"]')?.textContent?.slice(0, 200), head: document.querySelector('.verdict-headline')?.textContent }));
  console.log(i, JSON.stringify(st));
  if (st.head) break;
}
await page.screenshot({ path: '/tmp/fd/dash.png' });
await browser.close(); await server.close();
