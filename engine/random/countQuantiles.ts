// A row of count draws at once: out[at + i] = countQuantile(u[i], mean[i], dispersion), the exact inverse
// CDF, without walking a CDF from 0 and calling exp for every path. Path by path this cost ~150 ms of a
// 10,000-path run of the Yaohai plan (23 count indicators: 3.4 M draws, each a call into WebAssembly for
// exp with a boxed result for the garbage collector).
//
// How: the means of a row lie in [lo, hi]. The distribution function is tabulated at G + 1 means
// lo = m_0 < m_1 < … < m_G = hi, each row computed exactly as countQuantile computes it. The exact inverse
// is monotone in the mean for a fixed u, so a path with m_g ≤ mean ≤ m_{g+1} has
// k(m_g) ≤ k(mean) ≤ k(m_{g+1}); when the two tabulated inverses agree that is its count, found with a few
// table reads (in WebAssembly: countLookupModule.ts). When they differ — u close to a step, a share of at
// most m_{g+1} − m_g of the paths, since E[k(m)] = m — the path is inverted directly by countQuantile (those
// paths are taken in row order, byRow: ≈ 5 % off a 10,000-path run, from reading one row's tables in turn). So
// the counts are countQuantile's, up to the rounding of its CDF sums (a u within ~1e-16 of a step), and
// common random numbers hold as before: on a fixed uniform a higher mean never gives a lower count.

import { DECIDED_BYTES, GUIDE, UNDECIDED } from '../compile/wasm/countLookupModule.ts';
import { type CountScratch, SMALL_ROW } from './CountScratch.ts';
import { COUNT_ENTRIES, COUNT_ROWS, type CountTables } from './CountTables.ts';
import { countQuantile } from './countQuantile.ts';

/**
 * `out` and `mean` must be views of `scratch.memory` (a workspace's rows); `u` may be anywhere. `dispersion`
 * undefined: Poisson; else negative binomial (see countQuantile). `set`: the scratch's table set to use and
 * keep (one per count indicator, so a row of means seen the year before reuses its tables).
 */
export function countQuantiles(
  scratch: CountScratch,
  out: Float64Array,
  at: number,
  u: Float64Array,
  mean: Float64Array,
  n: number,
  dispersion?: number,
  set = 0,
): void {
  const nb = dispersion !== undefined && Number.isFinite(dispersion);
  // Means the tables serve: positive, finite, and far from countQuantile's normal approximation.
  const top = nb ? dispersion * Math.expm1(690 / dispersion) * 0.99 : 690;
  scratch.loops.range(n, mean.byteOffset, top, scratch.bounds.byteOffset);
  const lo = scratch.bounds[0]!;
  const hi = scratch.bounds[1]!;
  const direct = () => {
    for (let i = 0; i < n; i++) out[at + i] = countQuantile(u[i]!, mean[i]!, dispersion);
  };
  // A handful of paths (the deterministic path, tiny previews) costs less inverted directly than tabulated.
  if (!(lo <= hi) || n < SMALL_ROW) {
    direct();
    return;
  }
  const tables = scratch.sets[set]!;
  const d = nb ? dispersion : Number.NaN;
  if (!tables.holds(lo, hi, d, n) && !build(scratch, tables, lo, hi, n, nb, d)) {
    direct(); // a row's first probability underflows, or the tables are full
    return;
  }
  const { G, logJ } = tables;
  const range = hi - lo;
  let uAt = u.byteOffset;
  if (u.buffer !== scratch.memory.buffer) {
    scratch.uRow.set(u.length === n ? u : u.subarray(0, n));
    uAt = scratch.uRow.byteOffset;
  }
  const scale = G / (range || 1);
  // Where the row's paths and the tables are, as both passes take them after the number of paths.
  const row = [out.byteOffset + 8 * at, uAt, mean.byteOffset, tables.at, G, lo, hi, scale] as const;
  const listAt = scratch.list.byteOffset;
  const undecided = scratch.loops.decided(n, ...row, listAt, logJ);
  if (undecided > 1)
    scratch.loops.byRow(
      undecided,
      listAt,
      mean.byteOffset,
      lo,
      scale,
      G,
      scratch.rowCounts.byteOffset,
      scratch.sorted.byteOffset,
    );
  const listed = scratch.loops.lookup(undecided, ...row, listAt, nb ? 1 : 0, nb ? dispersion : 0, logJ);
  const list = scratch.list;
  for (let j = 0; j < listed; j++) {
    const i = list[j]!;
    out[at + i] = countQuantile(u[i]!, mean[i]!, dispersion);
  }
}

/**
 * Tabulates the rows and decides the cells for means in [lo, hi] (in WebAssembly: countTableLoops.ts); false
 * if the tables cannot serve them.
 */
function build(
  scratch: CountScratch,
  tables: CountTables,
  lo: number,
  hi: number,
  n: number,
  nb: boolean,
  d: number,
): boolean {
  tables.valid = false;
  const { loops } = scratch;
  // Finer rows, fewer paths left undecided (≈ n·Δ) but more to tabulate (≈ G rows): Δ ≈ 2·√(range/n) was the
  // fastest of the settings tried on the Yaohai plan's count rows.
  const range = hi - lo;
  let G = range === 0 ? 1 : Math.min(COUNT_ROWS - 1, Math.max(1, Math.ceil(Math.sqrt(range * n) / 2)));
  const perRow = 40 + hi + 12 * Math.sqrt(hi * (nb ? 1 + hi / d : 1));
  G = Math.max(1, Math.min(G, Math.floor(COUNT_ENTRIES / perRow) - 1));
  const { means, inverses, starts, lasts, guide } = tables;
  let used = 0;
  for (let g = 0; g <= G; g++) {
    const m = g === G ? hi : lo + (range * g) / G;
    means[g] = m;
    inverses[g] = 1 / m;
    starts[g] = tables.cdfAt + 8 * used;
    const last = loops.tabulate(starts[g]!, m, nb ? 1 : 0, d, COUNT_ENTRIES - used);
    if (last < 0) return false;
    lasts[g] = last;
    loops.guide(guide.byteOffset + 4 * GUIDE * g, starts[g]!, last);
    used += last + 1;
  }
  // Cells of u per row: ~n/G paths fall in a row, so beyond ~4n cells in all the table costs more to fill
  // than it saves.
  let logJ = 10;
  while (logJ > 5 && (G << logJ > DECIDED_BYTES || G << logJ > 4 * n)) logJ--;
  // Row g's decided cells: cell j holds k when every u in [j/J, (j+1)/J) gives k at both m_g and m_{g+1}, so
  // at every mean between (on a fixed u the count never falls as the mean rises). Between two neighbouring
  // rows the steps move by p(k)·Δ: on a row of means up to 88 (Δ ≈ 0.3), cells spanning the four rows
  // g − 1 … g + 2 had decided almost none.
  for (let g = 0; g < G; g++) {
    const last = Math.min(lasts[g]!, lasts[g + 1]!, UNDECIDED - 1);
    loops.decideRow(tables.decided.byteOffset + (g << logJ), starts[g]!, starts[g + 1]!, last, 1 << logJ);
  }
  Object.assign(tables, { lo, hi, dispersion: d, n, G, logJ, valid: true });
  return true;
}
