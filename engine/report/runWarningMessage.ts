// A run warning (engine/run/runWarnings.ts) as a catalogue message: the page shows it as a notice in its
// language. The words are in engine/report/messages/runMessages.ts.
import type { RunWarning } from '../run/runWarnings.ts';
import { type Message, msg } from './messages/message.ts';

export function runWarningMessage(w: RunWarning): Message {
  if (w.code === 'actualsOutsideHorizon') {
    return msg('run.warn.actuals', { indicator: w.indicator, year: w.year, first: w.first, last: w.last });
  }
  const cause =
    w.cause.kind === 'input'
      ? msg('run.warn.cause.input', { from: w.cause.from })
      : msg('run.warn.cause.formula', { field: w.cause.field, formula: w.cause.formula, value: w.value });
  const paths = w.deterministic ? msg('run.warn.deterministic') : msg('run.warn.paths', { n: w.paths });
  return msg('run.warn.nonFinite', { indicator: w.indicator, year: w.year, value: w.value, paths, cause });
}
