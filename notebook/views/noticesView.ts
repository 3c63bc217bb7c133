// The banner under the top bar: link errors, imports, warnings; each can be dismissed.
import { type App, dropNotice, type Notice } from '../app.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

export function noticesView(app: App, lang: Lang, notices: readonly Notice[]): HTMLElement {
  const t = translator(lang);
  const el = document.createElement('div');
  for (const n of notices) {
    const box = document.createElement('div');
    box.className = `notice ${n.kind}`;
    box.dataset.notice = n.id;
    box.setAttribute('role', n.kind === 'error' ? 'alert' : 'status');
    const text = document.createElement('div');
    text.className = 'text';
    text.textContent = n.text(lang);
    const items = n.items?.(lang) ?? [];
    if (items.length > 0) {
      const list = document.createElement('ul');
      for (const item of items) {
        const li = document.createElement('li');
        li.textContent = item;
        list.append(li);
      }
      text.append(list);
    }
    box.append(text);
    for (const action of n.actions ?? []) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'small';
      b.textContent = action.label(lang);
      b.addEventListener('click', action.run);
      box.append(b);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'small';
    close.textContent = t('link.dismiss');
    close.addEventListener('click', () => dropNotice(app, n.id));
    box.append(close);
    el.append(box);
  }
  return el;
}
