// The values a planner entered that look mistyped — a slipped decimal point (slippedDecimal), a year-end total
// for a year's addition, a year of a flow far out of line (outlyingFlows) — kept as entered. A pasted 4.25 for a
// 城镇化率 of 41.5% is read with a question, and the verdict then rests on it: the verdict says so wherever it
// is read, not only the paste's message (which is gone after a reload or behind a link).

import type { Plan, Text } from '../plan/planSchema.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import { flowPaces } from './flowPaces.ts';
import { baseValue, enteredValues, knownValues } from './knownValues.ts';
import { type OutlyingFlow, outlyingFlows } from './outlyingFlows.ts';
import { indicatorFacts } from './readObservation.ts';
import { slipsInSeries } from './slipsInSeries.ts';
import { stockJumps } from './stockJumps.ts';
import { stockPaces } from './stockPaces.ts';
import { valuesApart } from './valuesApart.ts';

export interface QuestionedActual {
  indicator: string;
  /** The indicator's name and unit, so the question reads on its own wherever it is shown. */
  name: Text;
  unit: string;
  year: number;
  /** As entered, in the indicator's unit (a share as a fraction). */
  value: number;
  /**
   * The value with its decimal point moved back; for `stock`, the year's addition the totals give; NaN for an
   * `outlier`, which has no one value to suggest.
   */
  guess: number;
  /**
   * Why: a slipped decimal point, a yearly figure that looks like the total (the stock the plan prints), or a
   * year of a flow far above both its plan pace and its other years (outlyingFlows), a stock's rise far above
   * its step (jump), or a stock's value far off both its neighbours, which agree (apart, valuesApart).
   */
  why: 'decimal' | 'stock' | 'outlier' | 'jump' | 'apart';
  /**
   * For an `outlier`: the plan's pace a year and the median of the other years it was read against; for a `jump`
   * (a stock's rise, stockJumps) the same of the rises a year, and `step`, this year's rise.
   */
  against?: { pace: number; others: number; step?: number };
  /** For `apart` (valuesApart): the nearest known values either side, which agree with each other. */
  beside?: { before: number; after: number };
}

/** An entered value asked about, with the indicator's name and unit. */
function asked(ind: Plan['indicators'][number], year: number, value: number, guess: number) {
  return { indicator: ind.id, name: ind.name, unit: ind.unit, year, value, guess };
}

/** Years asked about already for `indicator`. */
function askedYears(out: readonly QuestionedActual[], indicator: string): Set<number> {
  return new Set(out.filter((q) => q.indicator === indicator).map((q) => q.year));
}

/** A year out of line (outlyingFlows, stockJumps) as a question, unless asked about already. */
function outOfLine(
  ind: Plan['indicators'][number],
  why: 'outlier' | 'jump',
  found: readonly (OutlyingFlow & { step?: number })[],
  seen: ReadonlySet<number>,
): QuestionedActual[] {
  return found
    .filter((o) => !seen.has(o.year))
    .map((o) => ({
      ...asked(ind, o.year, o.value, Number.NaN),
      why,
      against: { pace: o.pace, others: o.others, ...(o.step === undefined ? {} : { step: o.step }) },
    }));
}

/**
 * Entered values (a scenario's or a paste's actuals) that look slipped against the plan's base or the year
 * before them (slipsInSeries), like the total the plan prints, or out of line as a flow, by indicator and year.
 */
export function questionedActuals(plan: Plan, entered: Actuals | undefined): QuestionedActual[] {
  if (!entered) return [];
  const facts = indicatorFacts(plan);
  const paces = flowPaces(plan);
  const steps = stockPaces(plan, (id) => facts.base(id));
  const out: QuestionedActual[] = [];
  for (const [indicator, byYear] of Object.entries(entered)) {
    const ind = plan.indicators.find((i) => i.id === indicator);
    if (!ind || facts.isIndex(indicator)) continue;
    for (const s of slipsInSeries(
      enteredValues(byYear),
      knownValues(plan, indicator, byYear, facts.base(indicator)),
      ind.unit,
      baseValue(plan, facts.base(indicator)),
    ))
      out.push({ ...asked(ind, s.year, s.value, s.guess), why: 'decimal' });
    // A yearly figure as large as the total the plan prints under its name (347 家 against 312 in 2020, for
    // 每年新增30家): the verdict on it had read 快于预期 752% with nothing beside it.
    const stock = facts.stock(indicator);
    if (stock) {
      // The year's addition, were these totals: less the total the year before (entered, or the plan's).
      const totals = new Map(enteredValues(byYear).map((v) => [v.year, v.value]));
      totals.set(stock.year, totals.get(stock.year) ?? stock.value);
      for (const [year, value] of totals) {
        if (year === stock.year && !(String(year) in byYear)) continue;
        if (value < stock.value / 2) continue;
        out.push({ ...asked(ind, year, value, value - (totals.get(year - 1) ?? Number.NaN)), why: 'stock' });
      }
    }
    const base = facts.base(indicator);
    const pace = paces.get(indicator);
    if (pace !== undefined) {
      const found = outlyingFlows(enteredValues(byYear), knownValues(plan, indicator, byYear, base), pace);
      out.push(...outOfLine(ind, 'outlier', found, askedYears(out, indicator)));
    }
    const step = steps.get(indicator);
    if (step !== undefined) {
      // A lone value far off both neighbours first: a 1,234 between 68,000 and 80,100 is the slip, and the
      // rise to 80,100 after it no jump.
      const already = askedYears(out, indicator);
      const unasked = (k: { year: number }) => !already.has(k.year);
      for (const a of valuesApart(
        enteredValues(byYear).filter(unasked),
        knownValues(plan, indicator, byYear, base).filter(unasked),
      ))
        out.push({
          ...asked(ind, a.year, a.value, Number.NaN),
          why: 'apart',
          beside: { before: a.before.value, after: a.after.value },
        });
      // Read without the values asked about already: a slipped 8,000 makes the right figure after it rise tenfold.
      const seen = askedYears(out, indicator);
      const known = knownValues(plan, indicator, byYear, base).filter((k) => !seen.has(k.year));
      const found = stockJumps(
        enteredValues(byYear).filter((k) => !seen.has(k.year)),
        known,
        step,
      );
      out.push(...outOfLine(ind, 'jump', found, seen));
    }
  }
  return out;
}
