// Observations of derived indicators that follow from observations of their inputs by definition: a share
// N / D in a year where both N and D are observed, a total a + b + c where every part is, a running sum of a
// flow in a year where every year of the flow since the base is. Nothing else is inferred. Observed values of
// the derived indicator itself always win.

import { formulaShape } from '../check/formulaShape.ts';
import type { Plan } from '../plan/planSchema.ts';
import { runningSums } from '../plan/runningSums.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';

export interface DerivedActuals {
  actuals: Actuals;
  /** indicator id → the ids its derived observations were computed from. */
  derivedFrom: Record<string, string[]>;
}

export function derivedActuals(plan: Plan, observed: Actuals): DerivedActuals {
  const actuals: Actuals = { ...observed };
  const derivedFrom: Record<string, string[]> = {};
  // Repeat so that a total of shares or a share of totals resolves; bounded by the number of indicators.
  for (let pass = 0; pass < plan.indicators.length; pass++) {
    let added = false;
    for (const ind of plan.indicators) {
      if (ind.dynamics.kind === 'cumulative' && actuals[ind.id] === undefined) {
        const sums = runningSums(actuals[ind.dynamics.flow.trim()], plan.meta.baseYear);
        if (sums) {
          actuals[ind.id] = sums;
          derivedFrom[ind.id] = [ind.dynamics.flow.trim()];
          added = true;
        }
        continue;
      }
      if (ind.dynamics.kind !== 'derived' || actuals[ind.id] !== undefined) continue;
      const shape = formulaShape(ind.dynamics.formula);
      const inputs =
        shape.kind === 'ratio'
          ? [shape.numerator, shape.denominator]
          : shape.kind === 'sum'
            ? shape.parts
            : null;
      if (!inputs || inputs.some((id) => actuals[id] === undefined)) continue;
      const years = Object.keys(actuals[inputs[0]!]!).filter((y) =>
        inputs.every((id) => actuals[id]![y] !== undefined),
      );
      const byYear: Record<string, number> = {};
      for (const y of years) {
        const values = inputs.map((id) => actuals[id]![y]!);
        const v = shape.kind === 'ratio' ? values[0]! / values[1]! : values.reduce((a, b) => a + b, 0);
        if (Number.isFinite(v)) byYear[y] = v;
      }
      if (Object.keys(byYear).length === 0) continue;
      actuals[ind.id] = byYear;
      derivedFrom[ind.id] = inputs;
      added = true;
    }
    if (!added) break;
  }
  return { actuals, derivedFrom };
}
