// A year of a flow far above both the plan's pace and the flow's other years: 90 专精特新 entered after 8 and
// 12, against a quota of 8 a year, had been used without a word and read 快于预期 at 733% of the planned path —
// most likely a digit typed twice. Questioned, never refused: the planner may know of a year that was so.
// Only a year above is asked about: one below is a shortfall the quota's verdict already reports as missed,
// while one too high inflates progress with nothing to show for it.
import { medianOf } from './medianOf.ts';
import type { KnownValue } from './slipsInSeries.ts';

/** How many times both its plan pace and its other years a yearly figure must be to be questioned. */
export const FLOW_OUTLIER_TIMES = 5;

export interface OutlyingFlow {
  year: number;
  value: number;
  /** The plan's pace a year it was read against (flowPaces). */
  pace: number;
  /** The median of the flow's other years known (entered, published, the base year's). */
  others: number;
}

/**
 * Of `entered`, the years at least FLOW_OUTLIER_TIMES both `pace` and the median of the other years in `known`
 * (every value known for the flow, the entered ones among them). A year with no other to read it against is
 * not asked about.
 */
export function outlyingFlows(
  entered: readonly KnownValue[],
  known: readonly KnownValue[],
  pace: number,
): OutlyingFlow[] {
  if (!(pace > 0)) return [];
  return entered.flatMap((e) => {
    const rest = known.filter((k) => k.year !== e.year).map((k) => k.value);
    if (rest.length === 0) return [];
    const others = medianOf(rest);
    const out = e.value >= FLOW_OUTLIER_TIMES * pace && e.value >= FLOW_OUTLIER_TIMES * others;
    return out ? [{ year: e.year, value: e.value, pace, others }] : [];
  });
}

/** The unit a pace or a median of years is said in: the words say "a year" (每年), so 家/年 reads 家. */
export function perYear(unit: string): string {
  return unit.replace(/\s*\/\s*(年|yr|year)$/, '');
}
