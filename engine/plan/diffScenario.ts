// Keeps only what a scenario changes: parameter values equal to the plan's, lever settings equal to the
// defaults and empty sections are dropped. Links and files then hold the difference and nothing else, and
// a shared scenario shows every setting that differs from the plan — not only those touched since opening.
import { ratesInUse } from '../actuals/ratesChain.ts';
import type { Plan } from './planSchema.ts';
import type { Scenario } from './scenarioSchema.ts';

function sameUncertain(a: { mean: number; sd: number }, b: { mean: number; sd: number }): boolean {
  return a.mean === b.mean && a.sd === b.sd;
}

export function diffScenario(plan: Plan, scenario: Scenario): Scenario {
  const out: Scenario = { ...scenario };
  const params = Object.entries(scenario.parameters ?? {}).filter(([id, v]) => {
    const p = plan.parameters.find((x) => x.id === id);
    return !p || !sameUncertain(p.value, v);
  });
  out.parameters = params.length > 0 ? Object.fromEntries(params) : undefined;
  const levers = Object.entries(scenario.levers ?? {}).filter(([id, s]) => {
    const l = plan.levers.find((x) => x.id === id);
    return (
      !l ||
      s.intensity !== l.intensity.default ||
      (s.start !== undefined && s.start !== plan.meta.baseYear + 1)
    );
  });
  out.levers = levers.length > 0 ? Object.fromEntries(levers) : undefined;
  if (out.horizon === plan.meta.targetYear) out.horizon = undefined;
  for (const key of ['shocks', 'formulas', 'notes'] as const) {
    if (out[key]?.length === 0) out[key] = undefined;
  }
  if (out.actuals && Object.keys(out.actuals).length === 0) out.actuals = undefined;
  // Rates no level is chained from any longer (typed over, or cleared) are not carried in links and files.
  if (out.actualRates) {
    const used = ratesInUse(out.actuals, out.actualRates, plan.meta.baseYear);
    out.actualRates = Object.keys(used).length > 0 ? used : undefined;
  }
  for (const key of Object.keys(out) as (keyof Scenario)[]) if (out[key] === undefined) delete out[key];
  return out;
}
