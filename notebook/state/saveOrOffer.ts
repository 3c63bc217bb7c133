// Saving the current scenario from the page: in this browser when it can, and when it cannot (storage full,
// private mode, blocked), a notice in the page's language that says why and offers the scenario as a file.
import { type App, dropNotice, pushNotice } from '../app.ts';
import { t } from '../i18n/t.ts';
import { exportScenarioFile } from '../share/shareSync.ts';
import { type SavedScenario, trySaveScenario } from './savedScenarios.ts';
import type { Working } from './scenarioOps.ts';

export function saveOrOffer(app: App, storage: Storage | null, scenario: Working): SavedScenario | null {
  const outcome = trySaveScenario(storage, app.storageKey, scenario);
  if (outcome.ok) {
    dropNotice(app, 'save');
    return outcome.entry;
  }
  const { reason, detail } = outcome;
  pushNotice(app, {
    id: 'save',
    kind: 'error',
    text: (lang) => t(lang, 'store.failed', { reason: t(lang, `store.reason.${reason}`, { detail }) }),
    actions: [{ label: (lang) => t(lang, 'store.download'), run: () => exportScenarioFile(app, scenario) }],
  });
  return null;
}
