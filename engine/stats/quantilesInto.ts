// Exact quantiles of one cell (one indicator, one year, all paths) without sorting it: a histogram-select.
// One pass finds the range, one counts values per bin, one scatters them bin by bin into scratch; then only
// the few bins holding the wanted ranks are sorted, and they are small. About 3n operations per cell, where
// sorting is n·log n and d3.quantile on every cell took seconds (DESIGN.md, known costs).
// Quantiles follow the R-7 definition (as d3.quantile and Excel's PERCENTILE.INC): h = (n − 1)·p,
// q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).

const BINS = 1024;

export class QuantileScratch {
  counts = new Int32Array(BINS + 1);
  sorted = new Float64Array(0);
  ensure(n: number): void {
    if (this.sorted.length < n) this.sorted = new Float64Array(n);
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
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (let i = from, end = from + n; i < end; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  mean[index] = sum / n;
  if (min === max) {
    for (let j = 0; j < probs.length; j++) out[j]![index] = min;
    return;
  }
  scratch.ensure(n);
  const { sorted } = scratch;
  if (!Number.isFinite(sum)) {
    // NaN or ±Infinity somewhere: fall back to a full sort (NaN sorts last, so upper quantiles turn NaN).
    sorted.set(values.subarray(from, from + n));
    const view = sorted.subarray(0, n).sort();
    for (let j = 0; j < probs.length; j++) out[j]![index] = interpolate(view, n, probs[j]!);
    return;
  }
  const counts = scratch.counts;
  counts.fill(0);
  const scale = BINS / (max - min);
  for (let i = from, end = from + n; i < end; i++) {
    const b = Math.min(BINS - 1, ((values[i]! - min) * scale) | 0);
    counts[b + 1]!++;
  }
  // counts[b] becomes the start of bin b in `sorted`; scatter advances it to the bin's end.
  for (let b = 1; b <= BINS; b++) counts[b]! += counts[b - 1]!;
  const starts = Int32Array.from(counts);
  for (let i = from, end = from + n; i < end; i++) {
    const v = values[i]!;
    const b = Math.min(BINS - 1, ((v - min) * scale) | 0);
    sorted[counts[b]!++] = v;
  }
  const sortedBins = new Set<number>();
  const rank = (k: number): number => {
    // Binary search for the bin whose range [starts[b], starts[b + 1]) holds rank k.
    let lo = 0;
    let hi = BINS - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid + 1]! <= k) lo = mid + 1;
      else hi = mid;
    }
    if (!sortedBins.has(lo)) {
      sorted.subarray(starts[lo]!, starts[lo + 1]!).sort();
      sortedBins.add(lo);
    }
    return sorted[k]!;
  };
  for (let j = 0; j < probs.length; j++) {
    const h = (n - 1) * probs[j]!;
    const lo = Math.floor(h);
    const x0 = rank(lo);
    out[j]![index] = h > lo ? x0 + (h - lo) * (rank(lo + 1) - x0) : x0;
  }
}

function interpolate(sorted: Float64Array, n: number, p: number): number {
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const x0 = sorted[lo]!;
  return h > lo ? x0 + (h - lo) * (sorted[lo + 1]! - x0) : x0;
}
