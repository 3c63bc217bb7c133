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
  /** The value with its decimal point moved back. */
  guess: number;
}

/**
 * Entered values (a scenario's or a paste's actuals) that look slipped against the plan's base or the year
 * before them (slipsInSeries), by indicator and year.
 */
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
      out.push({ indicator, name: ind.name, unit: ind.unit, year: s.year, value: s.value, guess: s.guess });
  }
  return out;
}
