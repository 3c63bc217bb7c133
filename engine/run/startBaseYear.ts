import { type AnchorState, anchorActual } from './anchorActual.ts';
import type { KernelRunner } from './KernelRunner.ts';
import type { IndicatorStep } from './stepIndicator.ts';

/**
 * The base year: carried indicators take their base value (cumulative ones 0), then derived ones are
 * computed in order — twice, because in the base year prev(x) reads x itself, and x may be a derived
 * indicator later in the order. Rows start at 0 so a reused buffer never leaks into a result.
 */
export function startBaseYear(
  steps: IndicatorStep[],
  values: Float64Array[],
  n: number,
  runner: KernelRunner,
  anchoring: AnchorState,
): void {
  for (const s of steps) {
    const out = values[s.ind.slot]!;
    const pinned = s.actuals?.get(0);
    const start = s.ind.kind === 'derived' || s.ind.kind === 'cumulative' ? 0 : (s.ind.base ?? Number.NaN);
    out.fill(pinned ?? start, 0, n);
  }
  // The second pass re-anchors the parts of observed sums; the third recomputes what reads those parts.
  for (let pass = 0; pass < 3; pass++) {
    for (const s of steps) {
      if (s.ind.kind !== 'derived') continue;
      const out = values[s.ind.slot]!;
      runner.run(s.atBase!, out.byteOffset, 0);
      const pinned = s.actuals?.get(0);
      if (pinned === undefined) continue;
      if (pass === 1 && s.anchor) anchorActual(anchoring, s.anchor, 0, pinned);
      out.fill(pinned, 0, n);
    }
  }
  for (const s of steps) if (s.cohort) s.cohort.ring.fill(values[s.ind.slot]![0]! / s.ind.life);
}
