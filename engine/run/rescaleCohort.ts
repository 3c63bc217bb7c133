import type { CohortRing } from './stepCohort.ts';

/** Pins a cohort stock to an observed total, keeping its age mix (all new if it was empty). */
export function rescaleCohort(
  c: CohortRing,
  life: number,
  n: number,
  out: Float64Array,
  offset: number,
  pinned: number,
): void {
  for (let i = 0; i < n; i++) {
    const total = out[offset + i]!;
    if (total > 0) {
      const f = pinned / total;
      for (let a = 0; a < life; a++) c.ring[a * n + i]! *= f;
    } else {
      for (let a = 0; a < life; a++) c.ring[a * n + i] = a === c.head ? pinned : 0;
    }
  }
}
