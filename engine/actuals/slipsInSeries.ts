// The entered values of one indicator that look like a slipped decimal point, each read against the base and
// against the year before it. Against the base alone, 9,100 户 entered for 2024 after 66,000, 74,000 and
// 82,000 passed unremarked (郑处长): 91,000 is 1.55 times the base of 58,639, beyond slippedDecimal's quarter,
// yet 1.11 times the year before. The year before is the nearest earlier known value that is not itself
// questioned (so a slip does not make the next good value look slipped); with none, the nearest later one.
// A value in line with most of the series is never asked about, whatever its neighbour: after 8,000 typed for
// 80,000, the right 95,000 had been read as a slip of 9,500 (and the page offered to "correct" it), while 8,000
// went unremarked. Such a slip is found against the nearest other value it is a tenth (or ten times) of.

import { parseUnit } from '../units/unitFactor.ts';
import { typedAsFraction } from './checkValue.ts';
import { COUNT_SLIP_FROM_YEAR_BEFORE, slippedDecimal } from './slippedDecimal.ts';

/** Within this factor of at least half of a series' other values, a value is in line with them. */
const IN_LINE = 5;

/** A value known for a year: entered, published, or the base. */
export interface KnownValue {
  year: number;
  value: number;
}

export interface SlipInSeries {
  year: number;
  value: number;
  /** The value with its decimal point moved back. */
  guess: number;
  /** What it was read against: the base, or the neighbouring year's value. */
  against: KnownValue;
}

/**
 * `entered`: the values to question; `known`: every value known for the indicator (the base, published figures,
 * the entered values themselves), in its unit. A value is questioned against the base first, then against its
 * neighbour.
 */
export function slipsInSeries(
  entered: readonly KnownValue[],
  known: readonly KnownValue[],
  unit: string,
  base?: KnownValue,
): SlipInSeries[] {
  const byYear = [...known].sort((a, b) => a.year - b.year);
  const questioned = new Set<number>();
  const out: SlipInSeries[] = [];
  for (const e of [...entered].sort((a, b) => a.year - b.year)) {
    const atBase = base ? slippedDecimal(e.value, base.value, unit) : null;
    if (atBase !== null) {
      questioned.add(e.year);
      out.push({ ...e, guess: atBase, against: base! });
      continue;
    }
    if (inLineWithMost(e, byYear)) continue;
    const earlier = byYear.filter((k) => k.year < e.year && !questioned.has(k.year)).at(-1);
    const neighbour = earlier ?? byYear.find((k) => k.year > e.year);
    // Then the other values in line with most of the series, nearest year first: the slip in a series' first
    // year has no good value before it.
    const candidates = [
      ...(neighbour ? [neighbour] : []),
      ...byYear
        .filter((k) => k !== neighbour && k.year !== e.year && !questioned.has(k.year))
        .filter((k) => inLineWithMost(k, byYear))
        .sort((a, b) => Math.abs(a.year - e.year) - Math.abs(b.year - e.year)),
    ];
    for (const k of candidates) {
      const guess = slipAgainst(e, k, unit);
      if (guess === null) continue;
      questioned.add(e.year);
      out.push({ ...e, guess, against: k });
      break;
    }
  }
  return out;
}

/** Whether `e` lies within IN_LINE of at least half of the series' other values (of which there are two or more). */
function inLineWithMost(e: KnownValue, series: readonly KnownValue[]): boolean {
  const others = series.filter((k) => k.year !== e.year);
  const near = others.filter((k) => Math.max(e.value / k.value, k.value / e.value) < IN_LINE);
  return others.length > 1 && 2 * near.length >= others.length;
}

/** `e` with its point moved, if it looks slipped against `k`. */
function slipAgainst(e: KnownValue, k: KnownValue, unit: string): number | null {
  // A year away, a count of a hundred items or more moving tenfold is a slip (钱主任: 82 在库“五上”企业 after
  // 780, 19 高企 after 173); a plan's period away it may be growth.
  const close = Math.abs(k.year - e.year) <= 2;
  // A share typed as a fraction (0.68 after 66, read as 0.68%): with no base to refuse it against (checkValue),
  // it had driven the verdict (所需 +34.66个百分点/年) with a note at the paste alone. Its point moved two places.
  if (parseUnit(unit).base === '%' && typedAsFraction(e.value, k.value))
    return Number((e.value * 100).toPrecision(12));
  return slippedDecimal(e.value, k.value, unit, close ? COUNT_SLIP_FROM_YEAR_BEFORE : undefined);
}
