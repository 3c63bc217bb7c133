// The feasibility fixture plan (tests/fixtures/feasibility): two parts and their sum, a GDP with a base
// derived from other figures, a base-unknown part, a count quota, a milestone, a "超过" count target, a
// not-comparable ratio and a qualitative target.
import { readFileSync } from 'node:fs';
import { applyStatistics } from '../../engine/plan/applyStatistics.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { loadStatistics } from '../../engine/plan/loadStatistics.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import type { Scenario, ScenarioInput } from '../../engine/plan/scenarioSchema.ts';

const json = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/feasibility/${name}`, import.meta.url), 'utf8'));

export const fixturePlanJson = (): Record<string, unknown> => json('plan.json') as Record<string, unknown>;
export const feasibilityPlan = (): Plan => loadPlan(fixturePlanJson(), 'plan.json');
export const fixtureStatistics = () => loadStatistics(json('statistics.json'), 'statistics.json');
export const withStatistics = (): Plan => applyStatistics(feasibilityPlan(), fixtureStatistics()).plan;

/** A scenario that only pins actuals. */
export function actualsScenario(actuals: Record<string, Record<string, number>>): Scenario {
  const s: ScenarioInput = { format: 'planpath/scenario@1', name: { zh: '实际值' }, actuals };
  return s as Scenario;
}
