// One indicator's step in one year after the base year: its kernel(s) over all paths, then its actual, if
// any, pinned (re-anchoring parts or carrying a ratio, see anchorActual).

import type { CompiledIndicator } from '../compile/compileModel.ts';
import { countQuantiles } from '../random/countQuantiles.ts';
import { type AnchorState, anchorActual } from './anchorActual.ts';
import type { Anchor } from './anchorPlan.ts';
import { carriedCount } from './carriedCount.ts';
import type { DrawSource } from './DrawSource.ts';
import type { Binding, KernelRunner } from './KernelRunner.ts';
import { rescaleCohort } from './rescaleCohort.ts';
import { type CohortRing, stepCohort } from './stepCohort.ts';
import type { Workspace } from './Workspace.ts';

/** An indicator bound to its kernels, actuals and state, as the year loop steps it. */
export interface IndicatorStep {
  ind: CompiledIndicator;
  main: Binding;
  atBase: Binding | undefined;
  renewal: Binding | undefined;
  exit: Binding | undefined;
  /** Year index → observed value. */
  actuals: Map<number, number> | undefined;
  cohort: CohortRing | undefined;
  anchor: Anchor | undefined;
}

/** What every step of a run shares. */
export interface StepContext {
  n: number;
  years: number[];
  ws: Workspace;
  draws: DrawSource;
  runner: KernelRunner;
  anchoring: AnchorState;
  /** The deterministic path's running totals of each count's means, by slot (carriedCount); else undefined. */
  countTotals?: Map<number, Float64Array> | undefined;
}

/** Steps indicator `s` in year index y > 0. */
export function stepIndicator(cx: StepContext, s: IndicatorStep, y: number): void {
  const { ind } = s;
  const { n, ws, runner } = cx;
  const tmp = ws.tmp; // inflow, renewal, exit
  const out = ws.values[ind.slot]!;
  const offset = ws.rowOf(y) * n;
  const pinned = s.actuals?.get(y);
  if (ind.volatility > 0) runner.drawNoise(ind, cx.years[y]!, cx.draws);
  if (s.cohort) {
    runner.run(s.main, tmp[0].byteOffset, y);
    runner.run(s.renewal!, tmp[1].byteOffset, y);
    if (s.exit) runner.run(s.exit, tmp[2].byteOffset, y);
    stepCohort(ws.pathLoops, s.cohort, ind.life, n, tmp[0], tmp[1], s.exit ? tmp[2] : undefined, out, offset);
  } else if (ind.kind === 'event' || ind.kind === 'count') {
    // The kernel gives the hazard or the mean; one uniform per path and year (a named stream of the
    // seed's bank, so common random numbers hold) decides the event or inverts the count's CDF.
    runner.run(s.main, tmp[0].byteOffset, y);
    // A count in a scaled unit (每年1.2万人) is drawn in items (people) and written back in its unit.
    const items = ind.kind === 'count' ? ind.itemsPerUnit : 1;
    if (items !== 1) for (let i = 0; i < n; i++) tmp[0][i] = tmp[0][i]! * items;
    const totals = ind.kind === 'count' ? cx.countTotals : undefined;
    if (totals) {
      const total = totals.get(ind.slot) ?? new Float64Array(n);
      totals.set(ind.slot, total);
      carriedCount(total, tmp[0], out, offset, n);
    } else {
      const u = tmp[1];
      cx.draws.uniforms(`${ind.kind}:${ind.id}:${cx.years[y]}`, u, ws.pathLoops);
      if (ind.kind === 'event') {
        // Once it happened it stays 1; otherwise it happens where the uniform falls below the hazard.
        const last = out.byteOffset + 8 * ws.rowOf(y - 1) * n;
        ws.pathLoops.event(n, out.byteOffset + 8 * offset, last, u.byteOffset, tmp[0].byteOffset);
      } else countQuantiles(ws.counts!, out, offset, u, tmp[0], n, ind.dispersion, ws.countSet[ind.slot]!);
    }
    // Divided, not multiplied by 1e-4: 12000 / 10000 is 1.2 exactly.
    if (items !== 1) for (let i = offset; i < offset + n; i++) out[i] = out[i]! / items;
  } else {
    runner.run(s.main, out.byteOffset + offset * 8, y);
  }
  if (s.anchor && pinned === undefined) {
    const carry = cx.anchoring.carries.get(ind.slot)!; // a workspace pool array (simulate.ts)
    ws.pathLoops.scale(n, out.byteOffset + 8 * offset, carry.byteOffset);
  }
  if (pinned !== undefined) {
    if (s.cohort) rescaleCohort(s.cohort, ind.life, n, out, offset, pinned);
    if (s.anchor) anchorActual(cx.anchoring, s.anchor, y, pinned);
    out.fill(pinned, offset, offset + n);
  }
}
