// A short guide on the first visit: what the page shows and where to start. Dismissed for good with one
// button (remembered in this browser); it never covers the page.
import { html } from 'htl';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { button } from './button.ts';

export const GUIDE_KEY = 'planpath:guide-dismissed';

function dismissed(): boolean {
  try {
    return window.localStorage.getItem(GUIDE_KEY) === '1';
  } catch {
    return false;
  }
}

export function firstVisitGuide(lang: Lang): HTMLElement | null {
  if (dismissed()) return null;
  const t = translator(lang);
  const close = button(
    t('guide.dismiss'),
    () => {
      try {
        window.localStorage.setItem(GUIDE_KEY, '1');
      } catch {
        // Storage refused (private mode): the guide goes for this visit only.
      }
      box.remove();
    },
    'small primary',
  );
  close.id = 'guide-dismiss';
  const box = html`<aside class="guide" aria-labelledby="guide-title">
    <h2 id="guide-title">${t('guide.title')}</h2>
    <ol>
      <li>${t('guide.step1')}</li>
      <li>${t('guide.step2')}</li>
      <li>${t('guide.step3')}</li>
    </ol>
    <p class="row"><a href=${lang === 'zh' ? 'help.html' : 'help.html#en'} target="_blank" rel="noopener">${t('help.link')}</a> ${close}</p>
  </aside>`;
  return box;
}
