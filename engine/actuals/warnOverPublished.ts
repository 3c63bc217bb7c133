// An entered value for a year the plan carries a published statistic for, different from it: the entered one
// is used (it pins the run and the evaluation, as the planner's own figure should), and the paste says so with
// the figure and source it replaces — a tester's 680 亿元 had silently replaced the published GDP of 702.6.
import { isLowerBound } from '../plan/isLowerBound.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import { typed } from '../report/messages/message.ts';
import { at, type IssueSink } from './issueSink.ts';
import type { Candidate } from './readObservation.ts';
import { sameFigure } from './sameFigure.ts';

export function warnOverPublished(
  plan: Plan,
  actuals: Actuals,
  candidates: readonly Candidate[],
  sink: IssueSink,
): void {
  const units = new Map(plan.indicators.map((i) => [i.id, i.unit]));
  for (const o of plan.observations) {
    const p = o.provenance;
    const value = actuals[o.indicator]?.[String(o.year)];
    // A published floor (突破23万户) is no year's figure, as planObservations reads it.
    if (p.kind !== 'statistic' || isLowerBound(p) || value === undefined || sameFigure(value, o.value))
      continue;
    const cell = candidates.find((c) => c.id === o.indicator && c.year === o.year && !c.rate);
    if (!cell) continue;
    const unit = units.get(o.indicator) ?? '';
    sink.add('info', at(cell.row, cell.col, cell.raw), 'enteredOverPublished', {
      indicator: o.indicator,
      year: o.year,
      value: typed(value, unit, true),
      published: typed(o.value, unit, true),
      source: `${p.publisher} ${p.date}`,
    });
  }
}
