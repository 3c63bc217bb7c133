// Narrative cells: the planner's own notes, kept in the scenario (and so in its file and link).
import type { App } from '../app.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { setNotes } from '../state/scenarioOps.ts';

export function notesView(app: App, lang: Lang, invalidation: Promise<unknown>): HTMLElement {
  const t = translator(lang);
  void invalidation;
  const el = document.createElement('div');
  el.className = 'notes';
  const list = document.createElement('div');
  const notes = (app.scenario.get().notes ?? []).map((n) => ({ ...n }));
  const commit = () => app.scenario.update((s) => setNotes(s, notes), {});
  const render = () => {
    list.replaceChildren(
      ...notes.map((n, i) => {
        const card = document.createElement('div');
        card.className = 'note-card';
        const title = document.createElement('input');
        title.type = 'text';
        title.value = n.title ?? '';
        title.placeholder = t('notes.titlePlaceholder');
        title.setAttribute('aria-label', t('notes.titlePlaceholder'));
        title.addEventListener('change', () => {
          n.title = title.value;
          commit();
        });
        const text = document.createElement('textarea');
        text.rows = 3;
        text.value = n.text;
        text.placeholder = t('notes.textPlaceholder');
        text.setAttribute('aria-label', t('notes.textPlaceholder'));
        text.style.fontFamily = 'inherit';
        text.addEventListener('change', () => {
          n.text = text.value;
          commit();
        });
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'small';
        remove.textContent = t('notes.remove');
        remove.addEventListener('click', () => {
          notes.splice(i, 1);
          commit();
          render();
        });
        const bar = document.createElement('div');
        bar.className = 'row';
        bar.append(remove);
        card.append(title, text, bar);
        return card;
      }),
    );
  };
  render();
  const add = document.createElement('button');
  add.type = 'button';
  add.textContent = t('notes.add');
  add.addEventListener('click', () => {
    notes.push({ title: '', text: '' });
    render();
    list.querySelector<HTMLInputElement>('.note-card:last-child input')?.focus();
  });
  el.append(list, add);
  return el;
}
