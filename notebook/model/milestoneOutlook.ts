// A yes/no milestone (建成国家级孵化器) as a probability of being achieved by each year and the year it is
// most likely achieved in — never as a fraction of a thing. Read off the target's first-year-met shares.
import type { TargetResult } from '../../engine/index.ts';

export interface MilestoneOutlook {
  byYear: { year: number; p: number }[];
  /** The year with the largest chance of being the one it is achieved in; null if never on any path. */
  likelyYear: number | null;
}

export function milestoneOutlook(
  tr: TargetResult | undefined,
  years: readonly number[],
): MilestoneOutlook | null {
  const first = tr?.firstYearMet;
  if (!first) return null;
  const byYear: { year: number; p: number }[] = [];
  let best = 0;
  let likelyYear: number | null = null;
  let prev = 0;
  for (let k = 0; k < years.length && k < first.length; k++) {
    const p = first[k]!;
    byYear.push({ year: years[k]!, p });
    if (p - prev > best + 1e-12) {
      best = p - prev;
      likelyYear = years[k]!;
    }
    prev = p;
  }
  return { byYear, likelyYear };
}
