// Which scenarios of a comparison run on other entered data than the first: their differences from it come
// partly from the data, not only from the assumptions, and the comparison says so by name. Compared as the
// breakdown compares them (scenarioChanges): the actuals with the rates they were chained from.
import type { Working } from '../state/scenarioOps.ts';

/** The places (after the first) of the scenarios whose entered actuals differ from the first's. */
export function differentData(scenarios: readonly Working[]): number[] {
  const data = scenarios.map((s) => JSON.stringify([s.actuals ?? null, s.actualRates ?? null]));
  return data.flatMap((d, i) => (i > 0 && d !== data[0] ? [i] : []));
}
