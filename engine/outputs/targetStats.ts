// Per target: the share of paths that meet it, whether the deterministic path does, and in which year
// paths first meet it. TargetTallies walks the years once, as the run completes each (simulate.ts onYear):
// a flag per path and target records whether the path has met the target yet (or, for a quota, failed a
// year already); the loops run in WebAssembly over the simulation's own rows (targetLoops.ts).

import { countStep, isCountIndicator } from '../plan/countUnit.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { TargetStat } from '../run/runTypes.ts';
import type { Simulation } from '../run/simulate.ts';
import { cellAllNaN } from './cellAllNaN.ts';
import { growthMultiple, measureAt, metInterval, type TargetSpec } from './targetMeasure.ts';

/** A target the loops measure: its spec, where it reads and what it has counted so far. */
interface Tally {
  /** Index in plan.targets: where its n flags lie in the workspace. */
  index: number;
  slot: number;
  spec: TargetSpec;
  lo: number;
  hi: number;
  /** Year index of the target (may lie outside the run's years). */
  y: number;
  inRange: boolean;
  pMet: number;
  /** Level kinds: share of paths first meeting it, by year index. */
  first: Float64Array | null;
  /** Quotas: share of paths meeting that year's quota, by year index 1..y. */
  quotaShares: Float64Array | null;
  /** Levels: paths that had met it by the year before. */
  everBefore: number;
  /** Quotas: a year came whose row is NaN on every path, so every path failed it. */
  failed: boolean;
  /** Its flags have been set for this run: on the first year its row has a number (see flagsFor). */
  flagsSet: boolean;
}

/** Year index k of the slot is NaN on every path (cellAllNaN): no path meets a target there, so the loops
 * can skip it with the same result. About half the Yaohai plan's targets wait for a base. */
function rowAllNaN(sim: Simulation, slot: number, k: number): boolean {
  return (
    sim.unknown.has(slot) ||
    cellAllNaN(sim.values[slot]!, sim.rowOf(k) * sim.n, sim.n, sim.workspace.quantiles)
  );
}

export class TargetTallies {
  private readonly tallies: Tally[] = [];

  constructor(plan: Plan, slotOf: ReadonlyMap<string, number>, years: readonly number[]) {
    const Y = years.length;
    plan.targets.forEach((t, index) => {
      if (
        t.kind === 'qualitative' ||
        t.indicator === undefined ||
        t.value === undefined ||
        t.comparator === undefined
      )
        return;
      const ind = plan.indicators.find((i) => i.id === t.indicator);
      const spec: TargetSpec = {
        kind: t.kind,
        comparator: t.comparator,
        value: t.value,
        tolerance: t.tolerance,
        countStep: targetCountStep(t.kind, ind),
        rateReading: t.rateReading,
      };
      const [lo, hi] = metInterval(spec);
      const y = t.year - years[0]!;
      const quota = spec.kind === 'quota';
      this.tallies.push({
        index,
        slot: slotOf.get(t.indicator)!,
        spec,
        lo,
        hi,
        y,
        inRange: y >= 1 && y < Y,
        pMet: 0,
        first: quota ? null : new Float64Array(Y),
        quotaShares: quota ? new Float64Array(Y) : null,
        everBefore: 0,
        failed: false,
        flagsSet: false,
      });
    });
  }

  /** Counts year index k (from 1: the base year is only read as x0) of every target. */
  observe(sim: Simulation, k: number): void {
    if (k === 0) return;
    for (const t of this.tallies) {
      if (t.quotaShares) this.quotaYear(sim, t, k);
      else if (t.inRange) this.levelYear(sim, t, k);
    }
  }

  /**
   * Byte address of the target's flags, set first for this run: quotas, every path has met every year so
   * far; other kinds, none has met it yet. Set on the first year the loops run, so the flags of a target
   * whose rows are all NaN (a base still to be entered: half the Yaohai plan's) are never touched — ≈ 700
   * pages of a first 10,000-path run, each a page fault.
   */
  private flagsFor(sim: Simulation, t: Tally): number {
    const { n, workspace: ws } = sim;
    if (!t.flagsSet) {
      if (t.quotaShares) ws.flagWords.fill(-1, 2 * n * t.index, 2 * n * (t.index + 1));
      else ws.flags.fill(0, n * t.index, n * (t.index + 1));
      t.flagsSet = true;
    }
    return ws.flags.byteOffset + t.index * n * 8;
  }

