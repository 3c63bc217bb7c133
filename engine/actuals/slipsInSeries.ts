// The entered values of one indicator that look like a slipped decimal point, each read against the base and
// against the year before it. Against the base alone, 9,100 户 entered for 2024 after 66,000, 74,000 and
// 82,000 passed unremarked (郑处长): 91,000 is 1.55 times the base of 58,639, beyond slippedDecimal's quarter,
// yet 1.11 times the year before. The year before is the nearest earlier known value that is not itself
// questioned (so a slip does not make the next good value look slipped); with none, the nearest later one.

import { COUNT_SLIP_FROM_YEAR_BEFORE, slippedDecimal } from './slippedDecimal.ts';

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
    const earlier = byYear.filter((k) => k.year < e.year && !questioned.has(k.year)).at(-1);
    const neighbour = earlier ?? byYear.find((k) => k.year > e.year);
    // A year away, a count of a hundred items or more moving tenfold is a slip (钱主任: 82 在库“五上”企业 after
    // 780, 19 高企 after 173); a plan's period away it may be growth.
    const close = neighbour !== undefined && Math.abs(neighbour.year - e.year) <= 2;
    const guess = neighbour
      ? slippedDecimal(e.value, neighbour.value, unit, close ? COUNT_SLIP_FROM_YEAR_BEFORE : undefined)
      : null;
    if (guess === null) continue;
    questioned.add(e.year);
    out.push({ ...e, guess, against: neighbour! });
  }
  return out;
}
