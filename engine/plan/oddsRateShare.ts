// The share a parameter moves through its odds: a plan import simulates a share with no parts of its own as
// odds o = s/(1 − s) growing at a labelled rate (generatePlan), so the rate is of the odds, not of the share.
// Such a rate means nothing to a planner (21.4%/年 of the odds of a 2% share): views say what it does to the
// share instead — points a year and the level reached.
import { formulaNames } from './formulaNames.ts';
import { oddsPart } from './oddsPart.ts';
import type { Plan } from './planSchema.ts';

/** The id of the share whose odds grow at `parameterId`, or null when it moves no share's odds. */
export function oddsRateShare(plan: Pick<Plan, 'indicators'>, parameterId: string): string | null {
  for (const share of plan.indicators) {
    const odds = share.dynamics.kind === 'derived' ? oddsPart(share.dynamics.formula) : null;
    const o = odds === null ? undefined : plan.indicators.find((i) => i.id === odds);
    if (o?.dynamics.kind === 'growth' && formulaNames(o.dynamics.rate).includes(parameterId)) return share.id;
  }
  return null;
}
