// What a target compares with its threshold, read off a simulated path, and whether it is met. Shared by
// the Monte Carlo statistics, the deterministic path and the analytics, so all three agree on "met".
// The wording rules (docs/plan-format.md): ≥ 以上/达到; > 超过/突破 — strict, and for a count N + 1 of
// its items; ≤ 以内/不超过; ≈ 约/左右 — met from value·(1 − tolerance) up, overshooting is not a miss (for a
// decrease of about N — 能耗下降2.5%左右, a negative change — from value·(1 − tolerance) down); a range 3-5家
// is met once its low end is reached.
import type { Comparator, TargetKind } from '../plan/planSchema.ts';

/** Relative slack for ≥ and ≤, so that a path landing exactly on a target counts as meeting it. */
const EPS = 1e-9;
/** 约/左右 without a stated tolerance: within 5% below the figure. */
export const DEFAULT_TOLERANCE = 0.05;

export interface TargetSpec {
  kind: Exclude<TargetKind, 'qualitative'>;
  comparator: Comparator;
  value: number | [number, number];
  tolerance?: number | undefined;
  /**
   * For `>` on a count: the size of one item in the target's unit (1 for 家, 1e-4 for 万户), so "超过 N"
   * is met at N + step. Undefined for measures that are not counts: `>` is then strict only.
   */
  countStep?: number | undefined;
  /** Growth targets: how the plan computed its annual rate (default compound). */
  rateReading?: 'compound' | 'arithmetic' | undefined;
}

/**
 * The interval of measured values that meet a target: [lo, hi], NaN never inside. One comparison pair
 * instead of a switch keeps the per-path loops of targetStats tight.
 */
export function metInterval(spec: TargetSpec): [number, number] {
  const v = spec.value;
  const x = Array.isArray(v) ? v[0] : v;
  const slack = EPS * Math.abs(x);
  switch (spec.comparator) {
    case '>=':
    case 'range':
      return [x - slack, Infinity];
    case '>':
      // A count exceeds N at N + 1 (a whole item); any other measure only needs to be above N.
      return [spec.countStep ? x + spec.countStep - slack : x + Math.max(slack, Number.MIN_VALUE), Infinity];
    case '<=':
      return [-Infinity, x + slack];
    case '~=': {
      const band = (spec.tolerance ?? DEFAULT_TOLERANCE) * Math.abs(x);
      return isDecrease(spec) ? [-Infinity, x + band + slack] : [x - band - slack, Infinity];
    }
  }
}

/** A change of about a negative amount (下降2.5%左右, 减少约50家): falling that far or further meets it. */
export function isDecrease(spec: Pick<TargetSpec, 'kind' | 'value'>): boolean {
  const x = Array.isArray(spec.value) ? spec.value[0] : spec.value;
  return x < 0 && (spec.kind === 'growth' || spec.kind === 'increase');
}

export function isMet(spec: TargetSpec, measured: number): boolean {
  if (Number.isNaN(measured)) return false;
  const [lo, hi] = metInterval(spec);
  return measured >= lo && measured <= hi;
}

/**
 * The measured quantity in year index `y` (0 = base year) of one path, whose values for year k sit at
 * `values[k·stride + offset]`:
 * - level / share / milestone: x[y];  increase: x[y] − x[0];
 * - growth: (x[y] / x[0])^(1/y) − 1, or (x[y] / x[0] − 1) / y when the plan reads its rate arithmetically;
 * - quota: the smallest yearly value over years 1..y (every year must meet the quota).
 */
export function measureAt(
  kind: TargetSpec['kind'],
  values: Float64Array,
  stride: number,
  offset: number,
  y: number,
  rateReading: TargetSpec['rateReading'] = 'compound',
): number {
  const x = values[y * stride + offset]!;
  switch (kind) {
    case 'level':
    case 'share':
    case 'milestone':
      return x;
    case 'growth': {
      const x0 = values[offset]!;
      if (y === 0 || !(x0 > 0)) return Number.NaN;
      return rateReading === 'arithmetic' ? (x / x0 - 1) / y : (x / x0) ** (1 / y) - 1;
    }
    case 'increase':
      return x - values[offset]!;
    case 'quota': {
      let worst = Infinity;
      for (let k = 1; k <= y; k++) worst = Math.min(worst, values[k * stride + offset]!);
      return worst;
    }
  }
}

/**
 * Growth targets as a level test x ≥ a·x0: the multiple of the base a rate `rate` implies after k years,
 * (1 + rate)^k compounded or 1 + rate·k read arithmetically. −100% or below has no level equivalent.
 */
export function growthMultiple(rate: number, k: number, reading: TargetSpec['rateReading']): number {
  if (rate === Infinity) return Infinity;
  if (reading === 'arithmetic') return Math.max(0, 1 + rate * k);
  return rate <= -1 ? 0 : (1 + rate) ** k;
}
