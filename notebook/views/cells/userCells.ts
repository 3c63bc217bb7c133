// The planner's cells as cells of the page's runtime: each becomes a runtime variable drawn into its own
// <section> placed after the built-in view (or cell) it follows. A cell is redefined when its settings
// change, deleted when removed, and only re-placed (not rebuilt) when moved, so focus stays where it was.

import { BUILT_IN_VIEWS, type Cell } from '../../../engine/index.ts';
import type { App, NamedScenario } from '../../app.ts';
import type { RunState } from '../../client/runController.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { EnteredData } from '../../model/comparedScenario.ts';
import { drawWhenVisible } from '../../runtime/drawWhenVisible.ts';
import type { Definition, Notebook } from '../../runtime/notebook.ts';
import { moveCellAfter, withAllCells } from '../../state/cellOps.ts';
import { type ComparedRuns, comparisonRuns } from '../../state/comparisonRuns.ts';
import type { Working } from '../../state/scenarioOps.ts';
import { addCellBar } from './addCellBar.ts';
import { scenarioChoices } from './cellChoices.ts';
import type { CellFrame } from './cellFrame.ts';
import { chartBody, chartCellFrame } from './chartCell.ts';
import { formulaBody, formulaFrame } from './formulaCell.ts';
import { noteCell } from './noteCell.ts';
import { tableBody, tableFrame } from './tableCell.ts';

const MIME = 'application/x-planpath-cell';

interface Live {
  section: HTMLElement;
  variable: ReturnType<Notebook['dynamic']>;
  /** The hidden variables a cell's drawing uses (its frame, its compared runs). */
  parts: ReturnType<Notebook['dynamic']>[];
  key: string;
}

/** What a cell's drawing depends on besides the runtime's inputs; a change redefines it. Its place does not. */
function settingsKey(cell: Cell, s: Working): string {
  const { after: _after, ...settings } = cell;
  const formula = cell.kind === 'formula' ? s.formulas?.find((f) => f.id === cell.formula) : null;
  const names =
    cell.kind === 'chart' || cell.kind === 'table' ? s.formulas?.map((f) => [f.id, f.name, f.unit]) : null;
  return JSON.stringify([settings, formula, names]);
}

function define(nb: Notebook, app: App, live: Live, cell: Cell, s: Working): void {
  for (const v of live.parts) v.delete();
  live.parts = [];
  const part = (suffix: string, inputs: string[], definition: Definition) => {
    const name = `cell ${cell.id} ${suffix}`;
    const v = nb.dynamic(name, null);
    v.define(inputs, definition);
    live.parts.push(v);
    return name;
  };
  /** The frame once per language, the body on every change of `inputs` (the run first, where there is one). */
  const show = (
    makeFrame: (lang: Lang) => CellFrame,
    inputs: string[],
    body: (lang: Lang, ...values: never[]) => Node,
  ) => {
    const frame = part('frame', ['lang'], makeFrame);
    live.variable.define([frame, 'lang', ...inputs], (f: CellFrame, lang: Lang, ...values: never[]) => {
      // A drag's preview redraws the cell only while it is on screen (drawWhenVisible).
      const preview = (values[0] as RunState | undefined)?.preview === true;
      drawWhenVisible(f.element, () => f.setBody(body(lang, ...values)), preview);
      return f.element;
    });
  };
  switch (cell.kind) {
    case 'note':
      live.variable.define(['lang'], (lang: Lang) => noteCell(app, lang, cell));
      return;
    case 'formula': {
      const f = s.formulas?.find((x) => x.id === cell.formula);
      if (!f) return;
      show(
        (lang) => formulaFrame(app, lang, cell, f),
        ['runResult'],
        (lang, state: RunState) => formulaBody(app, lang, f, state),
      );
      return;
    }
    case 'table':
      show(
        (lang) => tableFrame(app, lang, cell),
        ['runResult'],
        (lang, state: RunState) => tableBody(app, lang, cell, state),
      );
      return;
    case 'chart': {
      const others = (cell.scenarios ?? []).filter((k) => k !== 'current');
      const choices = scenarioChoices(app);
      const list: NamedScenario[] = others.flatMap((k) => choices.filter((c) => c.key === k));
      const runs = part('runs', ['lang', 'enteredData'], (lang: Lang, entered: EnteredData) =>
        comparisonRuns(app, list, lang, entered, `cell-${cell.id}`),
      );
      show(
        (lang) => chartCellFrame(app, lang, cell),
        ['runResult', runs, 'width'],
        (lang, state: RunState, r: ComparedRuns, width: number) =>
          chartBody(app, lang, cell, state, r, width),
      );
      return;
    }
  }
}

