// The wanted ranks of a cell of whole numbers, by counting each number: one pass over the cell and a walk
// over the counts, where the histogram-select (quantilesInto) takes two passes and, on a cell of a dozen
// distinct counts, crowded bins of equal values to select from. A 10,000-path Yaohai run to 2035 has 630
// such cells (firm counts, yearly quotas) of 731 that vary; they took 6.5 ns a value against 3.3 for the rest.
import type { QuantileScratch } from './quantilesInto.ts';

/** Whole numbers counted at most, from the window's lowest (two tallies of 16 KB). */
export const INTEGER_SPAN = 4096;

/**
 * Writes the values at ranks `scratch.ranks[0, nRanks)` (ascending) into `scratch.ranked` at those
 * positions and returns the cell's sum; NaN, and nothing written, when the cell is not made of whole
 * numbers within a window around [low, high] (the subsample's range, both whole numbers): the caller then
 * takes the general path. A −0 in the cell comes back as 0.
 */
export function rankIntegers(
  scratch: QuantileScratch,
  address: number,
  n: number,
  low: number,
  high: number,
  nRanks: number,
): number {
  // The window reaches one subsample range, and at least 32, beyond each end: a value outside it (a long
  // tail the first 256 paths missed) costs one abandoned pass.
  const pad = Math.max(32, high - low);
  const lo = low - pad;
  const span = high - low + 2 * pad + 1;
  if (span > INTEGER_SPAN) return Number.NaN;
  const { integers, ranks, ranked } = scratch;
  const sum = scratch.loops.countIntegers(address, n, integers.byteOffset, lo, span);
  if (!Number.isNaN(sum)) {
    let below = 0; // values under number lo + j
    let j = 0;
    for (let k = 0; k < nRanks; k++) {
      const r = ranks[k]!;
      // Two tallies: integers[j] and integers[span + j] (countIntegers).
      while (below + integers[j]! + integers[span + j]! <= r) below += integers[j]! + integers[span + j++]!;
      ranked[r] = lo + j;
    }
  }
  integers.fill(0, 0, 2 * span);
  return sum;
}
