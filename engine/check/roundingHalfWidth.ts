// The precision a printed figure carries, for comparing figures that were each rounded for print.
import { printedDecimals } from '../report/printedDecimals.ts';

/**
 * Half a unit of the last printed digit of a figure: 0.1527 (15.27 %) → 0.00005, 0.12 (12 %) → 0.005,
 * 96.5 → 0.05, 170 → 0.5. Figures that disagree by less than their rounding are not inconsistent.
 */
export function roundingHalfWidth(v: number, percent: boolean): number {
  const half = 0.5 * 10 ** -printedDecimals(percent ? v * 100 : v);
  return percent ? half / 100 : half;
}
