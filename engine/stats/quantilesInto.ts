// Exact quantiles of one cell (one indicator, one year, all paths) without sorting it: a histogram-select.
// Pass 1 finds the range and the mean; pass 2 bins every value (codes kept) and counts per bin; pass 3
// copies out only the values of the few bins that hold the wanted ranks, which are then sorted — they are
// small. About 3n cheap operations per cell, where sorting is n·log n, and d3.quantile on every cell took
// seconds (DESIGN.md, known costs).
// Quantiles follow the R-7 definition (as d3.quantile and Excel's PERCENTILE.INC): h = (n − 1)·p,
// q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).

import { selectInPlace } from './selectInPlace.ts';

const BINS = 1024;

export class QuantileScratch {
  /** starts[b] = number of values in bins < b. */
  starts = new Int32Array(BINS + 1);
  codes = new Uint16Array(0);
  /** Gathered values of wanted bins, at their rank positions. */
  ranked = new Float64Array(0);
  wanted = new Uint8Array(BINS);
  fill = new Int32Array(BINS);
  ensure(n: number): void {
    if (this.codes.length < n) {
      this.codes = new Uint16Array(n);
      this.ranked = new Float64Array(n);
    }
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
  const range = rangeOf(values, from, end);
  mean[index] = range.sum / n;
  if (range.min === range.max) {
    for (let j = 0; j < probs.length; j++) out[j]![index] = range.min;
    return;
  }
  scratch.ensure(n);
  const { codes, ranked, starts, wanted, fill } = scratch;
  if (!Number.isFinite(range.sum)) {
    // NaN or ±Infinity somewhere: fall back to a full sort (NaN sorts last, so upper quantiles turn NaN).
    const view = ranked.subarray(0, n);
    view.set(values.subarray(from, end));
    view.sort();
    for (let j = 0; j < probs.length; j++) out[j]![index] = interpolate(view, n, probs[j]!);
    return;
  }
  countBins(values, from, end, range.min, BINS / (range.max - range.min), codes, starts);
  // Which bins hold the ranks we need (⌊h⌋ and ⌊h⌋ + 1 for each probability)?
  wanted.fill(0);
  for (const p of probs) {
    const r = Math.floor((n - 1) * p);
    wanted[binOf(starts, r)] = 1;
    if (r + 1 < n) wanted[binOf(starts, r + 1)] = 1;
  }
  gatherWanted(values, from, end, codes, starts, wanted, fill, ranked);
  // Small bins are sorted; a crowded one (outliers stretched the range) is quickselected at each wanted rank.
  for (let b = 0; b < BINS; b++) {
    if (wanted[b] === 1 && starts[b + 1]! - starts[b]! <= SORT_LIMIT)
      insertionSort(ranked, starts[b]!, starts[b + 1]!);
  }
  for (let j = 0; j < probs.length; j++) {
    const h = (n - 1) * probs[j]!;
    const r = Math.floor(h);
    const x0 = rankValue(ranked, starts, binOf(starts, r), r);
    out[j]![index] =
      h > r ? x0 + (h - r) * (rankValue(ranked, starts, binOf(starts, r + 1), r + 1) - x0) : x0;
  }
}

// The passes are separate small functions: V8 optimises each hot loop on its own.

function rangeOf(values: Float64Array, from: number, end: number): { min: number; max: number; sum: number } {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = from; i < end; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  return { min, max, sum };
}

/** Bins every value (codes[k] for values[from + k]) and turns the counts into bin starts. */
function countBins(
  values: Float64Array,
  from: number,
  end: number,
  min: number,
  scale: number,
  codes: Uint16Array,
  starts: Int32Array,
): void {
  starts.fill(0);
  const top = BINS - 1;
  for (let i = from; i < end; i++) {
    const b = ((values[i]! - min) * scale) | 0;
    const c = Math.min(b, top);
    codes[i - from] = c;
    starts[c + 1]!++;
  }
  for (let b = 1; b <= BINS; b++) starts[b]! += starts[b - 1]!;
}

/** Copies the values of wanted bins to their bin's place in `ranked`. */
function gatherWanted(
  values: Float64Array,
  from: number,
  end: number,
  codes: Uint16Array,
  starts: Int32Array,
  wanted: Uint8Array,
  fill: Int32Array,
  ranked: Float64Array,
): void {
  fill.set(starts.subarray(0, BINS));
  for (let i = from; i < end; i++) {
    const c = codes[i - from]!;
    if (wanted[c] === 1) ranked[fill[c]!++] = values[i]!;
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

function rankValue(ranked: Float64Array, starts: Int32Array, bin: number, rank: number): number {
  const from = starts[bin]!;
  const to = starts[bin + 1]! - 1;
  if (to - from + 1 > SORT_LIMIT) selectInPlace(ranked, from, to, rank);
  return ranked[rank]!;
}

function interpolate(sorted: Float64Array, n: number, p: number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const x0 = sorted[lo]!;
  return h > lo ? x0 + (h - lo) * (sorted[lo + 1]! - x0) : x0;
}
