// The figure a target is met at, which is what its progress, pace and the growth it still needs are measured
// to: the printed one, except 超过 on a count — 超过50家 is met at 51 (isMet), and measuring to 50 had read
// 进度比 111.5% (快于预期) where 51 gives 106.7% (基本符合预期), beside a P(met) counted strictly.

import type { Comparator } from '../plan/planSchema.ts';

/** `printed` + the count step for a strict > on a counted quantity; `printed` otherwise. */
export function levelToReach(printed: number, comparator: Comparator, countStep?: number): number {
  return comparator === '>' && countStep ? printed + countStep : printed;
}
