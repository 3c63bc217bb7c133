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
  /**
   * Targets judged without it (a level on its latest figure) whose 完成进度 still waits for it: 高新技术企业 173
   * in 2023 read 进度待补基期 with nowhere to enter the 2020 count (孙科长).
   */
  progress: string[];
}

/** The targets a result shows as waiting for a base; a target the plan finds not comparable is not asked for one. */
export function waitingForBase(targets: readonly Pick<TargetResult, 'id' | 'needs' | 'verdict'>[]): string[] {
  return targets.filter((t) => t.needs === 'base' && t.verdict.code !== 'not-comparable').map((t) => t.id);
}

/**
 * The targets a result judged without their base (a level or share on its latest figure), whose progress still
 * needs it. A quota needs none, and a milestone measures no progress.
 */
export function progressWaitingForBase(
  targets: readonly Pick<TargetResult, 'id' | 'kind' | 'needs' | 'verdict' | 'baseSource'>[],
): string[] {
  return targets
    .filter(
      (t) =>
        t.needs !== 'base' &&
        t.baseSource === 'unknown' &&
        t.kind !== 'quota' &&
        t.kind !== 'milestone' &&
        t.verdict.code !== 'not-comparable',
    )
    .map((t) => t.id);
}

/**
 * `waiting`: target ids the run left without a verdict for want of a base (`waitingForBase`); `progress`: those
 * judged without it whose progress waits for it (`progressWaitingForBase`). `actuals`: the scenario's entered
 * values; a base entered there, or observed in the plan, is not asked for again.
 */
export function baseRequests(
  plan: Plan,
  waiting: readonly string[],
  actuals: Actuals = {},
  progress: readonly string[] = [],
): BaseRequest[] {
  const year = plan.meta.baseYear;
  const observed = new Set(plan.observations.filter((o) => o.year === year).map((o) => o.indicator));
  const known = (id: string) => observed.has(id) || actuals[id]?.[String(year)] !== undefined;
  const byTarget = new Map(plan.targets.map((t) => [t.id, t]));
  const requests = new Map<string, BaseRequest>();
  const ask = (ids: readonly string[], list: 'targets' | 'progress') => {
    for (const id of ids) {
      const indicator = byTarget.get(id)?.indicator;
      if (indicator === undefined) continue;
      for (const root of rootUnknownBases(plan, indicator)) {
        if (known(root)) continue;
        const r = requests.get(root) ?? { indicator: root, year, targets: [], progress: [] };
        requests.set(root, r);
        r[list].push(id);
      }
    }
  };
  ask(waiting, 'targets');
  ask(progress, 'progress');
  const order = new Map(plan.indicators.map((ind, k) => [ind.id, k]));
  return [...requests.values()].sort(
    (a, b) =>
      b.targets.length - a.targets.length ||
      b.progress.length - a.progress.length ||
      order.get(a.indicator)! - order.get(b.indicator)!,
  );
}
