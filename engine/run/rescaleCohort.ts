import type { CohortRing } from './stepCohort.ts';

/**
 * Pins a cohort stock to an observed total, keeping its age mix. A stock with no mix yet (its base unknown)
 * takes the base year's: the total spread evenly over the vintages still valid (startBaseYear.ts). Put all in
 * the current year's vintage, 173 高企 observed in 2023 had all been certified that year, none came up for
 * renewal in 2024 or 2025, and the whole stock came due at once in 2026 (周科长: 2025 at 255, not about 228).
 */
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
      for (let a = 0; a < life; a++) c.ring[a * n + i] = pinned / life;
    }
  }
}
