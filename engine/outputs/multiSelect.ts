// Several order statistics of one Float64Array range at once: afterwards a[k] holds the value of rank k
// (within [left, right]) for every wanted k. Used for the crowded bins of the histogram-select, which are
// crowded because many paths share one value (a stock at its cap, a floor at 0): the three-way partition
// puts all values equal to the pivot in their final place at once, so a bin of thousands of equal values
// costs one pass, where a two-way quickselect per rank paid a full pass for each of several ranks.
// Values must not be NaN (the caller sorts cells with non-finite values instead).

/** `ks[kFrom, kTo)` are the wanted ranks, ascending, each in [left, right]. */
export function multiSelect(
  a: Float64Array,
  left: number,
  right: number,
  ks: Int32Array,
  kFrom: number,
  kTo: number,
): void {
  let lo = left;
  const hi = right;
  let kLo = kFrom;
  while (kLo < kTo && hi > lo) {
    const pivot = medianOfThree(a[lo]!, a[(lo + hi) >> 1]!, a[hi]!);
    // Dijkstra's partition: [lo, lt) < pivot, [lt, gt] = pivot, (gt, hi] > pivot.
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i <= gt) {
      const v = a[i]!;
      if (v < pivot) {
        a[i++] = a[lt]!;
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt]!;
        a[gt--] = v;
      } else i++;
    }
    let below = kLo;
    while (below < kTo && ks[below]! < lt) below++;
    let equal = below;
    while (equal < kTo && ks[equal]! <= gt) equal++;
    // Ranks in [lt, gt] are settled; recurse into the left part, loop on the right.
    if (below > kLo) multiSelect(a, lo, lt - 1, ks, kLo, below);
    kLo = equal;
    lo = gt + 1;
  }
}

function medianOfThree(x: number, y: number, z: number): number {
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}
