// A run warning (engine/run/runWarnings.ts) as a catalogue message: the page shows it as a notice in its
// language. The words are in engine/report/messages/runMessages.ts.
import type { Plan } from '../plan/planSchema.ts';
import type { RunWarning } from '../run/runWarnings.ts';
import { type Message, type MessageArg, msg, named, pct } from './messages/message.ts';

/** `plan`: names the indicator as the plan does (five_up_enterprises reads 在库“五上”企业数); else its id. */
export function runWarningMessage(w: RunWarning, plan?: Plan): Message {
  const ind = plan?.indicators.find((i) => i.id === w.indicator);
  const indicator: MessageArg = ind ? named(ind) : w.indicator;
  if (w.code === 'actualsOutsideHorizon') {
    return msg('run.warn.actuals', { indicator, year: w.year, first: w.first, last: w.last });
  }
  if (w.code === 'shareOutOfRange')
    return msg(`run.warn.share.${w.side}`, { indicator, year: w.year, value: pct(w.value, 1) });
  const cause =
    w.cause.kind === 'input'
      ? msg('run.warn.cause.input', { from: w.cause.from })
      : msg('run.warn.cause.formula', { field: w.cause.field, formula: w.cause.formula, value: w.value });
  const paths = w.deterministic ? msg('run.warn.deterministic') : msg('run.warn.paths', { n: w.paths });
  return msg('run.warn.nonFinite', { indicator, year: w.year, value: w.value, paths, cause });
}
