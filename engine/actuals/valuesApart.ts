// A value of a stock far below (or above) both its neighbours where they agree: 个体工商户 entered as 61,234,
// 68,000, 1,234 and 80,100 had gone unasked about at 1,234 (55 times below both sides, beyond a slipped point's
// 5–30 times), while the right 80,100 after it was questioned as a jump of 78,866 a year. A stock does not fall
// to a fifth and come back: the lone value is the one to ask about. Questioned, never refused.
import { FLOW_OUTLIER_TIMES } from './outlyingFlows.ts';
import type { KnownValue } from './slipsInSeries.ts';

/** Within this factor of each other, the values either side agree. */
const AGREE = 2;

export interface ValueApart extends KnownValue {
  /** The nearest known values before and after it. */
  before: KnownValue;
  after: KnownValue;
}

const ratio = (a: number, b: number) => Math.max(a / b, b / a);

/**
 * Of `entered`, the values FLOW_OUTLIER_TIMES or more off both their nearest neighbours in `known` (every
 * value known for the stock), on the same side of both, where those two neighbours agree within AGREE.
 */
export function valuesApart(entered: readonly KnownValue[], known: readonly KnownValue[]): ValueApart[] {
  const s = [...known].sort((a, b) => a.year - b.year);
  return entered.flatMap((e) => {
    const before = s.filter((k) => k.year < e.year).at(-1);
    const after = s.find((k) => k.year > e.year);
    if (!before || !after || !(e.value > 0 && before.value > 0 && after.value > 0)) return [];
    const below = e.value < before.value && e.value < after.value;
    const above = e.value > before.value && e.value > after.value;
    const apart =
      (below || above) &&
      ratio(e.value, before.value) >= FLOW_OUTLIER_TIMES &&
      ratio(e.value, after.value) >= FLOW_OUTLIER_TIMES &&
      ratio(before.value, after.value) < AGREE;
    return apart ? [{ year: e.year, value: e.value, before, after }] : [];
  });
}
