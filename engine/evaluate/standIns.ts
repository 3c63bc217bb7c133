// The assumptions that stand in, in this run, for what the plan lacks for an indicator: a record of delivery
// (noRecord) or its history (a generated plan's noHistory default 5% ± 3%), when nothing of it, nor of those it
// moves through, is observed after the base year. A target on it has no verdict of its own (待补执行记录 /
// 待补历史数据), and an answer reckoned from it (goal-seek's) rests on it and says so.
import type { Plan } from '../plan/planSchema.ts';
import type { RunSetup } from '../run/resolveScenario.ts';
import { recordlessIndicators } from './recordlessIndicators.ts';

/** Indicator id → the parameters standing in for its record or history in this run (none: []). */
export function standIns(plan: Plan, setup: RunSetup): (indicator: string) => Plan['parameters'][number][] {
  const recordless = recordlessIndicators(plan);
  const observedAfterBase = (id: string) => [...(setup.actuals.get(id)?.keys() ?? [])].some((k) => k > 0);
  const standsIn = standingIn(plan, setup);
  return (indicator) => {
    const paced = recordless.get(indicator);
    return paced === undefined || observedAfterBase(indicator) || [...paced.keys()].some(observedAfterBase)
      ? []
      : [...new Set([...paced.values()].flat())].flatMap((id) => standsIn(id) ?? []);
  };
}

/**
 * The parameter, when it stands in for what the plan lacks in this run: a `noRecord` one always, a
 * `noHistory` default unless the scenario set its value (the planner's own assumption, labelled as such).
 */
function standingIn(plan: Plan, setup: RunSetup): (id: string) => Plan['parameters'][number] | null {
  const resolved = new Map(setup.parameters.map((p) => [p.id, p.value]));
  const replacedByHistory = new Set(setup.historyRates.map((h) => h.parameter));
  const byId = new Map(plan.parameters.map((p) => [p.id, p]));
  return (id) => {
    const p = byId.get(id);
    if (!p) return null;
    if (p.noRecord) return p;
    const setByScenario = resolved.get(id) !== p.value && !replacedByHistory.has(id);
    return p.noHistory && !setByScenario ? p : null;
  };
}
