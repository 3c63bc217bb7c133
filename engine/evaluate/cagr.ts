/**
 * Compound annual growth rate from `from` to `to` over `years` years: (to/from)^(1/years) − 1.
 * null when it is undefined: no time elapsed, a non-positive start, or a sign change.
 */
export function cagr(from: number, to: number, years: number): number | null {
  if (!(years > 0) || !(from > 0) || !(to >= 0) || !Number.isFinite(from) || !Number.isFinite(to))
    return null;
  return (to / from) ** (1 / years) - 1;
}
