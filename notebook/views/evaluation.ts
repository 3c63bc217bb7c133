import type { App } from '../app.ts';
import type { RunState } from '../engine/runController.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

export function evaluationView(
  app: App,
  lang: Lang,
  s: RunState,
  invalidation: Promise<unknown>,
): HTMLElement {
  const el = document.createElement('p');
  el.className = 'muted';
  el.textContent = translator(lang)('eval.unavailable');
  void app;
  void s;
  void invalidation;
  return el;
}
