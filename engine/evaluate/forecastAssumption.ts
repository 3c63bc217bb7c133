// What an indicator's forecast assumes for the years after its latest actual: the rate parameter its growth
// dynamics read first, as the scenario resolved it. A verdict that follows the forecast over the pace so far
// names it, so the planner sees which assumption — the plan's, theirs or an import's default — the verdict rests
// on, and can change it. Where the observed history took the parameter's place (historyRates), it is no
// assumption but a figure reckoned from the actuals, of the years it spans, and is said as one: a trend of 7.99%
// a year had read "按假设… 8%", the plan's own target.
import type { Plan } from '../plan/planSchema.ts';
import type { Uncertain } from '../plan/uncertainSchema.ts';
import type { RunSetup } from '../run/resolveScenario.ts';

export interface ForecastAssumption {
  id: string;
  name: Plan['parameters'][number]['name'];
  value: Uncertain;
  /** Levers move it besides its value in the years they act. */
  levers: boolean;
  /** Reckoned from the actuals of these years rather than assumed: a growth of a level or of a share's odds. */
  observed?: { from: number; to: number; reading: 'growth' | 'odds' };
}

export function forecastAssumption(
  plan: Plan,
  setup: RunSetup,
  indicatorId: string,
): ForecastAssumption | null {
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  if (ind?.dynamics?.kind !== 'growth') return null;
  for (const name of ind.dynamics.rate.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
    const param = plan.parameters.find((p) => p.id === name);
    const resolved = setup.parameters.find((p) => p.id === name);
    if (!param || !resolved) continue;
    const rate = setup.historyRates.find((h) => h.parameter === name);
    return {
      id: name,
      name: param.name,
      value: resolved.value,
      levers: resolved.modifiers.length > 0,
      ...(rate && rate.reading !== 'entry'
        ? { observed: { from: rate.from, to: rate.to, reading: rate.reading } }
        : {}),
    };
  }
  return null;
}
