// What a planner has to ask the statistics office for (基期待补): the base-year values that stand between the
// plan's targets and a verdict, one row per indicator, the indicator whose value unblocks the most targets
// first. Read from a run's result (which targets wait for a base) and the plan (which bases they wait for),
// so it lists exactly the targets the page and the CLI show as waiting.

import type { Plan } from '../plan/planSchema.ts';
import { rootUnknownBases } from '../plan/rootUnknownBases.ts';
import type { Actuals } from '../plan/scenarioSchema.ts';
import type { TargetResult } from '../run/runTypes.ts';

export interface BaseRequest {
  /** The indicator whose base-year value is missing. */
  indicator: string;
  /** The plan's base year: the year the value is asked for. */
  year: number;
  /** Targets that wait for this value (some may also wait for another request's: a share's other parts). */
  targets: string[];
}

/** The targets a result shows as waiting for a base; a target the plan finds not comparable is not asked for one. */
export function waitingForBase(targets: readonly Pick<TargetResult, 'id' | 'needs' | 'verdict'>[]): string[] {
  return targets.filter((t) => t.needs === 'base' && t.verdict.code !== 'not-comparable').map((t) => t.id);
}

/**
 * `waiting`: target ids the run left without a verdict for want of a base (`waitingForBase`). `actuals`: the
 * scenario's entered values; a base entered there, or observed in the plan, is not asked for again.
 */
export function baseRequests(plan: Plan, waiting: readonly string[], actuals: Actuals = {}): BaseRequest[] {
  const year = plan.meta.baseYear;
  const observed = new Set(plan.observations.filter((o) => o.year === year).map((o) => o.indicator));
  const known = (id: string) => observed.has(id) || actuals[id]?.[String(year)] !== undefined;
  const byTarget = new Map(plan.targets.map((t) => [t.id, t]));
  const requests = new Map<string, string[]>();
  for (const id of waiting) {
    const indicator = byTarget.get(id)?.indicator;
    if (indicator === undefined) continue;
    for (const root of rootUnknownBases(plan, indicator)) {
      if (known(root)) continue;
      requests.set(root, [...(requests.get(root) ?? []), id]);
    }
  }
  const order = new Map(plan.indicators.map((ind, k) => [ind.id, k]));
  return [...requests]
    .map(([indicator, targets]) => ({ indicator, year, targets }))
    .sort((a, b) => b.targets.length - a.targets.length || order.get(a.indicator)! - order.get(b.indicator)!);
}
