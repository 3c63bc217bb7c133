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

/**
 * A target level printed as a round number is rounded at its last non-zero digit, to two significant digits at
 * most: 750亿元 stands for 745–755 (a plan prints 520 × 1.075⁵ = 746.5 as 750), 1200 for 1150–1250, 600 for
 * 595–605 (a one-digit reading, 550–650, would excuse any rate). Read as exact to the unit, 750 beside 7.5% a
 * year had been called a 矛盾 (a tester). Figures with decimals keep their printed precision, and so does one
 * whose digits the `printed` figure does not show (4.5万户 kept as 45000 户: its zeros come from the unit).
 */
export function targetRoundingHalfWidth(v: number, printed?: string): number {
  if (!Number.isInteger(v) || v === 0) return roundingHalfWidth(v, false);
  if (printed !== undefined && !printed.replace(/[,，]/g, '').includes(String(Math.abs(v))))
    return roundingHalfWidth(v, false);
  let zeros = 0;
  for (let n = Math.abs(v); n % 10 === 0; n /= 10) zeros++;
  const digits = String(Math.abs(v)).length;
  return 0.5 * 10 ** Math.min(zeros, Math.max(0, digits - 2));
}
