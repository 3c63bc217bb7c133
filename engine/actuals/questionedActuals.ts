// The values a planner entered that look like a slipped decimal point (slippedDecimal), kept as entered. A
// pasted 4.25 for a 城镇化率 of 41.5% is read with a question, and the verdict then rests on it: the verdict
// says so wherever it is read, not only the paste's message (which is gone after a reload or behind a link).

import type { Plan, Text } from '../plan/planSchema.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import { baseValue, enteredValues, knownValues } from './knownValues.ts';
import { indicatorFacts } from './readObservation.ts';
import { slipsInSeries } from './slipsInSeries.ts';

export interface QuestionedActual {
  indicator: string;
  /** The indicator's name and unit, so the question reads on its own wherever it is shown. */
  name: Text;
  unit: string;
  year: number;
  /** As entered, in the indicator's unit (a share as a fraction). */
  value: number;
  /** The value with its decimal point moved back; for `stock`, the year's addition the totals give. */
  guess: number;
  /** Why: a slipped decimal point, or a yearly figure that looks like the total (the stock the plan prints). */
  why: 'decimal' | 'stock';
}

/**
 * Entered values (a scenario's or a paste's actuals) that look slipped against the plan's base or the year
 * before them (slipsInSeries), by indicator and year.
 */
function asked(ind: Plan['indicators'][number], year: number, value: number, guess: number) {
  return { indicator: ind.id, name: ind.name, unit: ind.unit, year, value, guess };
}

export function questionedActuals(plan: Plan, entered: Actuals | undefined): QuestionedActual[] {
  if (!entered) return [];
  const facts = indicatorFacts(plan);
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
    if (!stock) continue;
    // The year's addition, were these totals: less the total the year before (entered, or the plan's).
    const totals = new Map(enteredValues(byYear).map((v) => [v.year, v.value]));
    totals.set(stock.year, totals.get(stock.year) ?? stock.value);
    for (const [year, value] of totals) {
      if (year === stock.year && !(String(year) in byYear)) continue;
      if (value < stock.value / 2) continue;
      out.push({ ...asked(ind, year, value, value - (totals.get(year - 1) ?? Number.NaN)), why: 'stock' });
    }
  }
  return out;
}
