// Per target: the share of paths that meet it, whether the deterministic path does, and in which year
// paths first meet it. The Monte Carlo part walks the years once per target with tight loops: a flag per
// path records whether it has met the target yet (or, for a quota, failed a year already).
import type { Plan } from '../plan/planSchema.ts';
import type { TargetResult } from '../runTypes.ts';
import type { Simulation } from './simulate.ts';
import { measureAt, metInterval, type TargetSpec } from './targetMeasure.ts';

let flags = new Uint8Array(0);

function pathFlags(n: number): Uint8Array {
  if (flags.length < n) flags = new Uint8Array(n);
  const f = flags.subarray(0, n);
  f.fill(0);
  return f;
}

/** Share of paths meeting a quota in every year 1..y. */
function quotaShare(values: Float64Array, n: number, y: number, lo: number, hi: number): number {
  const failed = pathFlags(n);
  for (let k = 1; k <= y; k++) {
    const off = k * n;
    for (let i = 0; i < n; i++) {
      const x = values[off + i]!;
      if (!(x >= lo && x <= hi)) failed[i] = 1;
    }
  }
  let met = 0;
  for (let i = 0; i < n; i++) met += 1 - failed[i]!;
  return met / n;
}

/** A comparison as 0 or 1, so the loops below count without branching on data. */
const bit = (b: boolean): number => b as unknown as number;

const GENERAL = 0;
const LEVEL = 1;
const INCREASE = 2;

/**
 * Which loop judges the paths. With every base-year value finite (as in any sane plan), a level or share
 * test is just L ≤ x ≤ H and an increase test L ≤ x − x0 ≤ H: the general loop's x − 0·x0 and x − 1·x0
 * are x and x − x0 exactly, and x0 > −∞ holds. A non-finite base value (0·∞ is NaN) takes the general loop,
 * so results never depend on the choice — it only drops multiplications and a comparison per path-year.
 */
function loopShape(kind: TargetSpec['kind'], values: Float64Array, n: number): number {
  if (kind !== 'level' && kind !== 'share' && kind !== 'increase') return GENERAL;
  for (let i = 0; i < n; i++) if (!Number.isFinite(values[i]!)) return GENERAL;
  return kind === 'increase' ? INCREASE : LEVEL;
}

/**
 * For level, share, increase and growth targets: share of paths meeting the target in year y, and the
 * share first meeting it in each year. Every kind is one test on the year's value x and the base-year
 * value x0: x − aLo·x0 ≥ L and x − aHi·x0 ≤ H (and x0 > minX0). For growth, (x/x0)^(1/k) − 1 ≥ lo is
 * x ≥ x0·(1 + lo)^k when x0 > 0, so no power is taken per path. The loop is branch-free: whether a path
 * meets a target is a coin toss near the threshold, and mispredicted branches cost more than the test.
 */
function levelShares(
  spec: TargetSpec,
  values: Float64Array,
  n: number,
  y: number,
  Y: number,
): { pMet: number; first: Float64Array } {
  const [lo, hi] = metInterval(spec);
  const first = new Float64Array(Y);
  const done = pathFlags(n);
  const shape = loopShape(spec.kind, values, n);
  // Paths that have met the target by a year, counted each year: their increase is the share first
  // meeting it that year (one OR and one add per path, where counting first-timers took an XOR and an AND more).
  let everBefore = 0;
  let pMet = 0;
  for (let k = 1; k < Y; k++) {
    let aLo = 0;
    let aHi = 0;
    let L = lo;
    let H = hi;
    let minX0 = -Infinity;
    if (spec.kind === 'increase') {
      aLo = 1;
      aHi = 1;
    } else if (spec.kind === 'growth') {
      // A growth rate below −100% has no level equivalent; no target asks for one.
      aLo = lo <= -1 ? 0 : (1 + lo) ** k;
      aHi = hi === Infinity ? Infinity : (1 + hi) ** k;
      L = 0;
      H = 0;
      minX0 = 0;
    }
    const off = k * n;
    let ever = 0;
    let metNow = 0;
    if (shape === LEVEL && H === Infinity) {
      // "≥" targets, most of a plan: x ≤ ∞ holds for every x the first test lets through (NaN fails both).
      for (let i = 0; i < n; i++) {
        const met = bit(values[off + i]! >= L);
        metNow += met;
        const now = done[i]! | met;
        done[i] = now;
        ever += now;
      }
    } else if (shape === LEVEL) {
      for (let i = 0; i < n; i++) {
        const x = values[off + i]!;
        const met = bit(x >= L) & bit(x <= H);
        metNow += met;
        const now = done[i]! | met;
        done[i] = now;
        ever += now;
      }
    } else if (shape === INCREASE) {
      for (let i = 0; i < n; i++) {
        const d = values[off + i]! - values[i]!;
        const met = bit(d >= L) & bit(d <= H);
        metNow += met;
        const now = done[i]! | met;
        done[i] = now;
        ever += now;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const x0 = values[i]!;
        const x = values[off + i]!;
        const met = bit(x - aLo * x0 >= L) & bit(x - aHi * x0 <= H) & bit(x0 > minX0);
        metNow += met;
        const now = done[i]! | met;
        done[i] = now;
        ever += now;
      }
    }
    first[k] = (ever - everBefore) / n;
    everBefore = ever;
    if (k === y) pMet = metNow / n;
  }
  return { pMet, first };
}

export function targetStats(
  plan: Plan,
  slotOf: ReadonlyMap<string, number>,
  mc: Simulation | null,
  det: Simulation,
): TargetResult[] {
  const results: TargetResult[] = [];
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
    const spec: TargetSpec = {
      kind: t.kind,
      comparator: t.comparator,
      value: t.value,
      tolerance: t.tolerance,
    };
    const slot = slotOf.get(t.indicator)!;
    const y = t.year - baseYear;
    const inRange = y >= 1 && y < years.length;
    const deterministicValue = inRange ? measureAt(spec.kind, det.values[slot]!, 1, 0, y) : Number.NaN;
    // The deterministic path is judged by the same loops as the Monte Carlo (as one path), so the two
    // never disagree on a path that lands exactly on a target.
    const share = (sim: Simulation) => {
      const values = sim.values[slot]!;
      if (spec.kind === 'quota') {
        const [lo, hi] = metInterval(spec);
        return { pMet: quotaShare(values, sim.n, y, lo, hi), first: null };
      }
      return levelShares(spec, values, sim.n, y, years.length);
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