/** Sections, drop targets and add bars for the planner's cells; keeps them in step with the scenario. */
export function installUserCells(nb: Notebook, app: App): void {
  const live = new Map<string, Live>();
  const sectionOf = (id: string) => document.getElementById(id);

  const sync = (scenario: Working, replaced: boolean) => {
    const s = withAllCells(scenario);
    const cells = s.cells ?? [];
    const ids = new Set(cells.map((c) => c.id));
    for (const [id, entry] of live) {
      if (ids.has(id)) continue;
      entry.variable.delete();
      for (const v of entry.parts) v.delete();
      entry.section.remove();
      live.delete(id);
    }
    for (const cell of cells) {
      let entry = live.get(cell.id);
      if (!entry) {
        const section = document.createElement('section');
        section.className = 'user-cell';
        section.dataset.cellId = cell.id;
        section.dataset.kind = cell.kind;
        entry = { section, variable: nb.dynamic(`cell ${cell.id}`, section), parts: [], key: '' };
        live.set(cell.id, entry);
      }
      entry.section.dataset.after = cell.after;
      const key = settingsKey(cell, s);
      // A replaced scenario (undo, a link, a file) may hold other note text under the same ids: redraw all.
      if (entry.key !== key || replaced) {
        entry.key = key;
        define(nb, app, entry, cell, s);
      }
    }
    for (const b of BUILT_IN_VIEWS) {
      let anchor = sectionOf(b);
      if (!anchor) continue;
      for (const c of cells) {
        if (c.after !== b) continue;
        const section = live.get(c.id)!.section;
        if (anchor.nextElementSibling !== section) anchor.after(section);
        anchor = section;
      }
    }
  };
  app.scenario.subscribe((s, meta) => {
    if (!meta.preview) sync(s, meta.replaced === true);
  });

  // An add bar at the end of every built-in view.
  for (const b of BUILT_IN_VIEWS) {
    const section = sectionOf(b);
    if (!section) continue;
    const slot = document.createElement('div');
    slot.className = 'add-cell-slot';
    section.append(slot);
    nb.view(`add after ${b}`, slot, ['lang'], (lang: Lang) => addCellBar(app, lang, b));
  }

  // Drag a cell by its handle and drop it on any view or cell: it goes right after that one.
  const main = document.getElementById('main');
  if (!main) return;
  const targetOf = (e: DragEvent) => {
    const section = e.target instanceof Element ? e.target.closest<HTMLElement>('.main > section') : null;
    return section ? (section.dataset.cellId ?? section.id) : null;
  };
  let marked: HTMLElement | null = null;
  const mark = (el: HTMLElement | null) => {
    marked?.classList.remove('drop-target');
    marked = el;
    marked?.classList.add('drop-target');
  };
  main.addEventListener('dragover', (e) => {
    // Some drag sources (and test drivers) carry only text/plain; the drop checks the id is a cell's.
    const types = e.dataTransfer?.types ?? [];
    if (!e.dataTransfer || !(types.includes(MIME) || types.includes('text/plain'))) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    mark(e.target instanceof Element ? e.target.closest<HTMLElement>('.main > section') : null);
  });
  main.addEventListener('dragleave', (e) => {
    if (e.target === marked) mark(null);
  });
  main.addEventListener('drop', (e) => {
    const id = e.dataTransfer?.getData(MIME) || e.dataTransfer?.getData('text/plain');
    const target = targetOf(e);
    mark(null);
    if (!id || !live.has(id) || !target) return;
    e.preventDefault();
    app.scenario.update((s) => moveCellAfter(s, id, target), {});
  });
  main.addEventListener('dragend', () => mark(null));
}
