// Quantiles and means of every indicator in every year, from a Monte Carlo simulation.
import { QUANTILE_KEYS, QUANTILE_PROBS, type QuantileKey } from '../run/runTypes.ts';
import type { Simulation } from '../run/simulate.ts';
import { type QuantileScratch, quantilesInto } from './quantilesInto.ts';

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
  for (let y = 0; y < Y; y++) {
    // 基期待补: a whole row of NaN has NaN quantiles; spare it the full-sort fallback of quantilesInto.
    if (allNaN(values, y * sim.n, sim.n, sim.workspace.quantiles)) {
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

/** In WebAssembly where the cell lies in the scratch's memory (a workspace's cells): 2.4 ns a value in
 * JavaScript, and the Yaohai plan's 10,000-path run to 2035 has 592 such cells. */
function allNaN(values: Float64Array, from: number, n: number, scratch: QuantileScratch): boolean {
  if (!Number.isNaN(values[from]!)) return false;
  if (scratch.memory?.buffer === values.buffer)
    return scratch.loops.allNaN(values.byteOffset + 8 * from, n) === 1;
  for (let i = from; i < from + n; i++) if (!Number.isNaN(values[i]!)) return false;
  return n > 0;
}
