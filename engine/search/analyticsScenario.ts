// Small helpers every analytic shares: a scenario to modify when the caller has none, a copy with one lever
// or parameter changed, and the abort check between runs.
import type { Plan } from '../plan/planSchema.ts';
import { SCENARIO_FORMAT, type Scenario } from '../plan/scenarioSchema.ts';

/** The caller's scenario, or an empty one for the plan (which changes nothing). */
export function baseScenario(plan: Plan, scenario: Scenario | null, name = '分析'): Scenario {
  return scenario ?? { format: SCENARIO_FORMAT, plan: plan.meta.id, name: { zh: name } };
}

/** `scenario` with one lever's intensity set (its start year kept). */
export function withLever(scenario: Scenario, id: string, intensity: number): Scenario {
  const levers = { ...(scenario.levers ?? {}) };
  levers[id] = { ...(levers[id] ?? {}), intensity };
  return { ...scenario, levers };
}

/** `scenario` with several levers' intensities set. */
export function withLevers(scenario: Scenario, intensities: Readonly<Record<string, number>>): Scenario {
  let s = scenario;
  for (const [id, v] of Object.entries(intensities)) s = withLever(s, id, v);
  return s;
}

/** The value (mean and sd) a parameter takes under `scenario`. */
export function parameterValue(plan: Plan, scenario: Scenario, id: string): { mean: number; sd: number } {
  const own = scenario.parameters?.[id];
  if (own) return own;
  const p = plan.parameters.find((x) => x.id === id);
  if (!p) throw new RangeError(`no parameter "${id}" in plan ${plan.meta.id}`);
  return p.value;
}

/** `scenario` with a parameter's mean set, keeping its spread (sd). */
export function withParameterMean(plan: Plan, scenario: Scenario, id: string, mean: number): Scenario {
  const { sd } = parameterValue(plan, scenario, id);
  return { ...scenario, parameters: { ...(scenario.parameters ?? {}), [id]: { mean, sd } } };
}

/** The intensity a lever has under `scenario`. */
export function leverIntensity(plan: Plan, scenario: Scenario, id: string): number {
  const own = scenario.levers?.[id]?.intensity;
  if (own !== undefined) return own;
  const lever = plan.levers.find((l) => l.id === id);
  if (!lever) throw new RangeError(`no lever "${id}" in plan ${plan.meta.id}`);
  return lever.intensity.default;
}

export function abortError(): Error {
  const e = new Error('cancelled');
  e.name = 'AbortError';
  return e;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}
