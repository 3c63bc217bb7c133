// Whether a target's mid-term pace is measured against a compound planned path x0·(1+r)^(t−t0) rather than a
// straight line: a growth target, or an indicator that grows at a rate (growsAtRate) — unless it is a
// percentage, which moves on a straight line in points (pointsKind) when the plan states no rate for it.
// 研发投入强度 1.8% → 3% had been paced on a compound path that rested on the model's way of simulating it,
// not on the plan: 92.9% 基本符合预期 where its points read 83.3% 滞后.
import type { Plan, TargetKind } from '../plan/planSchema.ts';
import { isPercentUnit } from '../report/formatValue.ts';
import { growsAtRate } from './growsAtRate.ts';
import { pointsKind } from './pointsKind.ts';

export function compoundPath(plan: Plan, kind: TargetKind, indicator: string, unit: string): boolean {
  if (kind === 'growth') return true;
  return !pointsKind(isPercentUnit(unit), kind) && growsAtRate(plan, indicator);
}
