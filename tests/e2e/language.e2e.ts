// One language at a time: every view, walked in Chinese, shows no Latin-script sentence outside ids, units
// and citations; in English, no Chinese outside citations. A citation (a plan's figure as printed, a
// statistic's phrase) is marked with lang="zh-CN" on its element, as HTML means it; ids and formulas are
// <code>. Attributes a reader meets (title, aria-label, placeholder) count as well.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ORIGIN, pasteActuals, useBrowser, waitDrawn, waitIdle } from './harness.ts';

const { context } = useBrowser();

/** Opens the report's preview (its document is drawn only when opened) and waits for the document. */
async function openReport(page: Page): Promise<void> {
  await page.waitForSelector('#report-body details.report-preview > summary', { timeout: 60_000 });
  const open = await page.$eval('#report-body details.report-preview', (d) => (d as HTMLDetailsElement).open);
  if (!open) await page.click('#report-body details.report-preview > summary');
  await page.waitForSelector('#report-body .report-doc', { state: 'attached', timeout: 60_000 });
}

/** Brings every view to a state that shows its results: actuals pasted, a scenario compared, notes. */
async function fillViews(page: Page): Promise<void> {
  await page.click('[data-scenario="library:downturn"] button:nth-of-type(2)');
  await page.waitForSelector('[data-cell="comparison"] table.compare-results tr[data-target]', {
    timeout: 60_000,
  });
  await pasteActuals(
    page,
    '指标\t2021\t2022\n高新技术企业数\t120\t135\n不存在的指标\t1\t2\n中小企业增加值\t500\tabc',
  );
  await openReport(page);
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
  });
}

/** Text runs in the wrong script, with where they are; `lang` is the page's language. */
function offenders(page: Page, lang: 'zh' | 'en'): Promise<string[]> {
  return page.evaluate((lang) => {
    const LATIN_SENTENCE = /[A-Za-z]{2,}(?:[\s,;:'’()-]+[A-Za-z]{2,}){2,}/;
    const CJK = /[\u3400-\u9FFF]/;
    // In English, a Chinese term quoted or bracketed beside its translation — (高企), “小升规” — cites the
    // plan's wording; anything else in Chinese is a leak.
    const unquoted = (text: string) =>
      text.replace(/“[^”]*”|"[^"]*"|「[^」]*」|\([^()]*\)|（[^（）]*）/g, '');
    const bad = (text: string) => (lang === 'zh' ? LATIN_SENTENCE.test(text) : CJK.test(unquoted(text)));
    const exempt = (el: Element | null): boolean => {
      for (let e = el; e; e = e.parentElement) {
        if (e.tagName === 'CODE' || e.tagName === 'SCRIPT' || e.tagName === 'STYLE') return true;
        const l = e.getAttribute('lang');
        if (l && e !== document.documentElement)
          return lang === 'zh' ? l.startsWith('en') : l.startsWith('zh');
      }
      return false;
    };
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      return s.display !== 'none' && s.visibility !== 'hidden' && (el as HTMLElement).offsetParent !== null;
    };
    const where = (el: Element) => {
      const cell = el.closest('[data-cell]')?.getAttribute('data-cell') ?? el.closest('[id]')?.id ?? '';
      return `${cell}/${el.tagName.toLowerCase()}`;
    };
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent ?? '';
      if (!el || !text.trim() || exempt(el)) continue;
      if (!visible(el) && !el.closest('.report-doc')) continue;
      if (bad(text)) out.add(`${where(el)}: ${text.trim().slice(0, 120)}`);
    }
    for (const el of document.body.querySelectorAll('[title],[aria-label],[placeholder]')) {
      if (exempt(el)) continue;
      for (const a of ['title', 'aria-label', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v && bad(v)) out.add(`${where(el)}@${a}: ${v.slice(0, 120)}`);
      }
    }
    return [...out];
  }, lang);
}

describe('one language at a time', () => {
  it('every view in Chinese shows no Latin-script sentence, and in English no Chinese, outside citations', async () => {
    const page = await (await context()).newPage();
    await page.goto(`${ORIGIN}/`);
    await waitDrawn(page);
    await fillViews(page);
    const zh = await offenders(page, 'zh');
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    // The views rebuild in English one after another: on a busy machine the first headings change well after
    // <html lang> does, so wait for the views the check reads to be redrawn.
    await page.waitForFunction(
      () => {
        const texts = ['[data-cell="scenarios"] h3', '[data-cell="comparison"] th', '#dashboard-body th'].map(
          (sel) => document.querySelector(sel)?.textContent ?? '中',
        );
        return texts.every((t) => !/[\u3400-\u9fff]/.test(t));
      },
      undefined,
      { timeout: 60_000 },
    );
    await waitIdle(page).catch(() => {});
    await openReport(page);
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
    });
    const en = await offenders(page, 'en');
    expect({ zh, en }).toEqual({ zh: [], en: [] });
  }, 240_000);

  it('shows each note of the plan in the page language: the English ones load with the English page', async () => {
    const page = await (await context()).newPage();
    await page.goto(`${ORIGIN}/`);
    await waitDrawn(page);
    const tip = () => page.getAttribute('[data-parameter="g_retail"] .item-name', 'data-tip');
    expect(await tip()).toContain('本区公布的2021–2025年年均增速（预计数）');
    // A first visit in Chinese has not loaded the English notes (they travel in a chunk of their own).
    const loaded = () =>
      page.evaluate(() =>
        performance.getEntriesByType('resource').some((r) => r.name.includes('shipped-plan-en')),
      );
    expect(await loaded()).toBe(false);
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect.poll(tip, { timeout: 30_000 }).toContain("the district's published 2021–2025 average");
    expect(await loaded()).toBe(true);
    // Back in Chinese, the Chinese note again.
    await page.click('#lang-toggle');
    await expect.poll(tip, { timeout: 30_000 }).toContain('本区公布的2021–2025年年均增速（预计数）');
  });

  // The browser draws a file input's button and its "no file chosen" in its own language, which the text
  // walk above cannot see: an English Chromium showed "Choose File" on the Chinese page (fileButton.ts).
  it("shows no file input's own button: each is a button of the page's, in its language", async () => {
    const page = await (await context()).newPage();
    await page.goto(`${ORIGIN}/`);
    await waitDrawn(page);
    const faces = () =>
      page.$$eval('input[type="file"]', (inputs) =>
        inputs.map((i) => {
          const box = i.getBoundingClientRect();
          return {
            drawn: box.width > 1 || box.height > 1,
            face: i.closest('label')?.textContent?.trim() ?? '',
          };
        }),
      );
    const zh = await faces();
    expect(zh.length).toBeGreaterThanOrEqual(2); // a scenario file and a plan to import
    for (const f of zh) expect(f).toEqual({ drawn: false, face: expect.stringMatching(/^[\u4e00-\u9fff]/) });
    // Still a keyboard's: focused, Space opens the chooser. (Once the page has settled: a view redrawn
    // between the focus and the key would take the focus with it.)
    await waitIdle(page).catch(() => {});
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.locator('#scenario-import').press('Space'),
    ]);
    expect(chooser.isMultiple()).toBe(false);
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    // The views relabel as the notebook redraws them.
    await expect
      .poll(async () => (await faces()).every((f) => !f.drawn && /^[A-Z]/.test(f.face)), { timeout: 30_000 })
      .toBe(true);
    expect((await faces()).length).toBe(zh.length);
  });
});
