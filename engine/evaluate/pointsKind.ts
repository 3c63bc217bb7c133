// Whether a target's movement is measured in percentage points: a level, share or rise of a quantity that is
// itself a percentage (研发投入强度 1.8% → 3%). Its growth rate is a rate of a rate, so its pace is read on a
// straight line in points, and its achieved and required rates (and R, their ratio) in points a year.
import type { TargetKind } from '../plan/planSchema.ts';

export function pointsKind(percent: boolean, kind: TargetKind): boolean {
  return percent && (kind === 'level' || kind === 'share' || kind === 'increase');
}
