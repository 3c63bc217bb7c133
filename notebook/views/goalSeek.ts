import type { App } from '../app.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

export function goalSeekView(app: App, lang: Lang, invalidation: Promise<unknown>): HTMLElement {
  const el = document.createElement('p');
  el.className = 'muted';
  el.textContent = translator(lang)('gs.unavailable');
  void app;
  void invalidation;
  return el;
}
