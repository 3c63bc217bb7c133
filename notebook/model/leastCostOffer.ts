// What the least-cost mix can be asked on a plan: it weighs policy levers by their fiscal cost, so a plan with
// none (one imported from a plan's text) has nothing to mix — said as such, not "请先勾选目标" over an empty
// list. Otherwise the targets offered: the headline ones, or every one when the plan marks none.
import type { Plan, Target } from '../../engine/index.ts';

export type LeastCostOffer = { kind: 'no-levers' } | { kind: 'targets'; targets: Target[] };

/** `targets`: the plan's quantitative, comparable targets (the goal-seek's own list). */
export function leastCostOffer(plan: Pick<Plan, 'levers'>, targets: readonly Target[]): LeastCostOffer {
  if (plan.levers.length === 0) return { kind: 'no-levers' };
  const headline = targets.filter((x) => x.headline);
  return { kind: 'targets', targets: headline.length > 0 ? headline : [...targets] };
}
