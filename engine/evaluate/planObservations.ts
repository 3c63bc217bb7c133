// The plan's observations (published statistics, figures saved into the plan) as actuals, and where each
// came from. They pin every run of the plan (resolveScenario), so whatever measures progress or draws the
// observed points — the mid-term evaluation, the report's charts — reads them under what the planner enters.
import { isLowerBound } from '../plan/isLowerBound.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';

/** Where an observed value came from: a published statistic, a figure entered, or derived from such. */
export type LatestSource = 'statistic' | 'entered' | 'derived';

/** Where each observed value came from, by "indicator:year". */
export type Sources = Map<string, LatestSource>;

/** The observations at or before `asOf` (every one by default). */
export function planObservations(
  plan: Pick<Plan, 'observations'>,
  asOf = Number.POSITIVE_INFINITY,
): { actuals: Actuals; sources: Sources } {
  const actuals: Actuals = {};
  const sources: Sources = new Map();
  for (const o of plan.observations) {
    // A published floor (突破23万户) is not the year's figure: no progress is measured from it.
    if (o.year > asOf || isLowerBound(o.provenance)) continue;
    actuals[o.indicator] = { ...(actuals[o.indicator] ?? {}), [o.year]: o.value };
    const kind = o.provenance.kind;
    sources.set(
      `${o.indicator}:${o.year}`,
      kind === 'statistic' ? 'statistic' : kind === 'derived' ? 'derived' : 'entered',
    );
  }
  return { actuals, sources };
}