  /**
   * A quota is met on a path when every year 1..y meets it. x − 0·0 ≥ lo and ≤ hi: the zero row stands in
   * for x0, so the test is on x alone.
   */
  private quotaYear(sim: Simulation, t: Tally, k: number): void {
    if (k > t.y) return;
    const { n, workspace: ws } = sim;
    if (rowAllNaN(sim, t.slot, k)) {
      t.failed = true; // every path fails year k
    } else {
      ws.targetLoops.always(
        n,
        sim.values[t.slot]!.byteOffset + sim.rowOf(k) * n * 8,
        ws.zeroRow.byteOffset,
        this.flagsFor(sim, t),
        0,
        0,
        t.lo,
        t.hi,
        -Infinity,
        ws.result.byteOffset,
      );
      t.quotaShares![k] = ws.result[0]! / n;
    }
    if (k === t.y) t.pMet = t.failed ? 0 : ws.result[1]! / n;
  }

  /**
   * Levels, shares, increases and growth: every kind is one test on the year's value x and the base-year
   * value x0: x − aLo·x0 ≥ L and x − aHi·x0 ≤ H (and x0 > minX0). For growth, (x/x0)^(1/k) − 1 ≥ lo is
   * x ≥ x0·(1 + lo)^k when x0 > 0, so no power is taken per path. The loops count the paths that have met
   * the target by each year; the increase is the share first meeting it that year.
   */
  private levelYear(sim: Simulation, t: Tally, k: number): void {
    if (rowAllNaN(sim, t.slot, k)) return; // none meets it this year: first[k] = 0, and pMet = 0 if k = y
    const { n, workspace: ws } = sim;
    const { spec } = t;
    let aLo = 0;
    let aHi = 0;
    let L = t.lo;
    let H = t.hi;
    let minX0 = -Infinity;
    if (spec.kind === 'increase') {
      aLo = 1;
      aHi = 1;
    } else if (spec.kind === 'growth') {
      aLo = growthMultiple(t.lo, k, spec.rateReading);
      aHi = growthMultiple(t.hi, k, spec.rateReading);
      L = 0;
      H = 0;
      minX0 = 0;
    }
    // A level or share does not read the base (aLo = aHi = 0), but 0 · NaN is NaN: with an unknown base
    // (基期待补) anchored by a later observation, x0 is the year's own row, so only x decides.
    const base = sim.values[t.slot]!.byteOffset; // the base year is row 0
    const row = base + sim.rowOf(k) * n * 8;
    const x0 = spec.kind === 'increase' || spec.kind === 'growth' ? base : row;
    ws.targetLoops.ever(n, row, x0, this.flagsFor(sim, t), aLo, aHi, L, H, minX0, ws.result.byteOffset);
    const ever = ws.result[1]!;
    t.first![k] = (ever - t.everBefore) / n;
    t.everBefore = ever;
    if (k === t.y) t.pMet = ws.result[0]! / n;
  }

  /** What the loops counted, by index in plan.targets (undefined for a target they do not measure), once
   * every year has been observed. */
  counted(): (Pick<Tally, 'pMet' | 'first' | 'quotaShares' | 'inRange'> | undefined)[] {
    const out: Tally[] = [];
    for (const t of this.tallies) out[t.index] = t;
    return out;
  }
}

/**
 * Per target, from the Monte Carlo run's tallies (null without paths) and the deterministic path, whose every
 * year is kept. The deterministic path is judged by the same loops as the Monte Carlo (as one path), so the
 * two never disagree on a path that lands exactly on a target.
 */
export function targetStats(
  plan: Plan,
  slotOf: ReadonlyMap<string, number>,
  mc: TargetTallies | null,
  det: Simulation,
): TargetStat[] {
  const years = det.years;
  const onDet = new TargetTallies(plan, slotOf, years);
  for (let k = 0; k < years.length; k++) onDet.observe(det, k);
  const detCounted = onDet.counted();
  const mcCounted = mc?.counted() ?? null;
  const results: TargetStat[] = [];
  plan.targets.forEach((t, index) => {
    const d = detCounted[index];
    if (!d || t.kind === 'qualitative') return;
    const slot = slotOf.get(t.indicator!)!;
    const y = t.year - years[0]!;
    const m = mcCounted?.[index] ?? null;
    results.push({
      id: t.id,
      indicator: t.indicator!,
      kind: t.kind,
      year: t.year,
      value: t.value!,
      comparator: t.comparator!,
      pMet: m && d.inRange ? m.pMet : null,
      deterministicMet: d.inRange && d.pMet === 1,
      deterministicValue: d.inRange
        ? measureAt(t.kind, det.values[slot]!, 1, 0, y, t.rateReading)
        : Number.NaN,
      firstYearMet: m && d.inRange ? m.first : null,
      quotaShares: m ? m.quotaShares : null,
    });
  });
  return results;
}

/** One item of a count target's unit ("超过 N 家" is met at N + 1), or undefined for other measures. */
export function targetCountStep(
  kind: TargetSpec['kind'],
  ind: Parameters<typeof isCountIndicator>[0] | undefined,
): number | undefined {
  if (!ind || kind === 'growth' || ind.count === false) return undefined;
  const step = countStep(ind.unit);
  return step ?? (isCountIndicator(ind) ? 1 : undefined);
}
