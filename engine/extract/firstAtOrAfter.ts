// Binary search in an ascending list of offsets: the index of the first one ≥ x (the list's length if none).
// The extractor looks clauses and neighbours up this way so a 2 MB paste stays linear-logarithmic.

export function firstAtOrAfter(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
