import type { App } from '../app.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';
import { modifiedKey } from '../state/undoHistory.ts';
import { scenarioName } from './scenarioName.ts';

/**
 * The scenario's name as the top bar gives it, with its mark (基准（已修改）): what an exported file is called.
 * A tester's changed 基准 had been exported as 目标总览_基准.csv and 终期评估报告_基准.docx, to be taken for the
 * baseline itself.
 */
export function markedScenarioName(app: App, lang: Lang): string {
  const key = modifiedKey(app.history.state.get());
  return `${scenarioName(app.scenario.get(), lang)}${key ? t(lang, key) : ''}`;
}
