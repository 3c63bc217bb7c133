// The precision a printed figure carries, for comparing figures that were each rounded for print.

/**
 * Half a unit of the last printed digit of a figure: 0.1527 (15.27 %) → 0.00005, 0.12 (12 %) → 0.005,
 * 96.5 → 0.05, 170 → 0.5. Figures that disagree by less than their rounding are not inconsistent.
 */
export function roundingHalfWidth(v: number, percent: boolean): number {
  const x = Math.abs(percent ? v * 100 : v);
  const text = Number(x.toPrecision(10)).toString();
  const decimals = text.includes('e') ? 0 : (text.split('.')[1]?.length ?? 0);
  const half = 0.5 * 10 ** -decimals;
  return percent ? half / 100 : half;
}
