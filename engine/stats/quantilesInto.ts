// Exact quantiles of one cell (one indicator, one year, all paths) without sorting it: a histogram-select.
// A subsample guesses where the bulk lies; pass 1 counts values per bin (and sums them for the mean); pass 2 copies
// out only the values of the few bins that hold the wanted ranks, which are then sorted — they are small.
// About 2n cheap operations per cell, where sorting is n·log n, and d3.quantile on every cell took seconds
// (DESIGN.md, known costs).
// Quantiles follow the R-7 definition (as d3.quantile and Excel's PERCENTILE.INC): h = (n − 1)·p,
// q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).

import { multiSelect } from './multiSelect.ts';

const BINS = 1024;

export class QuantileScratch {
  /** starts[b] = number of values in bins < b. */
  starts = new Int32Array(BINS + 1);
  counts = new Int32Array(BINS);
  /** The few smallest (from 0) and largest (from 8) values of the subsample. */
  sample = new Float64Array(16);
  /** Gathered values of wanted bins, at their rank positions. */
  ranked = new Float64Array(0);
  /** Each value's bin, written by the counting pass so the gathering pass reads 2 bytes, not 8, and
   * does no arithmetic. */
  codes = new Uint16Array(0);
  wanted = new Uint8Array(BINS);
  /** The wanted bins, in no particular order (at most two per probability). */
  wantedList = new Int32Array(BINS);
  fill = new Int32Array(BINS);
  /** The wanted ranks, ascending, and the bin of each. */
  ranks = new Int32Array(0);
  rankBins = new Int32Array(0);
  ensure(n: number, probs: number): void {
    if (this.ranks.length < 2 * probs) {
      this.ranks = new Int32Array(2 * probs);
      this.rankBins = new Int32Array(2 * probs);
    }
    if (this.ranked.length < n) this.ranked = new Float64Array(n);
    if (this.codes.length < n) this.codes = new Uint16Array(n);
  }
}

/**
 * Writes quantile `probs[j]` of `values[from, from + n)` into `out[j][index]` and the mean into
 * `mean[index]`. `values` is not modified.
 */
export function quantilesInto(
  values: Float64Array,
  from: number,
  n: number,
  probs: readonly number[],
  out: Float64Array[],
  mean: Float64Array,
  index: number,
  scratch: QuantileScratch,
): void {
  const end = from + n;
  scratch.ensure(n, probs.length);
  const { ranked, starts, wanted, fill } = scratch;
  // The bins span a range guessed from a subsample, widened; values outside it fall into the edge bins,
  // which stay ordered (everything below the range sorts before everything in it), so the result is exact
  // whatever the guess — a poor guess only makes an edge bin crowded, and crowded bins are multi-selected.
  let range = robustRange(values, from, end, scratch.sample);
  if (!(range.high > range.low)) {
    // Most of the subsample is one value: check the whole cell (often a base year or a pinned actual,
    // where every path agrees) and otherwise bin over its full range.
    range = fullRange(values, from, end);
    if (range.low === range.high) {
      mean[index] = range.low;
      for (let j = 0; j < probs.length; j++) out[j]![index] = range.low;
      return;
    }
  }
  const width = range.high - range.low;
  const lo = range.low - width * 0.25;
  const scale = width > 0 ? BINS / (width * 1.5) : 0;
  const sum = countBins(values, from, end, lo, scale, starts, scratch.counts, scratch.codes);
  mean[index] = sum / n;
  if (!Number.isFinite(sum)) {
    // NaN or ±Infinity somewhere: fall back to a full sort (NaN sorts last, so upper quantiles turn NaN).
    const view = ranked.subarray(0, n);
    view.set(values.subarray(from, end));
    view.sort();
    for (let j = 0; j < probs.length; j++) out[j]![index] = interpolate(view, n, probs[j]!);
    return;
  }
  // The ranks we need, ascending (⌊h⌋ and ⌊h⌋ + 1 for each probability), and the bins that hold them.
  const { ranks, rankBins, wantedList } = scratch;
  let nRanks = 0;
  for (const p of probs) {
    const r = Math.floor((n - 1) * p);
    ranks[nRanks++] = r;
    if (r + 1 < n) ranks[nRanks++] = r + 1;
  }
  insertionSortInt(ranks, nRanks);
  let nWanted = 0;
  for (let k = 0; k < nRanks; k++) {
    const b = binOf(starts, ranks[k]!);
    rankBins[k] = b;
    if (wanted[b] === 0) {
      wanted[b] = 1;
      wantedList[nWanted++] = b;
      fill[b] = starts[b]!;
    }
  }
  gatherWanted(values, from, n, scratch.codes, wanted, fill, ranked);
  // Small bins are sorted whole; a crowded one is selected at its wanted ranks only.
  for (let k = 0; k < nWanted; k++) {
    const b = wantedList[k]!;
    wanted[b] = 0; // leave the scratch clean for the next cell
    if (starts[b + 1]! - starts[b]! <= SORT_LIMIT) insertionSort(ranked, starts[b]!, starts[b + 1]!);
  }
  for (let k = 0; k < nRanks; ) {
    const b = rankBins[k]!;
    let e = k + 1;
    while (e < nRanks && rankBins[e] === b) e++;
    if (starts[b + 1]! - starts[b]! > SORT_LIMIT)
      multiSelect(ranked, starts[b]!, starts[b + 1]! - 1, ranks, k, e);
    k = e;
  }
  for (let j = 0; j < probs.length; j++) {
    const h = (n - 1) * probs[j]!;
    const r = Math.floor(h);
    const x0 = ranked[r]!;
    out[j]![index] = h > r ? x0 + (h - r) * (ranked[r + 1]! - x0) : x0;
  }
}

