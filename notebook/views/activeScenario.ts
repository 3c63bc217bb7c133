// The scenario being worked on, named at the top of the page, with a mark once it differs from the
// scenario as opened (so a modified 基准 link no longer reads as 基准), and undo/redo buttons. Built once per
// language and updated in place: its buttons rebuilt on every release cost the browser a form scan.
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';
import type { LiveView } from '../runtime/liveView.ts';
import { setData, setText } from '../runtime/setIfChanged.ts';
import type { Working } from '../state/scenarioOps.ts';
import { type HistoryState, modifiedKey, type UndoHistory } from '../state/undoHistory.ts';
import { scenarioName } from './scenarioName.ts';

export interface ActiveScenario {
  scenario: Working;
  state: HistoryState;
}

export function activeScenarioView(lang: Lang, history: UndoHistory): LiveView<ActiveScenario> {
  const el = document.createElement('div');
  el.className = 'active-scenario';
  const label = document.createElement('span');
  label.className = 'muted';
  label.textContent = t(lang, 'work.active');
  const name = document.createElement('b');
  name.id = 'active-scenario-name';
  el.append(label, name);
  // In the page only while the scenario is modified.
  const mark = document.createElement('span');
  mark.className = 'modified-mark';
  mark.id = 'active-scenario-modified';
  mark.textContent = t(lang, 'work.modified');
  mark.title = t(lang, 'work.modifiedHint');
  const button = (id: string, text: string, title: string, run: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'small';
    b.id = id;
    b.textContent = text;
    b.title = title;
    b.setAttribute('aria-label', title);
    b.addEventListener('click', run);
    return b;
  };
  const undo = button('undo', '↶', t(lang, 'work.undo'), () => history.undo());
  const redo = button('redo', '↷', t(lang, 'work.redo'), () => history.redo());
  el.append(undo, redo);
  return {
    element: el,
    update({ scenario, state }) {
      setData(el, 'modified', String(state.modified));
      const key = modifiedKey(state);
      if (key) setText(mark, t(lang, key));
      setText(name, scenarioName(scenario, lang));
      // Cut short at 1280 px: whole on hover.
      if (name.title !== name.textContent) name.title = name.textContent ?? '';
      // What a printed view is of (print.css): its top bar, which names it, does not print.
      const main = document.getElementById('main');
      if (main)
        setData(
          main,
          'printScenario',
          `${t(lang, 'work.active')}${scenarioName(scenario, lang)}${key ? t(lang, key) : ''}`,
        );
      if (state.modified && !mark.isConnected) name.after(mark);
      else if (!state.modified) mark.remove();
      undo.disabled = !state.canUndo;
      redo.disabled = !state.canRedo;
    },
  };
}
