// A run warning (engine/run/runWarnings.ts) as a catalogue message: the page shows it as a notice in its
// language. The words are in engine/report/messages/runMessages.ts.
import type { Plan } from '../plan/planSchema.ts';
import type { RunWarning } from '../run/runWarnings.ts';
import type { EngineMessageCode } from './messages/catalogue.ts';
import { formula, type Message, type MessageArg, msg, named, pct } from './messages/message.ts';

/** `plan`: names the indicator as the plan does (five_up_enterprises reads 在库“五上”企业数); else its id. */
export function runWarningMessage(w: RunWarning, plan?: Plan): Message {
  const indicator = nameOf(w.indicator, plan);
  if (w.code === 'actualsOutsideHorizon') {
    return msg('run.warn.actuals', { indicator, year: w.year, first: w.first, last: w.last });
  }
  if (w.code === 'shareOutOfRange')
    return msg(`run.warn.share.${w.side}`, { indicator, year: w.year, value: pct(w.value, 1) });
  const value = msg(`run.warn.value.${w.value}`);
  const cause =
    w.cause.kind === 'input'
      ? msg('run.warn.cause.input', { from: nameOf(w.cause.from, plan) })
      : msg('run.warn.cause.formula', {
          field: FIELDS.has(w.cause.field)
            ? msg(`run.warn.field.${w.cause.field}` as EngineMessageCode)
            : w.cause.field,
          formula: formula(w.cause.formula),
          value,
        });
  const paths = w.deterministic ? msg('run.warn.deterministic') : msg('run.warn.paths', { n: w.paths });
  return msg('run.warn.nonFinite', { indicator, year: w.year, paths, cause });
}

/** The dynamics fields a formula can sit in, each with its word. */
const FIELDS = new Set(['formula', 'rate', 'inflow', 'outflow', 'flow']);

/** An indicator as the plan names it, else its id. */
function nameOf(id: string, plan: Plan | undefined): MessageArg {
  const ind = plan?.indicators.find((i) => i.id === id);
  return ind ? named(ind) : id;
}