/** Sorts the first `count` entries of a small Int32Array in place. */
function insertionSortInt(a: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

// The passes are separate small functions: V8 optimises each hot loop on its own.

const SUBSAMPLE = 256;

/**
 * The 2nd and 98th percentiles of the first 256 paths: a guess at where the bulk lies that one outlier
 * cannot stretch (bins over min…max put the bulk of a long-tailed cell into a few bins). Paths are drawn
 * independently, so the first ones are a fair sample, and reading them in a row costs a few cache lines
 * where evenly spaced reads cost one each. 256 rather than 512 halves the work and the bins, widened by
 * half the range, still hold the bulk; the result is exact whatever the guess.
 */
function robustRange(
  values: Float64Array,
  from: number,
  end: number,
  sample: Float64Array,
): { low: number; high: number } {
  const m = Math.min(SUBSAMPLE, end - from);
  const a = Math.floor(0.02 * (m - 1));
  const b = Math.ceil(0.98 * (m - 1));
  // Ranks a and b are the (a + 1)-th smallest and the (m − b)-th largest: at most 6 each, so one pass
  // keeps the smallest and the largest few in order in `sample` (ascending from 0, descending from 8),
  // which rarely takes an insertion after the first values — two quickselects cost ≈ 10× more.
  const K = a + 1;
  const J = m - b;
  sample.fill(Infinity, 0, K);
  sample.fill(-Infinity, 8, 8 + J);
  for (let i = from; i < from + m; i++) {
    const v = values[i]!;
    if (v < sample[K - 1]!) {
      let j = K - 1;
      while (j > 0 && sample[j - 1]! > v) {
        sample[j] = sample[j - 1]!;
        j--;
      }
      sample[j] = v;
    }
    if (v > sample[8 + J - 1]!) {
      let j = 8 + J - 1;
      while (j > 8 && sample[j - 1]! < v) {
        sample[j] = sample[j - 1]!;
        j--;
      }
      sample[j] = v;
    }
  }
  return { low: sample[K - 1]!, high: sample[8 + J - 1]! };
}

function fullRange(values: Float64Array, from: number, end: number): { low: number; high: number } {
  let low = Infinity;
  let high = -Infinity;
  for (let i = from; i < end; i++) {
    const v = values[i]!;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return { low, high };
}

function binIndex(v: number, lo: number, scale: number): number {
  const x = (v - lo) * scale;
  // NaN and everything below the range go to bin 0, everything above to the last bin (compared as a
  // double before the integer conversion, which would wrap for huge values).
  return x >= 1 ? (x < BINS ? x | 0 : BINS - 1) : 0;
}

/**
 * Counts values per bin (remembering each value's bin), turns the counts into bin starts, and returns the
 * sum. One histogram: paths are independent draws, so neighbouring values rarely share a bin and the
 * increments seldom wait on each other — four interleaved histograms measured no faster, and combining
 * them cost a 4-load pass over the bins per cell.
 */
function countBins(
  values: Float64Array,
  from: number,
  end: number,
  lo: number,
  scale: number,
  starts: Int32Array,
  counts: Int32Array,
  codes: Uint16Array,
): number {
  counts.fill(0);
  let sum = 0;
  // A view of the cell, indexed by k alone like `codes` (one induction variable; ≈ 2% of the quantiles).
  const n = end - from;
  const v = values.subarray(from, end);
  let k = 0;
  for (; k + 3 < n; k += 4) {
    const v0 = v[k]!;
    const v1 = v[k + 1]!;
    const v2 = v[k + 2]!;
    const v3 = v[k + 3]!;
    sum += v0 + v1 + v2 + v3;
    const c0 = binIndex(v0, lo, scale);
    const c1 = binIndex(v1, lo, scale);
    const c2 = binIndex(v2, lo, scale);
    const c3 = binIndex(v3, lo, scale);
    codes[k] = c0;
    codes[k + 1] = c1;
    codes[k + 2] = c2;
    codes[k + 3] = c3;
    counts[c0]!++;
    counts[c1]!++;
    counts[c2]!++;
    counts[c3]!++;
  }
  const i = from + k;
  sum = countTail(values, i, end, k, lo, scale, counts, codes, sum);
  binStarts(counts, starts);
  return sum;
}

/**
 * The last n mod 4 values. A loop of its own function: written after the main loop in countBins, it cost
 * the main loop ≈ 0.3 ns per value (≈ 3 ms a run) — V8 kept i, k and sum less tightly for it.
 */
function countTail(
  values: Float64Array,
  from: number,
  end: number,
  k0: number,
  lo: number,
  scale: number,
  counts: Int32Array,
  codes: Uint16Array,
  sum0: number,
): number {
  let sum = sum0;
  for (let i = from, k = k0; i < end; i++, k++) {
    const v = values[i]!;
    sum += v;
    const c = binIndex(v, lo, scale);
    codes[k] = c;
    counts[c]!++;
  }
  return sum;
}

/** starts[b] = number of values in bins below b. The running total stays in a register. */
function binStarts(counts: Int32Array, starts: Int32Array): void {
  let total = 0;
  starts[0] = 0;
  for (let b = 0; b < BINS; b++) {
    total += counts[b]!;
    starts[b + 1] = total;
  }
}

/**
 * Copies the values of wanted bins to their bin's place in `ranked`, reading the bins the counting pass
 * stored. A few percent of values are wanted, scattered at random: eight paths are tested with one branch,
 * which is rarely taken, where a branch per path mispredicted on every wanted one (≈ 17 → 11 ms a run).
 */
function gatherWanted(
  values: Float64Array,
  from: number,
  n: number,
  codes: Uint16Array,
  wanted: Uint8Array,
  fill: Int32Array,
  ranked: Float64Array,
): void {
  const v = values.subarray(from, from + n);
  let k = 0;
  for (; k + 7 < n; k += 8) {
    const w0 = wanted[codes[k]!]! | wanted[codes[k + 1]!]!;
    const w1 = wanted[codes[k + 2]!]! | wanted[codes[k + 3]!]!;
    const w2 = wanted[codes[k + 4]!]! | wanted[codes[k + 5]!]!;
    const w3 = wanted[codes[k + 6]!]! | wanted[codes[k + 7]!]!;
    if ((w0 | w1 | w2 | w3) === 0) continue;
    for (let m = k; m < k + 8; m++) {
      const c = codes[m]!;
      if (wanted[c] === 1) ranked[fill[c]!++] = v[m]!;
    }
  }
  for (; k < n; k++) {
    const c = codes[k]!;
    if (wanted[c] === 1) ranked[fill[c]!++] = values[from + k]!;
  }
}

const SORT_LIMIT = 64;

/** The bin holding rank `rank`: the b with starts[b] ≤ rank < starts[b + 1]. A top-level function, so the
 * hot loops above keep their arrays in registers rather than in a closure's context. */
function binOf(starts: Int32Array, rank: number): number {
  let lo = 0;
  let hi = BINS - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid + 1]! <= rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorts a[from, to) in place; for the handful of values in a bin, cheaper than TypedArray#sort's setup. */
function insertionSort(a: Float64Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= from && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

function interpolate(sorted: Float64Array, n: number, p: number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const x0 = sorted[lo]!;
  return h > lo ? x0 + (h - lo) * (sorted[lo + 1]! - x0) : x0;
}
