// What a level or share target still takes from its latest observation, when the base is unknown (基期待补):
// 完成进度 needs the base, but "grow g a year from here" needs only the latest value and the target — the
// number a planner is asked for at 中期评估.

import { isMet } from '../outputs/targetMeasure.ts';
import type { Comparator } from '../plan/planSchema.ts';
import { cagr } from './cagr.ts';
import { levelToReach } from './levelToReach.ts';
import { toleranceBy } from './targetProgress.ts';

export interface RemainingFromLatest {
  targetLevel: number;
  requiredGrowthRemaining: number | null;
  requiredChangeRemaining: number | null;
  achieved: boolean;
}

export function remainingFromLatest(
  t: {
    kind: string;
    comparator: Comparator;
    value: number | [number, number];
    tolerance?: number | undefined;
    year: number;
  },
  latest: { year: number; value: number } | null,
  countStep?: number,
): RemainingFromLatest | null {
  if ((t.kind !== 'level' && t.kind !== 'share') || latest === null || latest.year > t.year) return null;
  const X = levelToReach(Array.isArray(t.value) ? t.value[0] : t.value, t.comparator, countStep);
  const kind = t.kind;
  const achieved = isMet(
    {
      kind,
      comparator: t.comparator,
      value: t.value,
      tolerance: toleranceBy({ tolerance: t.tolerance, latest, targetYear: t.year }),
      countStep,
    },
    latest.value,
  );
  // Met already, nothing is required: for a ceiling the way to the cap is room, not a change to make
  // (失业率 5.3% against 5.5%以内 had read 所需 +0.1个百分点/年).
  const remaining = achieved ? 0 : t.year - latest.year;
  return {
    targetLevel: X,
    requiredGrowthRemaining: remaining > 0 ? cagr(latest.value, X, remaining) : null,
    requiredChangeRemaining: remaining > 0 ? (X - latest.value) / remaining : null,
    achieved,
  };
}
