// Whether what a target still needs is said in percentage points a year rather than as a growth rate: a level,
// share or rise of a quantity that is itself a percentage. Its growth rate is a rate of a rate — 拥有企业数增长
// 56.9% on the way to 76.35% had read "所需增速 15.85%", where the plan's reader wants 9.7 个百分点 a year.
import type { TargetEvaluation } from '../evaluate/evaluateTargets.ts';
import { pointsKind } from '../evaluate/pointsKind.ts';
import { isPercentUnit } from './formatValue.ts';

export function remainsInPoints(t: Pick<TargetEvaluation, 'unit' | 'kind'>): boolean {
  return pointsKind(isPercentUnit(t.unit), t.kind);
}
