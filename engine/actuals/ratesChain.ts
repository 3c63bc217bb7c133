// An index's actual found again as the chain of yearly growth rates it was computed from (chainRates.ts): the
// scenario keeps the rates beside the levels, so the evaluation can call the level derived and show its
// arithmetic. The rates count only while they still reproduce the stored level: a figure typed over it later
// is the planner's own again, and every year from the base's to this one needs its rate.
import type { Actuals } from '../plan/scenarioSchema.ts';
import { sameFigure } from './sameFigure.ts';

export interface RatesChain {
  /** The year the index is 1 in (the plan's base year). */
  baseYear: number;
  year: number;
  /** Each year's signed growth rate, as a fraction, base year + 1 to `year`. */
  rates: { year: number; rate: number }[];
  value: number;
}

export function ratesChain(
  actuals: Actuals | undefined,
  rates: Actuals | undefined,
  id: string,
  year: number,
  baseYear: number,
): RatesChain | null {
  const value = actuals?.[id]?.[String(year)];
  const given = rates?.[id];
  if (value === undefined || given === undefined || year <= baseYear) return null;
  const chain: RatesChain['rates'] = [];
  let level = 1;
  for (let y = baseYear + 1; y <= year; y++) {
    const rate = given[String(y)];
    if (rate === undefined) return null;
    chain.push({ year: y, rate });
    level *= 1 + rate;
  }
  return sameFigure(level, value) ? { baseYear, year, rates: chain, value } : null;
}

/** The rates that still reproduce some level of their indicator; the rest are dropped with their indicator. */
export function ratesInUse(
  actuals: Actuals | undefined,
  rates: Actuals | undefined,
  baseYear: number,
): Actuals {
  const out: Actuals = {};
  for (const id of Object.keys(rates ?? {}))
    if (Object.keys(actuals?.[id] ?? {}).some((y) => ratesChain(actuals, rates, id, Number(y), baseYear)))
      out[id] = rates![id]!;
  return out;
}
