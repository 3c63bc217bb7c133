// The values an entered figure is read against (slipsInSeries): the base, the published figures and the other
// entered values of its indicator, by year, in its unit. The paste (warnSlipsInSeries) and the verdict
// (questionedActuals) read them alike.
import type { Plan } from '../plan/planSchema.ts';
import type { KnownValue } from './slipsInSeries.ts';

/** A year → value record as a list. */
export function enteredValues(byYear: Record<string, number>): KnownValue[] {
  return Object.entries(byYear).map(([year, value]) => ({ year: Number(year), value }));
}

/** The plan's base, at its base year. */
export function baseValue(plan: Plan, base: number | undefined): KnownValue | undefined {
  return base === undefined ? undefined : { year: plan.meta.baseYear, value: base };
}

/** What an entered value is read against: the base, the published figures and the other entered values. */
export function knownValues(
  plan: Plan,
  indicator: string,
  byYear: Record<string, number>,
  base: number | undefined,
): KnownValue[] {
  const published = plan.observations
    .filter((o) => o.indicator === indicator && byYear[String(o.year)] === undefined)
    .map((o) => ({ year: o.year, value: o.value }));
  const b = baseValue(plan, base);
  return [...(b ? [b] : []), ...published, ...enteredValues(byYear)];
}
