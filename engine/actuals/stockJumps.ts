// A year in which a counted stock rises far faster than both the plan's yearly step and its rise in the other
// years: incubators entered as 1, 2 and 40 (a plan of five more over the period) had read 已提前达到, progress
// 1,111%, without a question — most likely 4 typed as 40. Questioned, never refused. Each year's rise is read
// from the value before it (the base, a published figure or another entered year), per year between them.
import { type OutlyingFlow, outlyingFlows } from './outlyingFlows.ts';
import type { KnownValue } from './slipsInSeries.ts';

export interface StockJump extends OutlyingFlow {
  /** The rise a year to it from the value before. */
  step: number;
}

/** Rises a year, each at the later year of a pair of neighbouring known values. */
function rises(known: readonly KnownValue[]): KnownValue[] {
  const s = [...known].sort((a, b) => a.year - b.year);
  return s.slice(1).map((k, i) => ({ year: k.year, value: (k.value - s[i]!.value) / (k.year - s[i]!.year) }));
}

/** Of `entered`, the years whose rise is out of line (outlyingFlows over the rises), with their levels. */
export function stockJumps(
  entered: readonly KnownValue[],
  known: readonly KnownValue[],
  pace: number,
): StockJump[] {
  const all = rises(known);
  const years = new Set(entered.map((e) => e.year));
  const level = new Map(known.map((k) => [k.year, k.value]));
  return outlyingFlows(
    all.filter((r) => years.has(r.year)),
    all,
    pace,
  ).map((o) => ({ ...o, step: o.value, value: level.get(o.year)! }));
}
