// The engine's run warnings (engine/run/runWarnings.ts) as notices in the page's language: a value a formula
// could not compute (NaN, ±∞) is named with its indicator, year and cause instead of showing as a blank
// cell, and actuals the run does not use are listed.
import { type Plan, type RunWarning, renderMessage, runWarningMessage } from '../../engine/index.ts';
import { type App, dropNotice, pushNotice } from '../app.ts';
import type { RunState } from '../client/runController.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';

const SHOWN = 5;

export function runWarningText(w: RunWarning, lang: Lang, plan?: Plan): string {
  return renderMessage(lang, runWarningMessage(w, plan));
}

/** Keeps one notice in step with the latest result's warnings; returns a function that stops it. */
export function startRunWarningNotices(app: App): () => void {
  // The same warnings are not pushed again: each push redraws the banner, and the controller reports every
  // run's start and end (a drag's previews many times a second).
  let shown = '';
  return app.controller.subscribe((s: RunState) => {
    // A share whose paths pass 100% is said beside its chart (indicatorDetail.ts), where its fan shows it: in the
    // banner it had greeted every visit to the Yaohai plan with a remark on an indicator no target reads.
    const warnings = (s.result?.warnings ?? []).filter((w) => w.code !== 'shareOutOfRange');
    const key = JSON.stringify(warnings);
    if (key === shown) return;
    shown = key;
    if (warnings.length === 0) {
      dropNotice(app, 'run-warnings');
      return;
    }
    pushNotice(app, {
      id: 'run-warnings',
      kind: 'warning',
      text: (lang) =>
        [
          ...warnings.slice(0, SHOWN).map((w) => runWarningText(w, lang, app.plan)),
          ...(warnings.length > SHOWN ? [t(lang, 'run.warn.more', { n: warnings.length - SHOWN })] : []),
        ].join(lang === 'zh' ? '；' : '; '),
    });
  });
}
