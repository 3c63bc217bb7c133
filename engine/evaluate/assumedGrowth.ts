// The growth an indicator's forecast assumes for the years after its latest actual: the rate parameter its
// growth dynamics read first, as the scenario resolved it. A verdict that follows the forecast over the pace
// so far names it, so the planner sees which assumption — the plan's, theirs or an import's default — the
// verdict rests on, and can change it.
import type { Plan } from '../plan/planSchema.ts';
import type { Uncertain } from '../plan/uncertainSchema.ts';
import type { RunSetup } from '../run/resolveScenario.ts';

export interface AssumedGrowth {
  id: string;
  name: Plan['parameters'][number]['name'];
  value: Uncertain;
  /** Levers move it besides its value in the years they act. */
  levers: boolean;
}

export function assumedGrowth(plan: Plan, setup: RunSetup, indicatorId: string): AssumedGrowth | null {
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  if (ind?.dynamics?.kind !== 'growth') return null;
  for (const name of ind.dynamics.rate.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []) {
    const param = plan.parameters.find((p) => p.id === name);
    const resolved = setup.parameters.find((p) => p.id === name);
    if (param && resolved)
      return { id: name, name: param.name, value: resolved.value, levers: resolved.modifiers.length > 0 };
  }
  return null;
}
