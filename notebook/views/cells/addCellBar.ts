// The bar under every view and cell that adds a planner's cell right there: a formula (its editor opens in
// the bar; the cell exists once the engine accepts it), a chart or table of the indicator in view, a note.
import { html } from 'htl';
import type { App } from '../../app.ts';
import type { Lang } from '../../i18n/lang.ts';
import { translator } from '../../i18n/t.ts';
import { addFormulaCell, addNoteCell, freshId, insertCell, withAllCells } from '../../state/cellOps.ts';
import { formulaEditor } from '../formulas.ts';
import { roomForCell } from './roomForCell.ts';

/** Cells just added: their editor opens when they are first drawn. */
export const justAdded = new Set<string>();

export function addCellBar(app: App, lang: Lang, target: string): HTMLElement {
  const t = translator(lang);
  const menu = html`<span class="add-cell-menu" hidden></span>`;
  const toggle = html`<button type="button" class="small add-cell" aria-expanded="false" aria-label=${t('cell.addLabel')}>${t('cell.add')}</button>`;
  const draft = html`<div class="add-cell-draft"></div>`;
  const close = () => {
    menu.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
  };
  toggle.addEventListener('click', () => {
    menu.hidden = !menu.hidden;
    toggle.setAttribute('aria-expanded', String(!menu.hidden));
    if (!menu.hidden) menu.querySelector('button')?.focus();
  });
  const insert = (kind: 'chart' | 'table') => {
    const s = withAllCells(app.scenario.get());
    const id = freshId(s, 'cell_');
    justAdded.add(id);
    const indicators = [app.selection.get()];
    const cell =
      kind === 'chart'
        ? { id, kind, after: 'dashboard' as const, indicators, scenarios: ['current'] }
        : { id, kind, after: 'dashboard' as const, indicators };
    app.scenario.set(insertCell(s, cell, target), {});
  };
  const kinds = [
    [
      'formula',
      () => {
        draft.replaceChildren(
          formulaEditor(app, lang, {
            submitLabel: t('fx.add'),
            onSave(entry) {
              draft.replaceChildren();
              app.scenario.set(addFormulaCell(app.scenario.get(), entry, target).scenario, {});
            },
            onCancel: () => draft.replaceChildren(),
          }),
        );
        draft.querySelector<HTMLElement>('input')?.focus();
      },
    ],
    ['chart', () => insert('chart')],
    ['table', () => insert('table')],
    [
      'note',
      () => {
        const { scenario, id } = addNoteCell(app.scenario.get(), target);
        justAdded.add(id);
        app.scenario.set(scenario, {});
      },
    ],
  ] as const;
  for (const [kind, run] of kinds) {
    const b = html`<button type="button" class="small" data-kind=${kind}>${t(`cell.kind.${kind}`)}</button>`;
    b.addEventListener('click', () => {
      close();
      if (roomForCell(app)) run();
    });
    menu.append(b);
  }
  return html`<div class="add-cell-bar no-print" data-after=${target}>${toggle}${menu}${draft}</div>`;
}
