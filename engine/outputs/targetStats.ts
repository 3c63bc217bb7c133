// Per target: the share of paths that meet it, whether the deterministic path does, and in which year
// paths first meet it. The Monte Carlo part walks the years once per target with tight loops: a flag per
// path records whether it has met the target yet (or, for a quota, failed a year already); the loops run
// in WebAssembly over the simulation's own buffers (targetLoops.ts).

import { countStep, isCountIndicator } from '../plan/countUnit.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { TargetStat } from '../run/runTypes.ts';
import type { Simulation } from '../run/simulate.ts';
import { cellAllNaN } from './cellAllNaN.ts';
import { growthMultiple, measureAt, metInterval, type TargetSpec } from './targetMeasure.ts';

/** Row k of the slot is NaN on every path (cellAllNaN): no path meets a target there, so the loops can skip
 * it with the same result. About half the Yaohai plan's targets wait for a base. */
function rowAllNaN(sim: Simulation, slot: number, k: number): boolean {
  return sim.unknown.has(slot) || cellAllNaN(sim.values[slot]!, k * sim.n, sim.n, sim.workspace.quantiles);
}

/** Share of paths meeting a quota in every year 1..y. */
function quotaShare(sim: Simulation, slot: number, y: number, lo: number, hi: number): number {
  const { n, workspace: ws } = sim;
  if (y < 1) return 1;
  const base = sim.values[slot]!.byteOffset;
  ws.flagWords.fill(-1); // every path has met it so far
  for (let k = 1; k <= y; k++) {
    if (rowAllNaN(sim, slot, k)) return 0; // every path fails year k
    // x − 0·0 ≥ lo and ≤ hi: the zero row stands in for x0, so the test is on x alone.
    ws.targetLoops.always(
      n,
      base + k * n * 8,
      ws.zeroRow.byteOffset,
      ws.flags.byteOffset,
      0,
      0,
      lo,
      hi,
      -Infinity,
      ws.result.byteOffset,
    );
  }
  return ws.result[1]! / n;
}

/**
 * For level, share, increase and growth targets: share of paths meeting the target in year y, and the
 * share first meeting it in each year. Every kind is one test on the year's value x and the base-year
 * value x0: x − aLo·x0 ≥ L and x − aHi·x0 ≤ H (and x0 > minX0). For growth, (x/x0)^(1/k) − 1 ≥ lo is
 * x ≥ x0·(1 + lo)^k when x0 > 0, so no power is taken per path. The loops (targetLoops.ts) count the
 * paths that have met the target by each year; the increase is the share first meeting it that year.
 */
function levelShares(
  spec: TargetSpec,
  sim: Simulation,
  slot: number,
  y: number,
  Y: number,
): { pMet: number; first: Float64Array } {
  const { n, workspace: ws } = sim;
  const [lo, hi] = metInterval(spec);
  const first = new Float64Array(Y);
  const base = sim.values[slot]!.byteOffset;
  ws.flags.fill(0); // no path has met it yet
  let everBefore = 0;
  let pMet = 0;
  for (let k = 1; k < Y; k++) {
    if (rowAllNaN(sim, slot, k)) continue; // none meets it this year: first[k] = 0, and pMet = 0 if k = y
    let aLo = 0;
    let aHi = 0;
    let L = lo;
    let H = hi;
    let minX0 = -Infinity;
    if (spec.kind === 'increase') {
      aLo = 1;
      aHi = 1;
    } else if (spec.kind === 'growth') {
      aLo = growthMultiple(lo, k, spec.rateReading);
      aHi = growthMultiple(hi, k, spec.rateReading);
      L = 0;
      H = 0;
      minX0 = 0;
    }
    // A level or share does not read the base (aLo = aHi = 0), but 0 · NaN is NaN: with an unknown base
    // (基期待补) anchored by a later observation, x0 is the year's own row, so only x decides.
    const row = base + k * n * 8;
    const x0 = spec.kind === 'increase' || spec.kind === 'growth' ? base : row;
    ws.targetLoops.ever(n, row, x0, ws.flags.byteOffset, aLo, aHi, L, H, minX0, ws.result.byteOffset);
    const ever = ws.result[1]!;
    first[k] = (ever - everBefore) / n;
    everBefore = ever;
    if (k === y) pMet = ws.result[0]! / n;
  }
  return { pMet, first };
}

export function targetStats(
  plan: Plan,
  slotOf: ReadonlyMap<string, number>,
  mc: Simulation | null,
  det: Simulation,
): TargetStat[] {
  const results: TargetStat[] = [];
  const years = det.years;
  const baseYear = years[0]!;
  for (const t of plan.targets) {
    if (
      t.kind === 'qualitative' ||
      t.indicator === undefined ||
      t.value === undefined ||
      t.comparator === undefined
    )
      continue;
    const ind = plan.indicators.find((i) => i.id === t.indicator);
    const spec: TargetSpec = {
      kind: t.kind,
      comparator: t.comparator,
      value: t.value,
      tolerance: t.tolerance,
      countStep: targetCountStep(t.kind, ind),
      rateReading: t.rateReading,
    };
    const slot = slotOf.get(t.indicator)!;
    const y = t.year - baseYear;
    const inRange = y >= 1 && y < years.length;
    const deterministicValue = inRange
      ? measureAt(spec.kind, det.values[slot]!, 1, 0, y, spec.rateReading)
      : Number.NaN;
    // The deterministic path is judged by the same loops as the Monte Carlo (as one path), so the two
    // never disagree on a path that lands exactly on a target.
    const share = (sim: Simulation) => {
      if (spec.kind === 'quota') {
        const [lo, hi] = metInterval(spec);
        return { pMet: quotaShare(sim, slot, y, lo, hi), first: null };
      }
      return levelShares(spec, sim, slot, y, years.length);
    };
    let pMet: number | null = null;
    let firstYearMet: Float64Array | null = null;
    if (mc && mc.n > 0 && inRange) {
      const s = share(mc);
      pMet = s.pMet;
      firstYearMet = s.first;
    }
    const deterministicMet = inRange && share(det).pMet === 1;
    results.push({
      id: t.id,
      indicator: t.indicator,
      kind: t.kind,
      year: t.year,
      value: t.value,
      comparator: t.comparator,
      pMet,
      deterministicMet,
      deterministicValue,
      firstYearMet,
    });
  }
  return results;
}

/** One item of a count target's unit ("超过 N 家" is met at N + 1), or undefined for other measures. */
export function targetCountStep(
  kind: TargetSpec['kind'],
  ind: Parameters<typeof isCountIndicator>[0] | undefined,
): number | undefined {
  if (!ind || kind === 'growth') return undefined;
  const step = countStep(ind.unit);
  return step ?? (isCountIndicator(ind) ? 1 : undefined);
}
