// Exact quantiles of one cell (one indicator, one year, all paths) without sorting it: a histogram-select.
// A subsample guesses where the bulk lies; pass 1 counts values per bin (and sums them for the mean); pass 2 copies
// out only the values of the few bins that hold the wanted ranks, which are then sorted — they are small.
// About 2n cheap operations per cell, where sorting is n·log n, and d3.quantile on every cell took seconds
// (BENCHMARKS.md). A cell of whole numbers (counts) is first tried by counting each number in one pass
// (rankIntegers.ts).
// Quantiles follow the R-7 definition (as d3.quantile and Excel's PERCENTILE.INC): h = (n − 1)·p,
// q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).

import { BINS, type HistogramLoops, instantiateHistogramLoops } from '../compile/wasm/histogramLoops.ts';
import { multiSelect } from './multiSelect.ts';
import { INTEGER_SPAN, rankIntegers } from './rankIntegers.ts';

const PAGE = 65536;
// Offsets in a scratch region: four BINS-sized tables, the whole-number counts (rankIntegers.ts), a cell's
// extent (two doubles), then `ranked` (8n bytes) and `codes` (2n bytes).
const COUNTS = 0;
const FILL = 4 * BINS;
const WANTED = 8 * BINS;
const INTEGERS = 9 * BINS;
const EXTENT = INTEGERS + 8 * INTEGER_SPAN;
const RANKED = EXTENT + 16;

/**
 * Working memory of quantilesInto. The counting and gathering passes (histogramLoops.ts) run in
 * WebAssembly, so their tables live in a WebAssembly.Memory: a workspace's, next to the cells it
 * summarises (Workspace.ts), or one of the scratch's own, into which a cell from elsewhere is copied.
 */
export class QuantileScratch {
  /** Bytes of a region for cells of up to n values. */
  static bytes(n: number): number {
    return Math.ceil((RANKED + 10 * n) / 16) * 16;
  }

  /** starts[b] = number of values in bins < b. */
  readonly starts = new Int32Array(BINS + 1);
  /** The few smallest (from 0) and largest (from 8) values of the subsample. */
  readonly sample = new Float64Array(16);
  /** The wanted bins, in no particular order (at most two per probability). */
  readonly wantedList = new Int32Array(BINS);
  /** The wanted ranks, ascending, and the bin of each. */
  ranks = new Int32Array(0);
  rankBins = new Int32Array(0);
  // In WebAssembly memory:
  memory!: WebAssembly.Memory;
  loops!: HistogramLoops;
  counts!: Int32Array;
  /** Running insertion point of each wanted bin in `ranked`. */
  fill!: Int32Array;
  wanted!: Uint8Array;
  /** Gathered values of wanted bins, at their rank positions. */
  ranked!: Float64Array;
  /** Occurrences of each whole number of a window, in two tallies of INTEGER_SPAN (rankIntegers.ts); zero
   * between cells. */
  integers!: Int32Array;
  /** A cell's smallest and largest value, as HistogramLoops.extent writes them. */
  extent!: Float64Array;
  /** Byte address of each value's bin (u16), written by the counting pass for the gathering pass. */
  codesAt = 0;
  /** Where a cell from another buffer is copied (own memory only). */
  staging: Float64Array | null = null;
  private capacity = 0;
  private readonly own: boolean;

  /** A region at `base` of `memory` for cells of up to n values, or (no arguments) a memory of its own. */
  constructor(memory?: WebAssembly.Memory, base = 0, n = 0) {
    this.own = memory === undefined;
    if (memory) this.bind(memory, base, n);
  }

  private bind(memory: WebAssembly.Memory, base: number, n: number): void {
    const buffer = memory.buffer;
    this.memory = memory;
    this.loops = instantiateHistogramLoops(memory);
    this.counts = new Int32Array(buffer, base + COUNTS, BINS);
    this.fill = new Int32Array(buffer, base + FILL, BINS);
    this.wanted = new Uint8Array(buffer, base + WANTED, BINS);
    this.ranked = new Float64Array(buffer, base + RANKED, n);
    this.integers = new Int32Array(buffer, base + INTEGERS, 2 * INTEGER_SPAN);
    this.extent = new Float64Array(buffer, base + EXTENT, 2);
    this.codesAt = base + RANKED + 8 * n;
    this.capacity = n;
    if (this.own) this.staging = new Float64Array(buffer, QuantileScratch.bytes(n), n);
  }

