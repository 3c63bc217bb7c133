// The 笔记 view: adds a note cell at the end of its cells (notes can also be added beside any view with the
// add bar). The notes themselves are cells (cells/noteCell.ts), kept in the scenario, its file and its link.
import { html } from 'htl';
import type { App } from '../app.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import { addNoteCell, sequenceOf } from '../state/cellOps.ts';
import { button } from './button.ts';
import { justAdded } from './cells/addCellBar.ts';
import { roomForCell } from './cells/roomForCell.ts';

export function notesView(app: App, lang: Lang): HTMLElement {
  const t = translator(lang);
  const add = () => {
    if (!roomForCell(app)) return;
    const s = app.scenario.get();
    const seq = sequenceOf(s);
    const last = seq.findLast((x) => 'cell' in x && x.cell.after === 'notes');
    const { scenario, id } = addNoteCell(s, last && 'cell' in last ? last.cell.id : 'notes');
    justAdded.add(id);
    app.scenario.set(scenario, {});
  };
  const b = button(t('notes.add'), add, '');
  b.id = 'add-note';
  return html`<div class="notes">${b}</div>`;
}
