// How many paths of each indicator are not a finite number in each year, and the first such value: what a
// run's nonFinite warnings report (runWarnings.ts). Taken year by year as the run completes each year
// (simulate.ts onYear), since a Monte Carlo run holds only three rows per indicator.
import type { Simulation } from '../run/simulate.ts';
import { cellAllFinite } from './cellAllFinite.ts';
import { cellAllNaN } from './cellAllNaN.ts';

export interface NonFiniteCell {
  /** Paths whose value that year is NaN or ±∞. */
  count: number;
  /** The first of them in path order (NaN when count is 0). */
  first: number;
}

export class NonFiniteTally {
  private readonly counts: Int32Array[];
  private readonly firsts: Float64Array[];

  constructor(slots: number, Y: number) {
    this.counts = Array.from({ length: slots }, () => new Int32Array(Y));
    this.firsts = Array.from({ length: slots }, () => new Float64Array(Y).fill(Number.NaN));
  }

  /**
   * Counts year index y of every slot. `mean`, when the run took means, tells a cell finite on every path
   * without a scan; otherwise a scan in WebAssembly does, and only a cell that is not is counted path by path.
   */
  observe(sim: Simulation, y: number, mean?: (slot: number) => Float64Array): void {
    const { n } = sim;
    const from = sim.rowOf(y) * n;
    const scratch = sim.workspace.quantiles;
    for (let slot = 0; slot < this.counts.length; slot++) {
      const values = sim.values[slot]!;
      // A slot known to be NaN throughout (a base to be entered), or a cell found NaN on every path: n.
      const known = !sim.unknown.has(slot);
      let count = n;
      let first = Number.NaN;
      if (known && (mean ? Number.isFinite(mean(slot)[y]!) : cellAllFinite(values, from, n, scratch)))
        count = 0;
      else if (known && !cellAllNaN(values, from, n, scratch)) {
        count = 0;
        for (let i = from; i < from + n; i++) {
          const v = values[i]!;
          if (!Number.isFinite(v)) {
            if (count === 0) first = v;
            count++;
          }
        }
      }
      this.counts[slot]![y] = count;
      this.firsts[slot]![y] = first;
    }
  }

  cell(slot: number, y: number): NonFiniteCell {
    return { count: this.counts[slot]![y]!, first: this.firsts[slot]![y]! };
  }
}
