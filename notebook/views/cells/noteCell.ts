// A note cell: the planner's words beside the results, edited in place (saved when a field is left).
import { html } from 'htl';
// formatNumber, not toLocaleString: the first Intl number format of a page loads the locale's data, ≈ 50 ms of
// the main thread in the notebook's first round (a CPU profile of the first load, session 30).
import { type Cell, formatNumber, NOTE_TEXT_MAX, NOTE_TITLE_MAX } from '../../../engine/index.ts';
import type { App } from '../../app.ts';
import type { Lang } from '../../i18n/lang.ts';
import { translator } from '../../i18n/t.ts';
import { noteOf, updateNote } from '../../state/cellOps.ts';
import { cellFrame } from './cellFrame.ts';

export function noteCell(app: App, lang: Lang, cell: Extract<Cell, { kind: 'note' }>): HTMLElement {
  const t = translator(lang);
  const note = noteOf(app.scenario.get(), cell.note);
  const title =
    html`<input type="text" class="note-title" placeholder=${t('notes.titlePlaceholder')} aria-label=${t('notes.titlePlaceholder')}>` as HTMLInputElement;
  const text =
    html`<textarea class="note-text" rows="3" placeholder=${t('notes.textPlaceholder')} aria-label=${t('notes.textPlaceholder')}></textarea>` as HTMLTextAreaElement;
  // The browser stops typing and cuts a paste at the scenario's limit; the planner is told (a longer note had
  // been accepted, and made the whole scenario unopenable on the next load).
  title.maxLength = NOTE_TITLE_MAX;
  text.maxLength = NOTE_TEXT_MAX;
  const full =
    html`<p class="field-error" role="status" hidden>${t('notes.full', { max: formatNumber(NOTE_TEXT_MAX, lang, 0) })}</p>` as HTMLElement;
  text.addEventListener('input', () => {
    full.hidden = text.value.length < NOTE_TEXT_MAX;
  });
  title.value = note?.title ?? '';
  text.value = note?.text ?? '';
  // Printing hides form fields: the note prints from this copy.
  const printed = html`<div class="print-only note-print"><b>${title.value}</b><p>${text.value}</p></div>`;
  const save = (patch: { title?: string; text?: string }) => {
    app.scenario.update((s) => updateNote(s, cell.note, patch), {});
    printed.replaceChildren(html`<b>${title.value}</b>`, html`<p>${text.value}</p>`);
  };
  title.addEventListener('change', () => save({ title: title.value }));
  text.addEventListener('change', () => save({ text: text.value }));
  // A note written for the other language only (a library scenario has one per language) is not shown, and
  // its title stays out of the frame's labels, which are in the page's language.
  const otherLanguage = note?.lang !== undefined && note.lang !== lang;
  const frame = cellFrame(app, lang, cell, {
    heading: (!otherLanguage && note?.title) || t('cell.kind.note'),
  });
  frame.setBody(html`<div class="note-card">${title}${text}${full}${printed}</div>`);
  if (otherLanguage) frame.element.hidden = true;
  return frame.element;
}
