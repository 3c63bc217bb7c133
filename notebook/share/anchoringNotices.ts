// How the run carried the planner's actuals (a total shared among its parts, a ratio continued, an even split
// among parts of unknown base, an actual used for its year only, the years between two known values
// reckoned on the line joining them), as one notice in the page's language: the engine never changes a path silently, and the page says what it did.
import { anchoringMessages, renderMessage } from '../../engine/index.ts';
import { type App, dropNotice, pushNotice } from '../app.ts';
import type { RunState } from '../client/runController.ts';
import { translator } from '../i18n/t.ts';

/** Keeps one notice in step with the latest settled result's anchoring; returns a function that stops it. */
export function startAnchoringNotices(app: App): () => void {
  let shown = '';
  return app.controller.subscribe((s: RunState) => {
    const r = s.result;
    if (!r || s.running || s.preview) return;
    // The result painted from the build (shipped 基准) may predate these fields.
    const messages = anchoringMessages(app.plan, {
      reanchored: r.reanchored ?? [],
      actualIssues: r.actualIssues ?? [],
      bridges: r.bridges ?? [],
      historyRates: r.historyRates ?? [],
      shortHistory: r.shortHistory ?? [],
      flowHistory: r.flowHistory ?? [],
    });
    const key = JSON.stringify(messages);
    if (key === shown) return;
    shown = key;
    if (messages.length === 0) {
      dropNotice(app, 'actuals-anchoring');
      return;
    }
    pushNotice(app, {
      id: 'actuals-anchoring',
      kind: 'info',
      // One actual: one sentence. Several: a heading and one line each, not one long sentence.
      text: (lang) =>
        messages.length === 1 ? renderMessage(lang, messages[0]!) : translator(lang)('notice.anchoring'),
      items: (lang) => (messages.length === 1 ? [] : messages.map((m) => renderMessage(lang, m))),
    });
  });
}
