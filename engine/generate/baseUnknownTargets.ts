// The targets of a plan that wait for a base (基期待补): those on an indicator declared `base: {unknown: true}`,
// or derived from one (a share simulated through its odds, A / B over a part without a base). This is the count
// a planner sees when the plan is drafted and saved; the engine says the same of each target when it runs.
import type { PlanFile } from './generateTypes.ts';

export function baseUnknownTargets(plan: PlanFile): string[] {
  const unknown = new Set(
    plan.indicators.filter((i) => i.base !== undefined && 'unknown' in i.base).map((i) => i.id),
  );
  // Derived over an unknown part is unknown too, through any depth of derivation.
  const derived = plan.indicators.flatMap((i) => (i.dynamics.kind === 'derived' ? [i] : []));
  for (let grew = true; grew; ) {
    grew = false;
    for (const i of derived) {
      if (unknown.has(i.id)) continue;
      const names = (i.dynamics as { formula: string }).formula.match(/[A-Za-z_][\w]*/g) ?? [];
      if (names.some((n) => unknown.has(n))) {
        unknown.add(i.id);
        grew = true;
      }
    }
  }
  return plan.targets.filter((t) => t.indicator !== undefined && unknown.has(t.indicator)).map((t) => t.id);
}
