import type { PathLoops } from '../compile/wasm/pathLoops.ts';

/** A cohort stock's ring: one block of n paths per age; `head` is the block of age 0. */
export interface CohortRing {
  ring: Float64Array;
  head: number;
}

/**
 * One year of a cohort stock (e.g. certificates valid `life` years). The ring holds one block of n paths per
 * age; `head` is age 0. The oldest block expires; a share `renewal` of it re-enters as new, with the inflow.
 * Every row lies in the memory `loops` work on (a workspace's).
 */
export function stepCohort(
  loops: PathLoops,
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
  const at = (block: number) => ring.byteOffset + 8 * block * n;
  const oldest = (c.head + life - 1) % life;
  if (exit) for (let a = 0; a < life - 1; a++) loops.leave(n, at((c.head + a) % life), exit.byteOffset);
  // The expired block becomes the new age-0 block.
  loops.renew(n, at(oldest), inflow.byteOffset, renewal.byteOffset);
  c.head = oldest;
  loops.total(n, out.byteOffset + 8 * offset, ring.byteOffset, life);
}
