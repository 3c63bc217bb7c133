import type { App } from '../app.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

export function planCheckView(app: App, lang: Lang): HTMLElement {
  const el = document.createElement('p');
  el.className = 'muted';
  el.textContent = translator(lang)('check.unavailable');
  void app;
  return el;
}
