// The paste's second look at its values, row by row of a series: a value that looks like a slipped decimal
// point against the year before it (slipsInSeries), where its cell alone, read against the base, did not
// (readObservation's decimalSlip). Kept, with the question, as the base's is.

import type { Plan } from '../plan/planSchema.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import { typed } from '../report/messages/message.ts';
import { at, type IssueSink } from './issueSink.ts';
import { baseValue, enteredValues, knownValues } from './knownValues.ts';
import type { Candidate, IndicatorFacts } from './readObservation.ts';
import { slipsInSeries } from './slipsInSeries.ts';

export function warnSlipsInSeries(
  plan: Plan,
  actuals: Actuals,
  candidates: readonly Candidate[],
  facts: IndicatorFacts,
  sink: IssueSink,
): void {
  const cells = new Map(candidates.map((c) => [`${c.id}\u0000${c.year}`, c]));
  for (const [id, byYear] of Object.entries(actuals)) {
    if (facts.isIndex(id)) continue;
    const unit = facts.unit(id);
    const base = baseValue(plan, facts.base(id));
    const show = (v: number) => typed(v, unit, true);
    for (const s of slipsInSeries(
      enteredValues(byYear),
      knownValues(plan, id, byYear, base?.value),
      unit,
      base,
    )) {
      const cell = cells.get(`${id}\u0000${s.year}`);
      // Against the base, its cell has said so already.
      if (!cell || s.against === base) continue;
      sink.add('warning', at(cell.row, cell.col, cell.raw), 'decimalSlipYear', {
        indicator: id,
        value: show(s.value),
        year: s.against.year,
        against: show(s.against.value),
        guess: show(s.guess),
      });
    }
  }
}
