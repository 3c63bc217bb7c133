// The scenario being worked on, named at the top of the page, with a mark once it differs from the
// scenario as opened (so a modified 基准 link no longer reads as 基准), and undo/redo buttons.
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';
import type { Working } from '../state/scenarioOps.ts';
import type { HistoryState, UndoHistory } from '../state/undoHistory.ts';
import { scenarioName } from './scenarioName.ts';

export function activeScenarioView(
  lang: Lang,
  scenario: Working,
  state: HistoryState,
  history: UndoHistory,
): HTMLElement {
  const el = document.createElement('div');
  el.className = 'active-scenario';
  el.dataset.modified = String(state.modified);
  const label = document.createElement('span');
  label.className = 'muted';
  label.textContent = t(lang, 'work.active');
  const name = document.createElement('b');
  name.id = 'active-scenario-name';
  name.textContent = scenarioName(scenario, lang);
  el.append(label, name);
  if (state.modified) {
    const mark = document.createElement('span');
    mark.className = 'modified-mark';
    mark.id = 'active-scenario-modified';
    mark.textContent = t(lang, 'work.modified');
    mark.title = t(lang, 'work.modifiedHint');
    el.append(mark);
  }
  const button = (id: string, text: string, title: string, enabled: boolean, run: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'small';
    b.id = id;
    b.textContent = text;
    b.title = title;
    b.setAttribute('aria-label', title);
    b.disabled = !enabled;
    b.addEventListener('click', run);
    return b;
  };
  el.append(
    button('undo', '↶', t(lang, 'work.undo'), state.canUndo, () => history.undo()),
    button('redo', '↷', t(lang, 'work.redo'), state.canRedo, () => history.redo()),
  );
  return el;
}