  ensure(n: number, probs: number): void {
    if (this.ranks.length < 2 * probs) {
      this.ranks = new Int32Array(2 * probs);
      this.rankBins = new Int32Array(2 * probs);
    }
    if (n <= this.capacity && this.memory) return;
    if (!this.own) throw new RangeError(`quantile scratch holds ${this.capacity} values, not ${n}`);
    const pages = Math.ceil((QuantileScratch.bytes(n) + 8 * n) / PAGE) || 1;
    this.bind(new WebAssembly.Memory({ initial: pages }), 0, n);
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
  scratch.ensure(n, probs.length);
  if (values.buffer !== scratch.memory.buffer) {
    // A cell from outside the scratch's memory: copied in, where the WebAssembly passes can read it.
    const staged = scratch.staging!;
    staged.set(values.subarray(from, from + n));
    values = staged;
    from = 0;
  }
  const end = from + n;
  const { ranked, starts, wanted, fill } = scratch;
  // The ranks we need, ascending: ⌊h⌋ and ⌊h⌋ + 1 for each probability.
  const { ranks } = scratch;
  let nRanks = 0;
  for (const p of probs) {
    const r = Math.floor((n - 1) * p);
    ranks[nRanks++] = r;
    if (r + 1 < n) ranks[nRanks++] = r + 1;
  }
  insertionSortInt(ranks, nRanks);
  const address = values.byteOffset + 8 * from;
  // The bins span a range guessed from a subsample, widened; values outside it fall into the edge bins,
  // which stay ordered (everything below the range sorts before everything in it), so the result is exact
  // whatever the guess — a poor guess only makes an edge bin crowded, and crowded bins are multi-selected.
  let range = robustRange(values, from, end, scratch.sample);
  // Counts of firms and events are whole numbers with few distinct values: counted one by one, in one pass;
  // tried first even when most of the subsample is one count (a yearly event that rarely happens).
  if (integersInto(scratch, address, n, range, nRanks, probs, out, mean, index)) return;
  if (!(range.high > range.low)) {
    // Most of the subsample is one value: check the whole cell (often a base year or a pinned actual,
    // where every path agrees) and otherwise bin over its full range.
    range = fullRange(scratch, address, n);
    if (range.low === range.high) {
      mean[index] = range.low;
      for (let j = 0; j < probs.length; j++) out[j]![index] = range.low;
      return;
    }
    if (integersInto(scratch, address, n, range, nRanks, probs, out, mean, index)) return;
  }
  const width = range.high - range.low;
  const lo = range.low - width * 0.25;
  const scale = width > 0 ? BINS / (width * 1.5) : 0;
  const { loops, codesAt } = scratch;
  scratch.counts.fill(0);
  const sum = loops.count(address, n, codesAt, scratch.counts.byteOffset, lo, scale);
  binStarts(scratch.counts, starts);
  mean[index] = sum / n;
  if (!Number.isFinite(sum)) {
    // NaN or ±Infinity somewhere: fall back to a full sort (NaN sorts last, so upper quantiles turn NaN).
    const view = ranked.subarray(0, n);
    view.set(values.subarray(from, end));
    view.sort();
    for (let j = 0; j < probs.length; j++) out[j]![index] = interpolate(view, n, probs[j]!);
    return;
  }
  // The bins that hold the wanted ranks.
  const { rankBins, wantedList } = scratch;
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
  loops.gather(address, n, codesAt, wanted.byteOffset, fill.byteOffset, ranked.byteOffset);
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
  interpolateInto(ranked, n, probs, out, index);
}

/** The quantiles of a cell of whole numbers around `range` (rankIntegers.ts); false if it is not one. */
function integersInto(
  scratch: QuantileScratch,
  address: number,
  n: number,
  range: { low: number; high: number },
  nRanks: number,
  probs: readonly number[],
  out: Float64Array[],
  mean: Float64Array,
  index: number,
): boolean {
  if (!Number.isInteger(range.low) || !Number.isInteger(range.high)) return false;
  const sum = rankIntegers(scratch, address, n, range.low, range.high, nRanks);
  if (Number.isNaN(sum)) return false;
  mean[index] = sum / n;
  interpolateInto(scratch.ranked, n, probs, out, index);
  return true;
}

/** R-7 from the values at the wanted ranks (each at its rank's position in `ranked`). */
function interpolateInto(
  ranked: Float64Array,
  n: number,
  probs: readonly number[],
  out: Float64Array[],
  index: number,
): void {
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

/** The cell's smallest and largest value (in WebAssembly: cold, a page worker's JavaScript loop over every
 * base-year cell cost a link's first run ≈ 3 ms). */
function fullRange(scratch: QuantileScratch, address: number, n: number): { low: number; high: number } {
  scratch.loops.extent(address, n, scratch.extent.byteOffset);
  return { low: scratch.extent[0]!, high: scratch.extent[1]! };
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
