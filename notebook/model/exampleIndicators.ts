// The indicators the page's input boxes give as examples: the plan's own, so that a planner's plan is not
// shown the Yaohai plan's (testers). The first ones a target reads, in the plan's order; never the odds a share
// is simulated through (a helper no planner enters), nor an indicator computed from others (its actuals are
// honoured by re-anchoring its parts, not the plainest thing to paste).
import { oddsIndicators, type Plan } from '../../engine/index.ts';

export function exampleIndicators(plan: Plan, n: number): Plan['indicators'] {
  const helpers = oddsIndicators(plan);
  const read = new Set(plan.targets.map((t) => t.indicator));
  // The plainest first: a level a target reads, whose base is known (a share makes an odd ratio in a formula).
  const rank = (i: Plan['indicators'][number]) =>
    (read.has(i.id) ? 0 : 4) + (i.base && 'value' in i.base ? 0 : 2) + (/%|％/.test(i.unit) ? 1 : 0);
  return plan.indicators
    .filter((i) => !helpers.has(i.id) && i.dynamics.kind !== 'derived')
    .map((i, k) => ({ i, k, r: rank(i) }))
    .sort((a, b) => a.r - b.r || a.k - b.k)
    .slice(0, n)
    .map((x) => x.i);
}
