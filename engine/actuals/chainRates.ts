// Yearly growth rates of a rate-only indicator chained into its index: base year = 1, each year the last
// times (1 + its rate). A year's index needs every rate before it: a rate after a missing year is refused,
// with the year that is missing; a year given twice with different rates is refused whole, like any
// conflicting duplicate, and the years after it wait for it. Other candidates pass unchanged. The rates
// chained are returned beside the levels: kept in the scenario, they let the evaluation call a level derived
// and show its arithmetic (ratesChain.ts), not pass it off as a figure the planner entered.
import type { Actuals } from '../plan/scenarioSchema.ts';
import { at, type IssueSink } from './issueSink.ts';
import type { Candidate } from './readObservation.ts';

export function chainRates(
  candidates: readonly Candidate[],
  baseYear: number,
  sink: IssueSink,
): { candidates: Candidate[]; rates: Actuals } {
  const out = candidates.filter((c) => c.rate === undefined);
  const chainedRates: Actuals = {};
  const byId = new Map<string, Candidate[]>();
  for (const c of candidates) if (c.rate !== undefined) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  for (const [id, given] of byId) {
    // Rates of decline are written positive (下降2.8%); a negative figure among them (−3.2, 1.5, −2.5) says the
    // figures are signed growth rates, the positive one a rise. Read as falls, each sign had been a fall.
    // All negative, they read the same either way, as the falls they are.
    const signs = new Set(given.filter((x) => x.rate === 'fall').map((x) => Math.sign(x.signed ?? 0)));
    const mixed = signs.has(-1) && signs.has(1);
    const signed = signs.has(-1);
    const rates = signed ? given.map((x) => ({ ...x, value: x.signed ?? x.value })) : given;
    const byYear = new Map<number, Candidate[]>();
    for (const c of rates) byYear.set(c.year, [...(byYear.get(c.year) ?? []), c]);
    let level = 1;
    let missing: number | null = null;
    const chained: number[] = [];
    const last = Math.max(...byYear.keys());
    for (let year = baseYear + 1; year <= last; year++) {
      const given = byYear.get(year) ?? [];
      const c = given[0];
      if (c && given.some((x) => Math.abs(x.value - c.value) > 1e-12)) {
        sink.add('error', at(c.row, null, null), 'conflictingDuplicates', {
          indicator: id,
          year,
          count: given.length,
          rows: given.slice(0, 5).map((x) => ({ row: x.row, raw: x.raw })),
        });
        missing ??= year;
        continue;
      }
      if (!c) {
        missing ??= year;
        continue;
      }
      if (missing !== null) {
        sink.add('error', at(c.row, c.col, c.raw), 'rateChainGap', {
          indicator: id,
          year,
          missing,
          first: baseYear + 1,
        });
        continue;
      }
      level *= 1 + c.value;
      chained.push(year);
      chainedRates[id] ??= {};
      chainedRates[id][String(year)] = c.value;
      const { rate: _rate, signed: _signed, ...levelOf } = c;
      out.push({ ...levelOf, value: level });
    }
    if (chained.length > 0) {
      const first = rates.reduce((a, x) => (x.row < a.row ? x : a));
      sink.add(mixed ? 'warning' : 'info', at(first.row, null, null), 'ratesChained', {
        indicator: id,
        years: chained.length === 1 ? String(chained[0]) : `${chained[0]}–${chained.at(-1)}`,
        base: baseYear,
        falls: !signed && rates.some((x) => x.rate === 'fall'),
        mixed,
      });
    }
  }
  return { candidates: out, rates: chainedRates };
}
