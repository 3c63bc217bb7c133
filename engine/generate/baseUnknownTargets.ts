// The targets of a plan that wait for a base (基期待补): those on an indicator declared `base: {unknown: true}`,
// or computed from one (a share simulated through its odds, A / B over a part without a base). This is the count
// a planner sees when the plan is drafted and saved; the engine says the same of each target when it runs.
import type { PlanFile } from './generateTypes.ts';

export function baseUnknownTargets(plan: PlanFile): string[] {
  const unknown = new Set(
    plan.indicators.filter((i) => i.base !== undefined && 'unknown' in i.base).map((i) => i.id),
  );
  // What reads an unknown is unknown too, through any depth: a share over a part without a base, and a total
  // over the period of a yearly flow without one (全社会固定资产投资 [2200]: the review had counted 5 where the
  // page then showed 8).
  for (let grew = true; grew; ) {
    grew = false;
    for (const i of plan.indicators) {
      if (unknown.has(i.id)) continue;
      // Every formula of its dynamics (rate, flow, inflow …): its string fields but the kind.
      const names = Object.entries(i.dynamics).flatMap(([k, f]) =>
        k !== 'kind' && typeof f === 'string' ? (f.match(/[A-Za-z_][\w]*/g) ?? []) : [],
      );
      if (names.some((n) => unknown.has(n))) {
        unknown.add(i.id);
        grew = true;
      }
    }
  }
  return plan.targets.filter((t) => t.indicator !== undefined && unknown.has(t.indicator)).map((t) => t.id);
}
