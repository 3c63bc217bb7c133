// The targets of a plan that wait for a base (基期待补): those on an indicator declared `base: {unknown: true}`.
// (A derived indicator over such a part is base-unknown too, but the engine says so when it runs; this is
// the count a planner sees when the plan is saved.)
import type { PlanFile } from './generateTypes.ts';

export function baseUnknownTargets(plan: PlanFile): string[] {
  const unknown = new Set(
    plan.indicators.filter((i) => i.base !== undefined && 'unknown' in i.base).map((i) => i.id),
  );
  return plan.targets.filter((t) => t.indicator !== undefined && unknown.has(t.indicator)).map((t) => t.id);
}
