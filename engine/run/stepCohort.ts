/** A cohort stock's ring: one block of n paths per age; `head` is the block of age 0. */
export interface CohortRing {
  ring: Float64Array;
  head: number;
}

/**
 * One year of a cohort stock (e.g. certificates valid `life` years). The ring holds one block of n paths per
 * age; `head` is age 0. The oldest block expires; a share `renewal` of it re-enters as new, with the inflow.
 */
export function stepCohort(
  c: CohortRing,
  life: number,
  n: number,
  inflow: Float64Array,
  renewal: Float64Array,
  exit: Float64Array | undefined,
  out: Float64Array,
  offset: number,
): void {
  const { ring } = c;
  const oldest = ((c.head + life - 1) % life) * n;
  if (exit) {
    for (let a = 0; a < life - 1; a++) {
      const block = ((c.head + a) % life) * n;
      for (let i = 0; i < n; i++) ring[block + i]! *= 1 - exit[i]!;
    }
  }
  // The expired block becomes the new age-0 block.
  for (let i = 0; i < n; i++) ring[oldest + i] = inflow[i]! + ring[oldest + i]! * renewal[i]!;
  c.head = (c.head + life - 1) % life;
  for (let i = 0; i < n; i++) out[offset + i] = 0;
  for (let a = 0; a < life; a++) {
    const block = a * n;
    for (let i = 0; i < n; i++) out[offset + i]! += ring[block + i]!;
  }
}
