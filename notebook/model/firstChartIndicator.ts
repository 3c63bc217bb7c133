// The indicator the detail and comparison charts show on opening: the first headline target's, skipping
// those that wait for a base (基期待补) — their paths are unknown until the base is entered, so their chart
// would be empty but for the target year.
import type { Plan } from '../../engine/index.ts';
import { rootUnknownBases } from '../../engine/index.ts';

export function firstChartIndicator(plan: Plan): string {
  const headline = plan.targets.filter((x) => x.headline && x.indicator).map((x) => x.indicator!);
  return (
    headline.find((id) => rootUnknownBases(plan, id).length === 0) ?? headline[0] ?? plan.indicators[0]!.id
  );
}
