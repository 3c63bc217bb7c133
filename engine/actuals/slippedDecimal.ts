// A value whose decimal point looks moved by one place: 4.25 typed for a 城镇化率 of 41.5%, 70.26 for 702.6
// 亿元. Questioned when it lies 5–30 times from the base it is read against and the point moved one place lands
// within a quarter of that base. Small counts are left alone: a count of a few firms may grow tenfold in a
// plan's period (12 firms to 120). Reading a pasted value (readObservation) and judging a verdict on it
// (questionedActuals) ask the same question, so the page flags the same values in both places.

import { parseUnit } from '../units/unitFactor.ts';
import { COUNT_BASES } from './countBases.ts';

/** How far from its base a value may lie before a slipped decimal point is looked for. */
const SLIP_FROM = 5;
/** Items from which a count is too large to grow tenfold in a plan's period, so a tenfold slip is questioned. */
const COUNT_SLIP_FROM = 10_000;
/** From this far on a value is questioned as far from its base, not as a slipped point. */
const SLIP_TO = 30;

/** Items from which a count does not move tenfold from one year to the next (82 在库“五上”企业 after 780). */
export const COUNT_SLIP_FROM_YEAR_BEFORE = 100;

/**
 * The value with its decimal point moved one place, when the value looks slipped against `base` (both in the
 * indicator's `unit`); null otherwise. `countFrom`: the items from which a count is questioned — a base a plan's
 * period away may be ten times smaller (COUNT_SLIP_FROM), the year before hardly (COUNT_SLIP_FROM_YEAR_BEFORE).
 */
export function slippedDecimal(
  value: number,
  base: number,
  unit: string,
  countFrom = COUNT_SLIP_FROM,
): number | null {
  if (!(base > 0) || !(value > 0)) return null;
  // A count of a few hundred may grow tenfold over a plan's period (12 firms to 120); a population of 726,000
  // (72.6 万人) may not: 715 typed for 71.5 万人 had been read without a word (钱主任).
  const parsed = parseUnit(unit);
  if (COUNT_BASES.has(parsed.base) && base * parsed.magnitude < countFrom) return null;
  const ratio = Math.max(value / base, base / value);
  if (ratio < SLIP_FROM || ratio >= SLIP_TO) return null;
  for (const k of [10, 0.1]) {
    const moved = value * k;
    if (Math.abs(moved / base - 1) <= 0.25) return Number(moved.toPrecision(12));
  }
  return null;
}
