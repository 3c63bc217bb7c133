// What a target compares with its threshold, read off a simulated path, and whether it is met. Shared by
// the Monte Carlo statistics, the deterministic path and the analytics, so all three agree on "met".
import type { Comparator, TargetKind } from '../plan/planSchema.ts';

/** Relative slack for ≥ and ≤, so that a path landing exactly on a target counts as meeting it. */
const EPS = 1e-9;
const DEFAULT_TOLERANCE = 0.02;

export interface TargetSpec {
  kind: Exclude<TargetKind, 'qualitative'>;
  comparator: Comparator;
  value: number | [number, number];
  tolerance?: number | undefined;
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
    case '<=':
      return [-Infinity, x + slack];
    case '~=': {
      const tol = (spec.tolerance ?? DEFAULT_TOLERANCE) * Math.abs(x);
      return [x - tol, x + tol];
    }
  }
}

export function isMet(spec: TargetSpec, measured: number): boolean {
  if (Number.isNaN(measured)) return false;
  const v = spec.value;
  switch (spec.comparator) {
    case '>=':
      return measured >= (v as number) - EPS * Math.abs(v as number);
    case '<=':
      return measured <= (v as number) + EPS * Math.abs(v as number);
    case '~=':
      return (
        Math.abs(measured - (v as number)) <= (spec.tolerance ?? DEFAULT_TOLERANCE) * Math.abs(v as number)
      );
    case 'range': {
      // A printed range ("3-5家") is met once its lower end is reached; the upper end is the aspiration.
      const low = Array.isArray(v) ? v[0] : v;
      return measured >= low - EPS * Math.abs(low);
    }
  }
}

/**
 * The measured quantity in year index `y` (0 = base year) of one path, whose values for year k sit at
 * `values[k·stride + offset]`:
 * - level / share: x[y];  growth: (x[y] / x[0])^(1/y) − 1;  increase: x[y] − x[0];
 * - quota: the smallest yearly value over years 1..y (every year must meet the quota).
 */
export function measureAt(
  kind: TargetSpec['kind'],
  values: Float64Array,
  stride: number,
  offset: number,
  y: number,
): number {
  const x = values[y * stride + offset]!;
  switch (kind) {
    case 'level':
    case 'share':
      return x;
    case 'growth': {
      const x0 = values[offset]!;
      return y === 0 || x0 <= 0 ? Number.NaN : (x / x0) ** (1 / y) - 1;
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
