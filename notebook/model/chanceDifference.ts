// The difference of two chances as a table shows them: 99% and 65% differ by 34, though 0.9862 − 0.6541
// rounds to 33 (郑处长 subtracted the two in his head). A chance shown as >99% or <1% is taken at 99 or 1.

/** A chance in whole percent as the tables show it, >99% and <1% read as 99 and 1. */
export function shownPercent(p: number): number {
  return Math.min(99, Math.max(1, Math.round(p * 100)));
}

/** `p` − `from`, in whole points, as shown. */
export function chanceDifference(p: number, from: number): number {
  return shownPercent(p) - shownPercent(from);
}
