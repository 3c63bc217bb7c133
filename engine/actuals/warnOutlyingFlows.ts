// The paste's question about a year of a flow far above both the plan's pace and the flow's other years
// (outlyingFlows), a stock's rise far above its step (stockJumps) or a stock's value far off both neighbours
// (valuesApart), said at the cell, as the verdict resting on it will say it (questionedActuals). Kept.
import type { Plan } from '../plan/planSchema.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import { typed } from '../report/messages/message.ts';
import { at, type IssueSink } from './issueSink.ts';
import { FLOW_OUTLIER_TIMES, perYear } from './outlyingFlows.ts';
import { questionedActuals } from './questionedActuals.ts';
import type { Candidate } from './readObservation.ts';

export function warnOutlyingFlows(
  plan: Plan,
  actuals: Actuals,
  candidates: readonly Candidate[],
  sink: IssueSink,
): void {
  const cells = new Map(candidates.map((c) => [`${c.id}\u0000${c.year}`, c]));
  for (const q of questionedActuals(plan, actuals)) {
    const cell = cells.get(`${q.indicator}\u0000${q.year}`);
    if (!cell) continue;
    if (q.why === 'apart' && q.beside) {
      sink.add('warning', at(cell.row, cell.col, cell.raw), 'valueApart', {
        indicator: q.indicator,
        value: typed(q.value, q.unit, true),
        year: q.year,
        before: typed(q.beside.before, q.unit, true),
        after: typed(q.beside.after, q.unit, true),
        times: FLOW_OUTLIER_TIMES,
      });
      continue;
    }
    if ((q.why !== 'outlier' && q.why !== 'jump') || !q.against) continue;
    const said = {
      indicator: q.indicator,
      value: typed(q.value, q.unit, true),
      year: q.year,
      pace: typed(q.against.pace, perYear(q.unit), true),
      others: typed(q.against.others, perYear(q.unit), true),
      times: FLOW_OUTLIER_TIMES,
    };
    const place = at(cell.row, cell.col, cell.raw);
    if (q.why === 'outlier') sink.add('warning', place, 'flowOutlier', said);
    else sink.add('warning', place, 'stockJump', { ...said, step: typed(q.against.step!, q.unit, true) });
  }
}
