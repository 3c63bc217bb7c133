// Quantiles and means of every indicator in every year of a Monte Carlo run, taken year by year as the run
// completes each year (simulate.ts onYear): a run holds only three rows per indicator, so a year is read
// before its rows are reused.
import { QUANTILE_KEYS, QUANTILE_PROBS, type QuantileKey } from '../run/runTypes.ts';
import type { Simulation } from '../run/simulate.ts';
import { cellAllNaN } from './cellAllNaN.ts';
import { quantilesInto } from './quantilesInto.ts';

const PROBS = QUANTILE_KEYS.map((k) => QUANTILE_PROBS[k]);

export interface Summary {
  quantiles: Record<QuantileKey, Float64Array>;
  mean: Float64Array;
}

export class YearSummaries {
  /** By slot: the seven quantile rows (QUANTILE_KEYS order) and the mean, each one value a year. */
  private readonly out: Float64Array[][];
  private readonly means: Float64Array[];

  constructor(slots: number, Y: number) {
    this.out = Array.from({ length: slots }, () => QUANTILE_KEYS.map(() => new Float64Array(Y)));
    this.means = Array.from({ length: slots }, () => new Float64Array(Y));
  }

  /** Summarises year index y of every slot. */
  observe(sim: Simulation, y: number): void {
    const { n } = sim;
    const from = sim.rowOf(y) * n;
    const scratch = sim.workspace.quantiles;
    for (let slot = 0; slot < this.out.length; slot++) {
      const out = this.out[slot]!;
      const mean = this.means[slot]!;
      const values = sim.values[slot]!;
      // 基期待补: a whole row of NaN (known before the run, or found by a scan) has NaN quantiles; spare it
      // the full-sort fallback of quantilesInto.
      if (sim.unknown.has(slot) || cellAllNaN(values, from, n, scratch)) {
        for (const q of out) q[y] = Number.NaN;
        mean[y] = Number.NaN;
        continue;
      }
      quantilesInto(values, from, n, PROBS, out, mean, y, scratch);
    }
  }

  /** Slot's mean per year: finite exactly when every path is (a NaN or an infinity makes the sum so). */
  mean(slot: number): Float64Array {
    return this.means[slot]!;
  }

  summary(slot: number): Summary {
    const out = this.out[slot]!;
    return {
      quantiles: Object.fromEntries(QUANTILE_KEYS.map((k, j) => [k, out[j]!])) as Summary['quantiles'],
      mean: this.means[slot]!,
    };
  }
}

export function emptySummary(): Summary {
  return {
    quantiles: Object.fromEntries(QUANTILE_KEYS.map((k) => [k, new Float64Array(0)])) as Summary['quantiles'],
    mean: new Float64Array(0),
  };
}
