// Quantiles and means of every indicator in every year, from a Monte Carlo simulation.
import { QUANTILE_KEYS, QUANTILE_PROBS, type QuantileKey } from '../run/runTypes.ts';
import type { Simulation } from '../run/simulate.ts';
import { cellAllNaN } from './cellAllNaN.ts';
import { quantilesInto } from './quantilesInto.ts';

const PROBS = QUANTILE_KEYS.map((k) => QUANTILE_PROBS[k]);

export interface Summary {
  quantiles: Record<QuantileKey, Float64Array>;
  mean: Float64Array;
}

export function summarize(sim: Simulation, slot: number): Summary {
  const Y = sim.years.length;
  const out = QUANTILE_KEYS.map(() => new Float64Array(Y));
  const mean = new Float64Array(Y);
  const values = sim.values[slot]!;
  const unknown = sim.unknown.has(slot); // known before the run to be NaN throughout (unknownSlots.ts)
  for (let y = 0; y < Y; y++) {
    // 基期待补: a whole row of NaN has NaN quantiles; spare it the full-sort fallback of quantilesInto.
    if (unknown || cellAllNaN(values, y * sim.n, sim.n, sim.workspace.quantiles)) {
      for (const q of out) q[y] = Number.NaN;
      mean[y] = Number.NaN;
      continue;
    }
    quantilesInto(values, y * sim.n, sim.n, PROBS, out, mean, y, sim.workspace.quantiles);
  }
  return {
    quantiles: Object.fromEntries(QUANTILE_KEYS.map((k, j) => [k, out[j]!])) as Summary['quantiles'],
    mean,
  };
}

export function emptySummary(): Summary {
  return {
    quantiles: Object.fromEntries(QUANTILE_KEYS.map((k) => [k, new Float64Array(0)])) as Summary['quantiles'],
    mean: new Float64Array(0),
  };
}
