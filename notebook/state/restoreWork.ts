// At start-up: bring back the planner's saved work, or — when a link opened a scenario — keep that work
// aside and offer it back; then start saving as the planner works and start the undo history.

import { type App, pushNotice } from '../app.ts';
import { localDateTime } from '../format/localDateTime.ts';
import { t } from '../i18n/t.ts';
import { problemBeforeShowing } from '../share/shareSync.ts';
import { pageStorage } from './pageStorage.ts';
import { readSaved } from './savedScenarios.ts';
import type { Working } from './scenarioOps.ts';
import { sameSettings } from './undoHistory.ts';
import { readWork, setWorkStoreErrorHandler, startWorkSave, writeWork } from './workStore.ts';

/**
 * The scenario a working one was opened from: one saved in this browser or the library's, of the same name or
 * of the same description (a renamed 基准 keeps 基准's), else itself. Matched in the library by name alone, a
 * saved 方案 changed and reloaded, or a renamed 基准 with four levers moved, read unmodified, and the save
 * dialog offered 基准's English name and description to keep.
 */
export function originOf(app: Pick<App, 'storageKey' | 'library' | 'defaultScenario'>, s: Working): Working {
  const zh = (s.name as { zh?: string } | undefined)?.zh;
  const about = (s.description as { zh?: string } | undefined)?.zh;
  const store = pageStorage();
  const known: Working[] = [
    ...(store ? readSaved(store, app.storageKey).entries.map((e) => e.scenario) : []),
    ...app.library.map((e) => e.scenario),
    // A plan of the planner's own has no library: its 规划默认 is what a link's changes are changes to (a
    // tester's link, opened in another browser, had shown 规划默认 without （已修改）).
    app.defaultScenario,
  ];
  return (
    known.find((k) => k.name.zh === zh) ??
    (about ? known.find((k) => (k.description as { zh?: string } | undefined)?.zh === about) : undefined) ??
    s
  );
}

const when = (iso: string, _lang: 'zh' | 'en') => localDateTime(new Date(iso));

export async function restoreWork(app: App, fromLink: Working | null): Promise<void> {
  const planId = app.storageKey;
  setWorkStoreErrorHandler((error) => {
    const message = error instanceof Error ? error.message : String(error);
    pushNotice(app, {
      id: 'work-storage',
      kind: 'error',
      text: (l) => t(l, 'work.storageError', { message }),
    });
  });
  const saved = await readWork(planId);
  if (fromLink) {
    if (saved && !sameSettings(saved.scenario, fromLink)) {
      await writeWork(planId, saved.scenario, 'previous');
      pushNotice(app, {
        id: 'work',
        kind: 'info',
        text: (l) => t(l, 'work.previousKept', { date: when(saved.savedAt, l) }),
        actions: [
          {
            label: (l) => t(l, 'work.reopenPrevious'),
            run: () => app.scenario.set(structuredClone(saved.scenario), { replaced: true }),
          },
        ],
      });
    }
  } else if (saved) {
    const problem = await problemBeforeShowing(app, saved.scenario);
    if (problem) {
      pushNotice(app, {
        id: 'work',
        kind: 'warning',
        text: (l) => t(l, 'work.storedBad', { message: problem(l) }),
      });
    } else {
      app.scenario.set(saved.scenario, { replaced: true, restored: true });
      pushNotice(app, {
        id: 'work',
        kind: 'info',
        text: (l) => t(l, 'work.restored', { date: when(saved.savedAt, l) }),
      });
    }
  }
  const now = app.scenario.get();
  app.history.reset(originOf(app, now));
  // A stored problem stays stored: saving starts only from the first edit, not from the default scenario.
  let first = true;
  startWorkSave(planId, (listener) =>
    app.scenario.subscribe((s, meta) => {
      if (first) {
        first = false;
        return;
      }
      listener(s, meta);
    }),
  );
}
