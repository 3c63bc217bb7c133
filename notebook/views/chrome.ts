// The page's static text (headings, nav, intros) in the chosen language, and the plan's title in the top bar.
import type { Plan } from '../../engine/index.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { t } from '../i18n/t.ts';
import { formulaExample } from '../model/formulaExample.ts';

/** Sets <html lang> unless it already holds it: writing it, even unchanged, restyles the whole page (≈ 15 ms). */
export function setPageLang(lang: Lang): void {
  const value = lang === 'zh' ? 'zh-CN' : 'en';
  if (document.documentElement.lang !== value) document.documentElement.lang = value;
}

export function applyChrome(plan: Plan, lang: Lang): void {
  applyShell(lang);
  document.title = `${t(lang, 'app.title')} · ${pick(plan.meta.title, lang)}`;
  const title = document.getElementById('plan-title');
  const planLine = `${pick(plan.meta.title, lang)} · ${t(lang, 'plan.period', { base: plan.meta.baseYear, target: plan.meta.targetYear })}`;
  // A printed view names its plan, and says what its chances are (print.css; the scenario: activeScenario.ts).
  const main = document.getElementById('main');
  if (main) {
    main.dataset.printPlan = planLine;
    main.dataset.printNote = t(lang, 'print.note', { date: new Date().toISOString().slice(0, 10) });
  }
  // Its example is a formula of this plan's indicators (it had named the Yaohai plan's on every plan).
  const fxIntro = document.getElementById('fx-intro');
  if (fxIntro) fxIntro.textContent = t(lang, 'fx.intro', { example: formulaExample(plan) });
  if (title) {
    title.textContent = planLine;
    // Cut short at 1280 px: whole on hover.
    title.title = planLine;
    if (plan.meta.synthetic) {
      const s = document.createElement('span');
      s.className = 'synthetic';
      s.textContent = t(lang, 'plan.synthetic');
      title.append(s);
    }
  }
}

/** The page's own words (title, sections, tabs) in a language, before or without a plan (a plan that fails). */
export function applyShell(lang: Lang): void {
  setPageLang(lang);
  document.title = t(lang, 'app.title');
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(lang, el.dataset.i18n as MessageKey);
  }
}

/**
 * Section links scroll without touching the address's hash, which holds the scenario. The section being read
 * is marked `.current-view` — the one a nav link went to, or after the reader scrolls, the one at the top of
 * the main column — so that printing (Ctrl+P too) prints that view alone; see print.css.
 */
export function installSectionNav(): void {
  const sections = () => [...document.querySelectorAll<HTMLElement>('.main > section:not(.user-cell)')];
  // The planner's cells placed after a view are read, and printed, with it.
  const mark = (current: HTMLElement | undefined) => {
    for (const s of document.querySelectorAll<HTMLElement>('.main > section'))
      s.classList.toggle('current-view', s === current || (!!current && s.dataset.after === current.id));
  };
  // The first section whose bottom lies below the sticky top bar (plus a margin) is the one being read.
  const atTop = () => {
    const bar = document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
    return sections().find((s) => s.getBoundingClientRect().bottom > bar + 48);
  };
  let navigating = false;
  // Delegated, so links added later (新建/导入规划) also scroll instead of writing over the address's hash.
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-nav]') : null;
    if (!a) return;
    e.preventDefault();
    const target = document.getElementById(a.dataset.nav!);
    if (!target) return;
    // A section near the end may never reach the top: the link's choice holds until the reader scrolls.
    mark(target);
    navigating = true;
    target.scrollIntoView({ behavior: 'smooth', block: 'start' });
    // The keyboard goes on from the section, not from the top bar.
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus({ preventScroll: true });
  });
  let frame = 0;
  window.addEventListener('wheel', () => (navigating = false), { passive: true });
  window.addEventListener('keydown', () => (navigating = false));
  window.addEventListener('touchstart', () => (navigating = false), { passive: true });
  window.addEventListener(
    'scroll',
    () => {
      if (navigating || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!navigating) mark(atTop());
      });
    },
    { passive: true },
  );
  mark(atTop());
}
