// Fiscal cost of the levers in a run: intensity × cost per unit, every year from the lever's start to the
// last simulated year. Only intensities above zero cost anything.

import type { RunSetup } from './resolveScenario.ts';
import type { LeverCost } from './runTypes.ts';

export function leverCost(setup: RunSetup): LeverCost {
  const last = setup.years.at(-1)!;
  const byLever: Record<string, number> = {};
  let total = 0;
  for (const l of setup.levers) {
    const years = Math.max(0, last - l.start + 1);
    const cost = Math.max(0, l.intensity) * l.costPerUnit * years;
    if (cost > 0) byLever[l.id] = cost;
    total += cost;
  }
  // Costs are entered per year ("万元/年"); the total over the years is in the plain unit.
  return { total, byLever, unit: setup.costUnit.replace(/\s*\/\s*(年|yr|year|a)$/, '') };
}
