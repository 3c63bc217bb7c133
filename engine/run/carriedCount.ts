// The deterministic path of a count: each year's flow is the rounded running total of the means less the
// rounded total before it. The median of each year's draw (what a uniform of ½ inverts to) sums to a
// rounding artefact over the years: a mean of 0.54 a year has a median of 0 every year (0 by 2025 against an
// expected 2.7), and 0.71 has a median of 1 (5 against 3.6). Carried, the totals are 3 and 4, the rounded
// expected totals, and each year's flow is still whole.

/**
 * Writes n paths' flows for one year into out[at…] and adds this year's means to the running totals.
 * A mean that is not a number gives NaN, as a draw from it does; a negative mean counts as 0.
 */
export function carriedCount(
  total: Float64Array,
  mean: Float64Array,
  out: Float64Array,
  at: number,
  n: number,
): void {
  for (let i = 0; i < n; i++) {
    const m = mean[i]!;
    if (Number.isNaN(m)) {
      out[at + i] = Number.NaN;
      continue;
    }
    const before = Math.floor(total[i]! + 0.5);
    total[i] = total[i]! + Math.max(0, m);
    out[at + i] = Math.floor(total[i]! + 0.5) - before;
  }
}
