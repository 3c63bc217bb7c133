// What every planner's cell carries around its content: a header with its kind and title, a drag handle,
// move up/down (also Alt+↑/↓ anywhere in the cell), edit and remove; and under it the bar to add a cell.
// The frame is built once per language and settings; each new result only replaces its body, so an
// editor left open stays open (and keeps what was typed) while runs come and go.
import { html } from 'htl';
import type { Cell } from '../../../engine/index.ts';
import type { App } from '../../app.ts';
import type { Lang } from '../../i18n/lang.ts';
import { translator } from '../../i18n/t.ts';
import { moveCell, removeCell } from '../../state/cellOps.ts';
import { button } from '../button.ts';
import { addCellBar, justAdded } from './addCellBar.ts';

export interface CellFrameOptions {
  /** The editor shown by 编辑 (absent: the cell edits in place all the time, as a note does). */
  editor?: () => HTMLElement;
  /** The cell's title as shown (its own title or what it shows). */
  heading: string;
}

export interface CellFrame {
  readonly element: HTMLElement;
  setBody(body: Node): void;
}

export function cellFrame(app: App, lang: Lang, cell: Cell, o: CellFrameOptions): CellFrame {
  const t = translator(lang);
  const kind = t(`cell.kind.${cell.kind}`);
  const move = (direction: -1 | 1) => {
    app.scenario.update((s) => moveCell(s, cell.id, direction), {});
    // The store re-places the cell at once (not rebuilt); moving a node drops the focus, so it is put back.
    (direction < 0 ? up : down).focus();
  };
  const content = html`<div class="cell-content"></div>`;
  let editing: HTMLElement | null = null;
  const edit = button(t('cell.edit'), () => {
    if (!o.editor) return;
    if (editing) {
      editing.remove();
      editing = null;
      edit.textContent = t('cell.edit');
      edit.setAttribute('aria-expanded', 'false');
      return;
    }
    editing = html`<div class="cell-editor">${o.editor()}</div>`;
    content.before(editing);
    edit.textContent = t('cell.done');
    edit.setAttribute('aria-expanded', 'true');
    editing.querySelector<HTMLElement>('input, select, textarea')?.focus();
  });
  edit.classList.add('cell-edit');
  edit.setAttribute('aria-expanded', 'false');
  const up = button('↑', () => move(-1));
  up.classList.add('cell-move-up');
  up.setAttribute('aria-label', `${t('cell.moveUp')} · ${o.heading}`);
  const down = button('↓', () => move(1));
  down.classList.add('cell-move-down');
  down.setAttribute('aria-label', `${t('cell.moveDown')} · ${o.heading}`);
  const remove = button(t('cell.remove'), () => app.scenario.update((s) => removeCell(s, cell.id), {}));
  remove.classList.add('cell-remove');
  const handle = html`<span class="cell-handle" draggable="true" title=${t('cell.drag')} aria-hidden="true">⠿</span>`;
  handle.addEventListener('dragstart', (e) => {
    e.dataTransfer?.setData('application/x-planpath-cell', cell.id);
    e.dataTransfer?.setData('text/plain', cell.id);
    if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
  });
  const element = html`<div class="user-cell-frame">
    <header class="cell-header">
      ${handle}
      <span class="cell-kind">${kind}</span>
      <h3 class="cell-title">${o.heading}</h3>
      <span class="cell-tools">${up}${down}${o.editor ? edit : null}${remove}</span>
    </header>
    ${content}
    ${addCellBar(app, lang, cell.id)}
  </div>`;
  element.setAttribute('aria-label', `${t('cell.label', { kind })} ${o.heading}`);
  element.addEventListener('keydown', (e) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(e.key === 'ArrowUp' ? -1 : 1);
  });
  // A cell the planner just added opens ready to type in.
  if (justAdded.delete(cell.id)) {
    if (o.editor) edit.click();
    requestAnimationFrame(() =>
      element.querySelector<HTMLElement>('.cell-editor input, .cell-content input, textarea')?.focus(),
    );
  }
  return {
    element,
    setBody(body) {
      if (content.firstChild !== body) content.replaceChildren(body);
    },
  };
}
