// Targets whose year is already past with no observation of that year: their verdict is the model's
// estimate of a year that has happened, not its outcome. What to ask the statistics office for: each such
// target's indicator in its target year, one request per indicator and year, the most-needed first. The
// current year is the caller's (the page's clock, a CLI option), so the engine stays a function of its inputs.
import { isLowerBound } from '../plan/isLowerBound.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import type { TargetResult } from '../run/runTypes.ts';
import type { BaseRequest } from './baseRequests.ts';
import { settledIn } from './settledIn.ts';

export function pastYearRequests(
  plan: Plan,
  targets: readonly Pick<TargetResult, 'id' | 'indicator' | 'year' | 'verdict' | 'latest' | 'quota'>[],
  currentYear: number,
  actuals: Actuals = {},
): BaseRequest[] {
  // A published floor (突破23万户) is not the figure: it is still asked for.
  const observed = new Set(
    plan.observations.filter((o) => !isLowerBound(o.provenance)).map((o) => `${o.indicator}:${o.year}`),
  );
  const known = (id: string, year: number) =>
    observed.has(`${id}:${year}`) || actuals[id]?.[String(year)] !== undefined;
  const requests = new Map<string, BaseRequest>();
  for (const t of targets) {
    if (t.year >= currentYear || t.verdict.code === 'not-comparable' || settledIn(t) !== null) continue;
    if (known(t.indicator, t.year)) continue;
    const key = `${t.indicator}:${t.year}`;
    const r = requests.get(key) ?? { indicator: t.indicator, year: t.year, targets: [], progress: [] };
    r.targets.push(t.id);
    requests.set(key, r);
  }
  const order = new Map(plan.indicators.map((ind, k) => [ind.id, k]));
  return [...requests.values()].sort(
    (a, b) =>
      a.year - b.year ||
      b.targets.length - a.targets.length ||
      order.get(a.indicator)! - order.get(b.indicator)!,
  );
}
