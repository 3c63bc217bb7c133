// A target whose outcome an observation has already decided: achieved in its own year, or missed (its year
// observed short, or a quota's year short). No lever or assumption changes it; goal-seek and the page's
// target lists say so instead of searching.
import type { TargetResult } from '../run/runTypes.ts';

/** The year whose observation settled the target, or null while its outcome is still a forecast. */
export function settledIn(t: Pick<TargetResult, 'verdict' | 'latest' | 'year' | 'quota'>): number | null {
  if (t.verdict.code === 'achieved') return t.latest?.year === t.year ? t.year : null;
  if (t.verdict.code !== 'missed') return null;
  const short = t.verdict.params.missedYears;
  return t.quota && Array.isArray(short) && short.length > 0 ? short[0]! : t.year;
}
