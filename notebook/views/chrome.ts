// The page's static text (headings, nav, intros) in the chosen language, and the plan's title in the top bar.
import type { Plan } from '../../engine/plan/planSchema.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { t } from '../i18n/t.ts';

export function applyChrome(plan: Plan, lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t(lang, 'app.title')} · ${pick(plan.meta.title, lang)}`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(lang, el.dataset.i18n as MessageKey);
  }
  const title = document.getElementById('plan-title');
  if (title) {
    title.textContent = `${pick(plan.meta.title, lang)} · ${t(lang, 'plan.period', { base: plan.meta.baseYear, target: plan.meta.targetYear })}`;
    if (plan.meta.synthetic) {
      const s = document.createElement('span');
      s.className = 'synthetic';
      s.textContent = t(lang, 'plan.synthetic');
      title.append(s);
    }
  }
}

/** Section links scroll without touching the address's hash, which holds the scenario. */
export function installSectionNav(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      document.getElementById(a.dataset.nav!)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
  }
}
